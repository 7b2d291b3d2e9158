// The office's walk in a real browser (headless Debian chromium), against a system ./kaohe started:
//   sign in on the provider's sign-in page → import the seed (the preview counts 1 / 15 / 27 / 9 = 52) → commit →
//   revise a target with a reason → find it on the history timeline → the dashboard draws its ranking chart →
//   download summary.xlsx, which opens; and the refusals: a wrong password, a locked account, a liaison who sees no
//   office page, an expired session renewed without losing what was typed.
// Every main page is saved as a screenshot under SHOTS (look at them: boxes instead of Chinese pass DOM checks).
//   GATEWAY=http://127.0.0.1:8080 DEMO_PASSWORD=… SEED=…/decomposition-2020.txt SHOTS=target/screenshots node e2e/walk.mjs
import { mkdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { launch, newContext, withoutAnimations } from './browser.mjs'
import { open } from './people.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const PASSWORD = process.env.DEMO_PASSWORD ?? 'kaohe-demo-2020'
const SEED = process.env.SEED
const SHOTS = process.env.SHOTS ?? 'target/screenshots'
mkdirSync(SHOTS, { recursive: true })

const steps = []
function step(text) { steps.push(text); console.log(`browser: ${text}`) }
function check(condition, text) { if (!condition) throw new Error(text) }
const shot = (page, name, options = {}) => page.screenshot({ path: join(SHOTS, `${name}.png`), ...options })

async function signIn(page, user, password) {
  await page.waitForSelector('#username', { timeout: 30_000 })
  await page.fill('#username', user)
  await page.fill('#password', password)
  // the form posts and the browser follows the provider's redirects: wait for where it lands
  await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.click('button[type=submit]')])
}

/** A fresh browser context that opens the app and lands on the provider's sign-in page. */
async function openApp(browser, path = '/', options = {}) {
  const context = await newContext(browser, options)
  const page = await context.newPage()
  await withoutAnimations(page)
  page.on('pageerror', (error) => console.error(`browser: page error: ${error.message}`))
  await page.goto(GATEWAY + path)
  return { context, page }
}

