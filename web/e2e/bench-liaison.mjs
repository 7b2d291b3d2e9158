// ./kaohe bench web (the liaison's half): a liaison's first page with a cold cache, and one 5 MB photo uploaded from
// the quarterly report page — each five times.
//   node e2e/bench-liaison.mjs [--base http://127.0.0.1:8080] [--identity http://127.0.0.1:8085]
//                              [--user liaison-daibanzhongxin] [--runs 5]
// The photos go into the user's department's report, in the newest plan naming the department, of the latest quarter
// the business day has begun whose report is open for uploads (drafted through the API when there is none): the bench
// adds five evidence items there, as a person would.
//
// Figures (DESIGN.md: `figure <name> <value> <unit>`), medians of the runs:
//   web.liaison.first_load.ms          navigation start → the first indicator of 我的指标 ([data-test=mine-indicator])
//                                      on screen AND the network idle (Playwright's networkidle), the page's clock.
//   web.liaison.first_load.ceiling_ms  the HTML document's load plus the slowest /api/ call made before the page
//                                      showed its indicators, in the same run.
//   web.liaison.js.initial_kb          gzipped JavaScript the liaison's first route transferred.
//   web.upload.5mb.ms                  one 5 MB photo: the page's POST /api/evidence/uploads from its start to the
//                                      201 (resource timing of the XHR), chosen in the page's file input.
//   web.upload.5mb.ceiling_ms          the same kind of body POSTed to the same endpoint by node's fetch, no browser.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { parseArgs } from 'node:util'
import { CHROMIUM, launch } from './browser.mjs'
import { appConfig, BenchFailure, coldContext, fail, figure, javascriptSize, median } from './bench-common.mjs'

const { values } = parseArgs({ options: {
  base: { type: 'string', default: `http://127.0.0.1:${process.env.KAOHE_GATEWAY_PORT ?? 8080}` },
  identity: { type: 'string', default: `http://127.0.0.1:${process.env.KAOHE_IDENTITY_PORT ?? 8085}` },
  user: { type: 'string', default: 'liaison-daibanzhongxin' },
  runs: { type: 'string', default: '5' },
  issuer: { type: 'string' },
  client: { type: 'string', default: 'kaohe-web' },
  timeout: { type: 'string', default: '60000' },
} })
const runs = Number(values.runs)
const timeout = Number(values.timeout)
const FIRST = '[data-test=mine-indicator]'
const SEED = new URL('../../indicator-service/src/test/resources/importing/decomposition-2020.txt', import.meta.url)

/** A 5 MB PNG of noise (stored, not compressed: every photo different, none a duplicate, none shrinkable). */
function noisePhoto() {
  const width = 1292
  const height = 1292
  const row = width * 3 + 1
  const raw = Buffer.alloc(row * height)
  randomBytes(raw.length).copy(raw)
  for (let y = 0; y < height; y++) raw[y * row] = 0
  const chunk = (kind, data) => {
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(kind), data])
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))])
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

