// The walks' people and pages: a person signed in in their own browser context, a page of the app opened until it
// shows what the walk waits for, and where the walk stood when it failed.
import { newContext, withoutAnimations } from './browser.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const PASSWORD = process.env.DEMO_PASSWORD ?? 'kaohe-demo-2020'

/** The page last opened: on a failure, its screenshot and address say where the walk stood. */
let current = null

export async function signIn(page, user) {
  await page.waitForSelector('#username', { timeout: 30_000 })
  await page.fill('#username', user)
  await page.fill('#password', PASSWORD)
  await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.click('button[type=submit]')])
}

/** A person in their own browser context (desktop or phone), signed in through the provider's page. */
export async function person(browser, user, { phone = false } = {}) {
  const context = await newContext(browser, { phone })
  const page = await context.newPage()
  await withoutAnimations(page)
  page.on('pageerror', (error) => console.error(`browser: page error (${user}): ${error.message}`))
  current = page
  await page.goto(GATEWAY + '/')
  await signIn(page, user)
  await drawn(page, '[data-test=who]', 60_000)
  return { context, page }
}

/** {@code path} loaded in full; with {@code ready}, until that shows. */
export async function open(page, path, ready) {
  current = page
  await page.goto(GATEWAY + path)
  // a first page that hangs is loaded afresh by the app itself after 20 s (src/startup.ts): room for that reload
  if (ready) await drawn(page, ready, 45_000)
  // the page's data is in (thumbnails may still stream on a loaded machine: the ready element is what counts)
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
}

/**
 * Waits for {@code ready}; a page without it fails with what it showed — the app's own 正在加载 or the step that
 * failed or hung (src/startup.ts) when it never drew.
 */
async function drawn(page, ready, timeout) {
  try {
    await page.waitForSelector(ready, { timeout })
  } catch (error) {
    const seen = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300)
    throw new Error(`${error.message}; ${page.url()} showed: ${seen}`)
  }
}

/** After a failure: a screenshot of the page last opened and what it showed. */
export async function reportFailure(shot, name) {
  if (!current) return
  await shot(current, name, { fullPage: true }).catch(() => undefined)
  const seen = await current.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '')
  console.error(`browser: the page was ${current.url()} (screenshot ${name}.png) showing: ${seen.replace(/\s+/g, ' ')}`)
}