const browser = await launch()
try {
  // ---- the sign-in page, a wrong password, a locked account -------------------------------------------------------
  {
    const { context, page } = await openApp(browser)
    await page.waitForSelector('#username')
    check((await page.title()).includes('登录'), `the sign-in page is titled ${await page.title()}`)
    await shot(page, '01-sign-in')
    await signIn(page, 'office-admin', 'not-the-password')
    await page.waitForSelector('text=账号或密码错误')
    await shot(page, '02-wrong-password')
    step('a wrong password is refused on the sign-in page: 账号或密码错误')
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, 'liaison-jiguanjiwei', `wrong-${attempt}`)
      await page.waitForSelector('text=/账号或密码错误|账号已锁定/')
    }
    await signIn(page, 'liaison-jiguanjiwei', PASSWORD)
    await page.waitForSelector('text=账号已锁定')
    await shot(page, '03-locked')
    step('five wrong passwords lock the account: the right one is refused too (账号已锁定)')
    await context.close()
  }

  // ---- the office: sign in, import, revise, history, dashboard, download ----------------------------------------
  const { context, page } = await openApp(browser)
  await signIn(page, 'office-admin', PASSWORD)
  await page.waitForURL(`${GATEWAY}/dashboard`, { timeout: 30_000 })
  await page.waitForSelector('[data-test=who]')
  check((await page.textContent('[data-test=who]')).includes('办公室管理员'), 'the header does not name the office')
  step('the office signed in (code + PKCE) and landed on 总览')

  await page.goto(`${GATEWAY}/import`)
  await page.setInputFiles('[data-test=import-file]', SEED)
  await page.click('[data-test=import-preview]')
  await page.waitForSelector('[data-test=import-total]', { timeout: 60_000 })
  const counts = {}
  for (const kind of ['PROVINCIAL_COMMON', 'MUNICIPAL_KEY_WORK', 'COMMON', 'NEGATIVE_LIST']) {
    const cell = await page.$(`[data-test=import-count-${kind}]`)
    counts[kind] = cell ? Number((await cell.textContent()).trim()) : null
  }
  const total = Number((await page.textContent('[data-test=import-total]')).trim())
  // the page scrolls inside the layout, not the window: bring the counts into the picture
  await page.locator('[data-test=import-total]').scrollIntoViewIfNeeded()
  await shot(page, '04-import-preview')
  check(total === 52 && Object.values(counts).join(' / ') === '1 / 15 / 27 / 9',
    `the preview counts ${Object.values(counts).join(' / ')} = ${total}, not 1 / 15 / 27 / 9 = 52`)
  step(`the dry run shows ${Object.values(counts).join(' / ')} = ${total}`)
  await page.click('[data-test=import-commit]')
  await page.click('.el-message-box__btns .el-button--primary')
  await page.waitForSelector('[data-test=import-result]', { timeout: 120_000 })
  check((await page.textContent('[data-test=import-result]')).includes('52'), 'the commit did not create 52 indicators')
  await shot(page, '05-import-committed')
  step('committed: 52 indicators created')

  await open(page, '/indicators', '[data-test=indicator-row]')
  await shot(page, '06-indicators')
  await page.click('[data-test=indicator-row]:has-text("市考个性工作-1")')
  await page.waitForSelector('[data-test=revise-target-T1]')
  await page.click('[data-test=revise-target-T1]')
  await page.fill('[data-test=target-value]', '75')
  const reason = '市考核办8月调整：进驻比例提高到75%'
  await page.fill('[data-test=reason]', reason)
  await shot(page, '07-revise-target')

  // The token expires while the form is open: the gateway refuses the change as it refuses an expired token (401,
  // invalid_token); the person signs in again in a popup (the provider's session is still there) and the change
  // goes through with what they had typed.
  let refused = 0
  await page.route('**/api/indicator/indicators/*/targets/T1', async (route) => {
    if (refused++ > 0) return route.continue()
    return route.fulfill({ status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"',
      'Content-Type': 'application/problem+json' }, body: JSON.stringify({ status: 401, code: 'unauthenticated', detail: '凭证已过期' }) })
  })
  await page.click('[data-test=reason-confirm]')
  await page.waitForSelector('text=需要重新登录')
  await page.waitForTimeout(400) // the dialog fades in
  await shot(page, '08-session-expired')
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('.el-message-box__btns .el-button--primary')])
  await popup.waitForEvent('close', { timeout: 30_000 })
  await page.waitForSelector('[data-test=history-entry]:has-text("75")', { timeout: 30_000 })
  check(refused === 2, `the change was sent ${refused} times, not refused once and repeated once`)
  step('the token expired mid-edit: signed in again in a popup, the revision went through with what was typed')

  const entry = await page.textContent('[data-test=history-entry]:has-text("75")')
  check(entry.includes(reason) && /70\s*→\s*75/.test(entry), `the history entry does not show 70 → 75 and why: ${entry}`)
  await page.waitForTimeout(400) // the dialog fades out
  await shot(page, '09-indicator-history', { fullPage: true })
  step('the revision is on the history timeline: 70 → 75, by 办公室管理员, with its reason')

  await open(page, '/dashboard', '[data-test=ranking-chart] canvas')
  await page.waitForTimeout(500)
  const drawn = await page.$eval('[data-test=ranking-chart] canvas', (canvas) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    let coloured = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && !(data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240)) coloured++
    return coloured
  })
  check(drawn > 1000, `the ranking chart is empty (${drawn} coloured pixels)`)
  await shot(page, '10-dashboard', { fullPage: true })
  step(`the dashboard drew its ranking chart (${drawn} coloured pixels)`)

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=download-xlsx]')])
  const saved = join(SHOTS, 'summary.xlsx')
  await download.saveAs(saved)
  const entries = execFileSync('python3', ['-c',
    'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(" ".join(z.namelist()))', saved]).toString()
  check(entries.includes('xl/workbook.xml'), `summary.xlsx is not a workbook: ${entries}`)
  step(`downloaded ${download.suggestedFilename()} (${readFileSync(saved).length} bytes), a workbook that opens`)

  for (const [path, name] of [['/liaisons', '11-liaisons'], ['/ledger', '12-ledger'], ['/supervision', '13-supervision'],
    ['/accounts', '14-accounts']]) {
    await page.goto(GATEWAY + path)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    await shot(page, name, { fullPage: true })
  }
  await context.close()

  // ---- a liaison sees no office page, on a phone -------------------------------------------------------------------
  {
    const { context: phone, page: liaison } = await openApp(browser, '/', { phone: true })
    await signIn(liaison, 'liaison-duchachu', PASSWORD)
    await liaison.waitForURL(`${GATEWAY}/mine`, { timeout: 30_000 })
    await liaison.waitForLoadState('networkidle')
    await shot(liaison, '15-liaison-phone', { fullPage: true })
    const wide = await liaison.evaluate(() => document.documentElement.scrollWidth)
    check(wide <= 390, `the liaison's page scrolls sideways on a phone (${wide} px)`)
    await liaison.goto(`${GATEWAY}/import`)
    await liaison.waitForURL(/\/forbidden/)
    await shot(liaison, '16-liaison-forbidden')
    const menu = await liaison.$$eval('[data-menu]', (items) => items.map((item) => item.getAttribute('data-menu')))
    check(!menu.some((path) => ['/import', '/indicators', '/accounts', '/dashboard'].includes(path)), `a liaison's menu: ${menu}`)
    step('a liaison lands on 我的处室 (390 px, no sideways scrolling) and is refused the office pages')
    await phone.close()
  }
  console.log(`browser: passed (${steps.length} checks; screenshots in ${SHOTS})`)
} catch (error) {
  console.error(`browser FAILED: ${error.message}`)
  process.exitCode = 1
} finally {
  await browser.close()
}