async function api(token, method, path, body) {
  const answer = await fetch(`${values.base}/api${path}`, { method, headers: { Authorization: `Bearer ${token}`,
    ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined })
  return { status: answer.status, body: await answer.json().catch(() => null) }
}

/** An open report of the department (DRAFT or RETURNED) in the plan: the latest quarter begun, drafted if missing. */
async function openReport(token, department, plan, closed) {
  for (const quarter of [4, 3, 2, 1].map((q) => `${plan.year}-Q${q}`)) {
    const drafted = await api(token, 'POST', '/ledger/reports', { planId: plan.planId, department, quarter })
    if (drafted.status !== 201 && drafted.status !== 409) continue
    const listed = await api(token, 'GET', `/ledger/reports?planId=${encodeURIComponent(plan.planId)}`
      + `&department=${encodeURIComponent(department)}`)
    const report = (listed.body ?? []).find((one) => one.quarter === quarter)
    if (!report) fail(`${department}'s ${quarter} report is not listed (GET /api/ledger/reports: ${listed.status})`)
    if (['DRAFT', 'RETURNED'].includes(report.status)) return { planId: plan.planId, id: report.reportId }
    closed.push(`${plan.planId} ${quarter} ${report.status}`)
  }
  return null
}

/** A demo user's access token from identity's /dev/tokens (the local run's). */
async function devToken(user) {
  const issued = await fetch(`${values.identity}/dev/tokens?user=${encodeURIComponent(user)}`, { method: 'POST' })
  if (!issued.ok) fail(`no dev token for ${user} (${issued.status}): is KAOHE_IDENTITY_DEV_TOKENS on?`)
  return (await issued.json()).access_token
}

/** The seed's decomposition table imported by the office as a new plan (the repository's copy of the notice). */
async function importSeed() {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(SEED)]), 'decomposition-2020.txt')
  const answer = await fetch(`${values.base}/api/indicator/imports?commit=true&title=${encodeURIComponent('网页基准计划')}`,
    { method: 'POST', headers: { Authorization: `Bearer ${await devToken('office-admin')}` }, body: form })
  if (answer.status !== 200 && answer.status !== 201) fail(`importing the seed answered ${answer.status}: ${await answer.text()}`)
}

/**
 * The department's report to upload into: in the plans naming the department, newest first, the latest quarter
 * begun whose report is open for uploads. The other bench groups' plans leave none (ledger.year accepts every
 * report), so when there is none the seed's table is imported once, as the office would, and its plan used.
 */
async function reportToUploadInto(token, department) {
  const closed = []
  const tried = new Set()
  for (const imported of [false, true]) {
    if (imported) {
      console.log(`# no report of ${department} open for uploads (${closed.join(', ') || 'no plan names it'}): importing the seed's table as a new plan`)
      await importSeed()
    }
    const plans = await api(token, 'GET', '/indicator/plans')
    if (plans.status !== 200) fail(`GET /api/indicator/plans: ${plans.status}`)
    const naming = [...plans.body].sort((a, b) => b.year - a.year)
      .filter((one) => one.departments?.includes(department) && !tried.has(one.planId))
    for (const plan of naming) {
      tried.add(plan.planId)
      const report = await openReport(token, department, plan, closed)
      if (report) return report
    }
  }
  return fail(`${department} has no quarterly report open for uploads (${closed.join(', ')})`)
}

async function firstLoad(browser, config, fake) {
  const context = await coldContext(browser, values, config, fake)
  try {
    const page = await context.newPage()
    await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000))
    const scripts = []
    page.on('response', (response) => { if (response.request().resourceType() === 'script') scripts.push(response) })
    await page.goto(`${values.base}/mine`, { waitUntil: 'commit', timeout })
    await page.waitForSelector(FIRST, { timeout }).catch(() => fail(`${FIRST} did not appear on /mine within ${timeout} ms`))
    const shownAt = await page.evaluate(() => performance.now())
    await page.waitForLoadState('networkidle', { timeout })
    const timing = await page.evaluate((shown) => {
      const navigation = performance.getEntriesByType('navigation')[0]
      const resources = performance.getEntriesByType('resource')
      const api = resources.filter((entry) => entry.startTime <= shown && new URL(entry.name).pathname.startsWith('/api/'))
      return {
        shownAt: shown,
        idleAt: Math.max(navigation.responseEnd, ...resources.map((entry) => entry.responseEnd)),
        documentEnd: navigation.responseEnd,
        slowestApi: Math.max(0, ...api.map((entry) => entry.responseEnd - entry.startTime)),
      }
    }, shownAt)
    return { ...timing, ...(await javascriptSize(scripts)) }
  } finally {
    await context.close()
  }
}

