// Many full loads of the app's pages (office and liaison, desktop and phone, with and without the browser's cache).
// A load whose app has not drawn (its header, or the start's failure message) within DRAW_MS is dumped: the page's
// requests not finished (CDP), the console, readyState, #app's HTML and the stylesheets and preloads it added.
// NETLOG=file also writes Chromium's net log (sockets, cache locks) to look into afterwards; ONLY=user loads as one.
//   GATEWAY=… IDENTITY=… LOADS=40 node e2e/blank-hunt.mjs
import { chromium } from 'playwright-core'
import { CHROMIUM, newContext, signInWithDevToken } from './browser.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const IDENTITY = process.env.IDENTITY ?? 'http://127.0.0.1:8085'
const LOADS = Number(process.env.LOADS ?? 40)
const DRAW_MS = Number(process.env.DRAW_MS ?? 10_000)
const PEOPLE = [
  { user: 'office-admin', phone: false, paths: ['/indicators', '/dashboard', '/import', '/ledger', '/supervision', '/'] },
  { user: 'liaison-duchachu', phone: true, paths: ['/mine', '/mine/reports', '/mine/tasks', '/mine/checks', '/'] },
]

const config = await (await fetch(`${GATEWAY}/config.json`)).json()
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', ...(process.env.NETLOG ? [`--log-net-log=${process.env.NETLOG}`, '--net-log-capture-mode=Everything'] : [])] })
let blank = 0
let loads = 0
try {
  for (const { user, phone, paths } of PEOPLE.filter((p) => !process.env.ONLY || p.user === process.env.ONLY)) {
    for (const cached of [true, false]) {
      const context = await newContext(browser, { phone })
      await signInWithDevToken(context, { identity: IDENTITY, issuer: config.issuer, clientId: config.clientId, user })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      if (!cached) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      const pending = new Map()
      const log = []
      cdp.on('Network.requestWillBeSent', (e) => pending.set(e.requestId, { url: e.request.url, method: e.request.method,
        began: Date.now(), type: e.type, status: null }))
      cdp.on('Network.responseReceived', (e) => { const r = pending.get(e.requestId); if (r) { r.status = e.response.status; r.headersAt = Date.now(); r.conn = e.response.connectionId } })
      cdp.on('Network.dataReceived', (e) => { const r = pending.get(e.requestId); if (r) r.bytes = (r.bytes ?? 0) + e.dataLength })
      cdp.on('Network.loadingFinished', (e) => pending.delete(e.requestId))
      cdp.on('Network.loadingFailed', (e) => { const r = pending.get(e.requestId); if (r) log.push(`failed ${r.url} ${e.errorText}`); pending.delete(e.requestId) })
      page.on('console', (m) => log.push(`console.${m.type()} ${m.text()}`))
      page.on('pageerror', (e) => log.push(`pageerror ${e.message}`))
      for (let i = 0; i < LOADS; i++) {
        const path = paths[i % paths.length]
        log.length = 0
        // the last page's requests are cancelled with it, which CDP does not report: only this page's are watched
        pending.clear()
        const began = Date.now()
        loads++
        await page.goto(GATEWAY + path, { waitUntil: 'commit', timeout: 60_000 })
        const drew = await page.waitForFunction(() => document.querySelector('[data-test=who], [data-test=startup-failure]') !== null,
          null, { timeout: DRAW_MS }).then(() => true, () => false)
        const ms = Date.now() - began
        if (drew) {
          if (ms > 3000) console.log(`slow ${user} ${phone ? 'phone' : 'desk'} cache=${cached} ${path} ${ms} ms`)
          continue
        }
        blank++
        const state = await page.evaluate(() => ({ ready: document.readyState, app: document.getElementById('app')?.innerHTML.slice(0, 500),
          url: location.href, links: [...document.querySelectorAll('link')].map((l) => `${l.rel} ${l.href}`).slice(-12),
          marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`) })).catch((e) => ({ error: e.message }))
        console.log(`BLANK #${blank} ${user} ${phone ? 'phone' : 'desk'} cache=${cached} ${path} after ${ms} ms`)
        console.log(JSON.stringify(state, null, 1))
        for (const r of pending.values()) console.log(`  pending ${r.method} ${r.url} ${r.type} status=${r.status} bytes=${r.bytes ?? 0} age=${Date.now() - r.began} ms conn=${r.conn}`)
        for (const l of log) console.log(`  ${l}`)
        // does it ever draw?
        const late = await page.waitForFunction(() => document.querySelector('[data-test=who], [data-test=startup-failure]') !== null,
          null, { timeout: 30_000 }).then(() => Date.now() - began, () => null)
        console.log(`  drew later: ${late ?? 'no (40 s)'}`)
        for (const r of pending.values()) console.log(`  still pending ${r.method} ${r.url} status=${r.status} bytes=${r.bytes ?? 0}`)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  console.log(`loads ${loads}, blank ${blank}`)
}
