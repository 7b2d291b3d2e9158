// Before the walks time anything: open the app once as each kind of person (dev tokens), so a just-started system
// has loaded its code paths and the browser its chunks. On a cold system the first page loads took over 30 s now
// and then; each load's time is printed, so a slow start shows in the log instead of failing a walk at random.
//   GATEWAY=… IDENTITY=… node e2e/warm.mjs
import { launch, newContext, signInWithDevToken } from './browser.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const IDENTITY = process.env.IDENTITY ?? 'http://127.0.0.1:8085'
const PAGES = { 'office-admin': ['/dashboard', '/import', '/ledger', '/accounts'], 'liaison-duchachu': ['/mine', '/mine/tasks'],
  'leader-duan': ['/leader'], auditor: ['/audit/events'] }

const config = await (await fetch(`${GATEWAY}/config.json`)).json()
const browser = await launch()
try {
  for (const [user, paths] of Object.entries(PAGES)) {
    const context = await newContext(browser)
    await signInWithDevToken(context, { identity: IDENTITY, issuer: config.issuer, clientId: config.clientId, user })
    const page = await context.newPage()
    for (const path of paths) {
      const began = Date.now()
      await page.goto(GATEWAY + path, { timeout: 120_000 })
      await page.waitForSelector('[data-test=who]', { timeout: 120_000 })
      await page.waitForLoadState('networkidle', { timeout: 120_000 })
      console.log(`browser: warm-up ${user} ${path} ${Date.now() - began} ms`)
    }
    await context.close()
  }
} finally {
  await browser.close()
}
