// A screenshot of one page as one demo user, for looking at a page while building it:
//   node e2e/shoot.mjs --base http://127.0.0.1:5173 --identity http://127.0.0.1:28085 --user office-admin \
//     --path /dashboard --out /tmp/dashboard.png [--phone] [--wait '.chart canvas']
// The app must be served with a /config.json (the gateway's, or --issuer/--client to fake one).
import { parseArgs } from 'node:util'
import { launch, newContext, signInWithDevToken, withoutAnimations } from './browser.mjs'

const { values } = parseArgs({ options: {
  base: { type: 'string' }, identity: { type: 'string' }, user: { type: 'string', default: 'office-admin' },
  path: { type: 'string', default: '/' }, out: { type: 'string' }, phone: { type: 'boolean', default: false },
  wait: { type: 'string' }, issuer: { type: 'string' }, client: { type: 'string', default: 'kaohe-web' },
  full: { type: 'boolean', default: false },
} })
const issuer = values.issuer ?? values.identity
const browser = await launch()
try {
  const context = await newContext(browser, { phone: values.phone })
  await context.route('**/config.json', (route) => route.fulfill({ json: {
    issuer, clientId: values.client, scope: 'openid profile', businessDate: process.env.KAOHE_BUSINESS_DATE ?? null, apiBase: '/api',
  } }))
  await signInWithDevToken(context, { identity: values.identity, issuer, clientId: values.client, user: values.user })
  const page = await context.newPage()
  await withoutAnimations(page)
  page.on('console', (message) => { if (message.type() === 'error') console.error('console:', message.text()) })
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(values.base + values.path, { waitUntil: 'networkidle' })
  if (values.wait) await page.waitForSelector(values.wait, { timeout: 15_000 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: values.out, fullPage: values.full })
  console.log(`saved ${values.out}`)
} finally {
  await browser.close()
}
