// What the walks do to Element Plus controls, by their data-test names: the name sits on the component, so the
// native input is the element itself or inside it.
import { join } from 'node:path'

const control = (scope, name) =>
  scope.locator(`[data-test="${name}"]`).first()
    .locator('xpath=(self::input | self::textarea | .//input[not(@type="file")] | .//textarea)[1]')

/**
 * Types into the named control of the page, or of a part of it (a table row, a card), and makes sure it stays typed:
 * a page that finishes loading after the walk typed draws what it read over it (seen once with a returned report).
 */
export async function fill(scope, name, value) {
  const input = control(scope, name)
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.fill(String(value))
    await input.dispatchEvent('change')
    await new Promise((settle) => setTimeout(settle, 300))
    if (await input.inputValue() === String(value)) return
  }
  throw new Error(`${name} did not keep what was typed: "${await input.inputValue()}"`)
}

/** An el-select: open it, click the option showing `text`. */
export async function pick(page, name, text) {
  await page.locator(`[data-test="${name}"]`).first().click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: text }).first().click()
}

/** An el-date-picker (day or month): type the value and close it. */
export async function pickDate(page, name, value) {
  const input = control(page, name)
  await input.click()
  await input.fill(value)
  await input.press('Enter') // Enter takes the typed value and closes the picker (Escape would close a dialog too)
}

/** The primary button of the open ElMessageBox (the confirmations). */
export async function confirmBox(page) {
  await page.locator('.el-message-box__btns .el-button--primary').click()
}

/**
 * Clicks a button that writes and waits for the write's answer: waitForLoadState('networkidle') only waits for a
 * navigation's load, so after a click on a page already loaded it returns at once, and the next step (a submit
 * while the save is still in flight) met "unsaved changes" on a loaded machine.
 */
export async function clickAndSave(page, target) {
  const button = typeof target === 'string' ? page.locator(target) : target
  await Promise.all([
    page.waitForResponse(answer => answer.url().includes('/api/') && answer.request().method() !== 'GET',
      { timeout: 60_000 }),
    button.click(),
  ])
}

/** The reason dialog every change after submission asks for. */
export async function giveReason(page, reason) {
  await fill(page, 'reason', reason)
  await page.click('[data-test=reason-confirm]')
}

export async function text(page, selector, options = {}) {
  await page.waitForSelector(selector, { timeout: 30_000, ...options })
  return (await page.locator(selector).first().textContent()).trim()
}

/** Waits until the element's text matches, then returns it (decisions land asynchronously). */
export async function waitForText(page, selector, pattern, timeout = 30_000) {
  const locator = page.locator(selector).filter({ hasText: pattern }).first()
  await locator.waitFor({ timeout })
  return (await locator.textContent()).trim()
}

/** How wide the page really is: more than the viewport means sideways scrolling on a phone. */
export const pageWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth)

export function shooter(dir) {
  return (page, name, options = {}) => page.screenshot({ path: join(dir, `${name}.png`), ...options })
}
