// ./kaohe bench web: the office's first visit to /dashboard in a real browser, with a cold cache each time.
//   node e2e/bench-web.mjs [--base http://127.0.0.1:8080] [--identity http://127.0.0.1:8085] [--user office-admin]
//                          [--runs 5] [--issuer URL --client kaohe-web]
// --base defaults to the running gateway (KAOHE_GATEWAY_PORT), which serves the built app and /config.json. Until
// it does, point --base at a Vite dev server (`KAOHE_GATEWAY_URL=http://127.0.0.1:8080 npx vite --port 5184`, which
// proxies /api and /config.json to the gateway) and give --issuer/--client when the gateway has no /config.json yet.
// A dev server sends every module unbundled and uncompressed: its figures are not the production page's.
//
// Figures (DESIGN.md: `figure <name> <value> <unit>`), each the median of the runs but the sizes (the same each run):
//   web.first_load.ms          navigation start → the ranking chart drawn AND the network idle. "Drawn" is the first
//                              animation frame in which the canvas inside [data-test=ranking-chart] holds painted
//                              pixels; "idle" is the end of the last response once no request was left in
//                              flight for 500 ms (Playwright's networkidle). Both are read from the page's own clock
//                              (performance.now() and resource timing, zero at navigation start).
//   web.js.initial_kb          the gzipped JavaScript the first route transferred (every script response until the
//                              network went idle); when the server did not gzip a script, its body gzipped here (node:zlib,
//                              level 6 as servers use) stands in for it, and a warning line says so.
//   web.api.calls              requests to /api/ started before the drawn frame.
//   web.first_load.ceiling_ms  what no page design could beat on this machine: the HTML document's own load
//                              (responseEnd of the navigation) plus the slowest /api/ call the chart waited for
//                              (its duration in the same run) — a page that came with its code already in the
//                              browser would still need the document and its data.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { CHROMIUM, launch } from './browser.mjs'
import { appConfig, BenchFailure, coldContext, fail, figure, javascriptSize, median } from './bench-common.mjs'

const { values } = parseArgs({ options: {
  base: { type: 'string', default: `http://127.0.0.1:${process.env.KAOHE_GATEWAY_PORT ?? 8080}` },
  identity: { type: 'string', default: `http://127.0.0.1:${process.env.KAOHE_IDENTITY_PORT ?? 8085}` },
  user: { type: 'string', default: 'office-admin' },
  path: { type: 'string', default: '/dashboard' },
  runs: { type: 'string', default: '5' },
  issuer: { type: 'string' },
  client: { type: 'string', default: 'kaohe-web' },
  timeout: { type: 'string', default: '60000' },
} })
const CHART = '[data-test=ranking-chart] canvas'
const runs = Number(values.runs)
const timeout = Number(values.timeout)

/**
 * In the page, before any of its scripts: wait for the chart's canvas to hold pixels, checked once per animation
 * frame, and note the time. A canvas is there (blank) as soon as ECharts starts; only painted pixels mean drawn.
 */
function watchTheChart(selector) {
  // a dev server loads hundreds of modules: keep every resource's timing, not the first 250
  performance.setResourceTimingBufferSize(100_000)
  const painted = (canvas) => {
    if (!canvas.width || !canvas.height) return false
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return false
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    for (let alpha = 3; alpha < data.length; alpha += 4 * 7) if (data[alpha] !== 0) return true
    return false
  }
  const check = () => {
    const canvas = document.querySelector(selector)
    if (canvas && painted(canvas)) { window.__KAOHE_DRAWN_AT__ = performance.now(); return }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

async function once(browser, config, fake) {
  const context = await coldContext(browser, values, config, fake)
  try {
    const page = await context.newPage()
    await page.addInitScript(watchTheChart, CHART)
    const scripts = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response)
    })
    page.on('pageerror', (error) => console.error(`# page error: ${error.message}`))
    await page.goto(values.base + values.path, { waitUntil: 'commit', timeout })
    await page.waitForFunction(() => window.__KAOHE_DRAWN_AT__ !== undefined, null, { timeout, polling: 100 })
      .catch(() => fail(`the ranking chart (${CHART}) was not drawn on ${values.path} within ${timeout} ms`))
    await page.waitForLoadState('networkidle', { timeout })
    const timing = await page.evaluate(() => {
      const drawnAt = window.__KAOHE_DRAWN_AT__
      const navigation = performance.getEntriesByType('navigation')[0]
      const resources = performance.getEntriesByType('resource')
      const api = resources.filter((entry) => entry.startTime <= drawnAt && new URL(entry.name).pathname.startsWith('/api/'))
      return {
        drawnAt,
        idleAt: Math.max(navigation.responseEnd, ...resources.map((entry) => entry.responseEnd)),
        documentEnd: navigation.responseEnd,
        apiCalls: api.length,
        slowestApi: Math.max(0, ...api.map((entry) => entry.responseEnd - entry.startTime)),
      }
    })
    const js = await javascriptSize(scripts)
    return { ...timing, ...js }
  } finally {
    await context.close()
  }
}

let browser = null
try {
  if (!existsSync(CHROMIUM)) fail(`no chromium at ${CHROMIUM} (KAOHE_CHROMIUM): apt-get install chromium fonts-wqy-microhei`)
  const { config, fake } = await appConfig(values)
  browser = await launch().catch((error) =>
    fail(`chromium would not start (${error.message.split('\n')[0]}): apt-get install chromium fonts-wqy-microhei`))
  const results = []
  for (let run = 1; run <= runs; run++) {
    const result = await once(browser, config, fake)
    console.log(`# run ${run}: drawn ${result.drawnAt.toFixed(0)} ms, idle ${result.idleAt.toFixed(0)} ms, ${result.apiCalls} API calls, `
      + `${result.jsFiles} scripts ${(result.jsBytes / 1024).toFixed(1)} KB gzipped, document ${result.documentEnd.toFixed(0)} ms, slowest API call ${result.slowestApi.toFixed(0)} ms`)
    results.push(result)
  }
  const last = results[results.length - 1]
  if (last.notGzipped.length > 0) {
    console.log(`# warning: ${last.notGzipped.length} of ${last.jsFiles} scripts were not served gzipped (e.g. ${last.notGzipped[0]}); `
      + 'web.js.initial_kb counts them as node:zlib gzips them')
  }
  console.log(`# web: ${values.base}${values.path} as ${values.user}, ${runs} cold runs (fresh browser context each)`)
  figure('web.first_load.ms', median(results.map((r) => Math.max(r.drawnAt, r.idleAt))), 'ms')
  figure('web.first_load.ceiling_ms', median(results.map((r) => r.documentEnd + r.slowestApi)), 'ms')
  figure('web.js.initial_kb', median(results.map((r) => r.jsBytes)) / 1024, 'KB')
  figure('web.api.calls', median(results.map((r) => r.apiCalls)), 'calls')
} catch (error) {
  console.error(`bench web: ${error instanceof BenchFailure ? error.message : error.stack}`)
  process.exitCode = 1
} finally {
  await browser?.close()
}
