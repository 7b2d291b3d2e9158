// The built app (target/classes/static) in a real browser, with no system behind it: what a person sees while the
// app starts and when a step before mounting hangs — never a white page. The files are answered by the browser's
// own request routing; /config.json is held unanswered, as a stuck gateway would.
//   npm run build && SHOTS=target/screenshots node e2e/startup.mjs
import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { launch, newContext } from './browser.mjs'

const STATIC = new URL('../target/classes/static/', import.meta.url).pathname
const ORIGIN = 'http://kaohe.test'
const SHOTS = process.env.SHOTS
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png' }

const browser = await launch()
try {
  const context = await newContext(browser, { phone: true })
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/config.json') return // held: the app must not wait for it for ever
    const file = path.startsWith('/assets/') || extname(path) ? path : '/index.html'
    const body = await readFile(join(STATIC, file)).catch(() => null)
    await (body ? route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' })
      : route.fulfill({ status: 404 }))
  })
  const page = await context.newPage()
  await page.goto(`${ORIGIN}/mine/reports`)
  await page.getByText('正在加载目标责任考核系统').waitFor({ timeout: 5_000 })
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/startup-loading.png` })
  console.log('browser: while /config.json is pending the page shows 正在加载')
  const failure = page.locator('[data-test=startup-failure]')
  await failure.waitFor({ timeout: 25_000 })
  const said = (await failure.innerText()).replace(/\s+/g, ' ')
  if (!said.includes('读取系统配置超时') || !(await failure.getByRole('button', { name: '重新加载' }).isVisible())) {
    throw new Error(`the failure says: ${said}`)
  }
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/startup-failed.png` })
  console.log(`browser: after its deadline the page says: ${said}`)
} finally {
  await browser.close()
}