async function uploadInPage(browser, config, fake, report, file) {
  const context = await coldContext(browser, values, config, fake)
  try {
    const page = await context.newPage()
    await page.goto(`${values.base}/mine/reports/${report.id}`, { timeout })
    const input = page.locator('[data-test=evidence-upload] input[type=file]').first()
    await input.waitFor({ state: 'attached', timeout })
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/evidence/uploads'), { timeout }),
      input.setInputFiles(file),
    ])
    if (answer.status() !== 201) fail(`the page's upload answered ${answer.status()}: ${await answer.text()}`)
    // the entry is recorded once the answer's body has arrived, which can be after Playwright saw its headers
    const entry = await page.waitForFunction(() => {
      const found = performance.getEntriesByType('resource').find((one) => one.name.includes('/api/evidence/uploads'))
      return found ? found.responseEnd - found.startTime : null
    }, null, { timeout })
    return await entry.jsonValue()
  } finally {
    await context.close()
  }
}

async function uploadDirect(token, report, department, bytes) {
  const began = performance.now()
  const answer = await fetch(`${values.base}/api/evidence/uploads?planId=${encodeURIComponent(report.planId)}`
    + `&department=${encodeURIComponent(department)}`, { method: 'POST', body: bytes, headers: {
    Authorization: `Bearer ${token}`, 'Content-Type': 'image/png', 'X-File-Name': encodeURIComponent('基准照片.png') } })
  await answer.arrayBuffer()
  if (answer.status !== 201) fail(`the direct upload answered ${answer.status}`)
  return performance.now() - began
}

let browser = null
const scratch = mkdtempSync(join(tmpdir(), 'kaohe-bench-'))
try {
  if (!existsSync(CHROMIUM)) fail(`no chromium at ${CHROMIUM} (KAOHE_CHROMIUM): apt-get install chromium fonts-wqy-microhei`)
  const { config, fake } = await appConfig(values)
  browser = await launch().catch((error) =>
    fail(`chromium would not start (${error.message.split('\n')[0]}): apt-get install chromium fonts-wqy-microhei`))
  const token = await devToken(values.user)
  const department = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).department
  if (!department) fail(`${values.user} is no department's liaison`)

  const loads = []
  for (let run = 1; run <= runs; run++) {
    const result = await firstLoad(browser, config, fake)
    console.log(`# liaison run ${run}: shown ${result.shownAt.toFixed(0)} ms, idle ${result.idleAt.toFixed(0)} ms, ${result.jsFiles} scripts `
      + `${(result.jsBytes / 1024).toFixed(1)} KB gzipped, document ${result.documentEnd.toFixed(0)} ms, slowest API call ${result.slowestApi.toFixed(0)} ms`)
    loads.push(result)
  }
  const report = await reportToUploadInto(token, department)
  const inPage = []
  const direct = []
  for (let run = 1; run <= runs; run++) {
    const file = join(scratch, `现场照片-${run}.png`)
    writeFileSync(file, noisePhoto())
    inPage.push(await uploadInPage(browser, config, fake, report, file))
    direct.push(await uploadDirect(token, report, department, noisePhoto()))
    console.log(`# upload run ${run}: page ${inPage[run - 1].toFixed(0)} ms, node fetch ${direct[run - 1].toFixed(0)} ms`)
  }
  console.log(`# web: ${values.base}/mine as ${values.user} (${department}), ${runs} cold runs; uploads into report ${report.id}`)
  figure('web.liaison.first_load.ms', median(loads.map((r) => Math.max(r.shownAt, r.idleAt))), 'ms')
  figure('web.liaison.first_load.ceiling_ms', median(loads.map((r) => r.documentEnd + r.slowestApi)), 'ms')
  figure('web.liaison.js.initial_kb', median(loads.map((r) => r.jsBytes)) / 1024, 'KB')
  figure('web.upload.5mb.ms', median(inPage), 'ms')
  figure('web.upload.5mb.ceiling_ms', median(direct), 'ms')
} catch (error) {
  console.error(`bench web: ${error instanceof BenchFailure ? error.message : error.stack}`)
  process.exitCode = 1
} finally {
  await browser?.close()
  rmSync(scratch, { recursive: true, force: true })
}
