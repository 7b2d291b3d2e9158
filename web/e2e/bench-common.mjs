// What the browser benches share: the figure lines (DESIGN.md), medians, the app's sign-in settings, script sizes.
import { gzipSync } from 'node:zlib'
import { newContext, signInWithDevToken } from './browser.mjs'

/** A bench that cannot measure says why and exits 1 (after closing the browser). */
export class BenchFailure extends Error {}
export const fail = (message) => { throw new BenchFailure(message) }

export function figure(name, value, unit) {
  const shown = Number.isInteger(value) || value >= 100 ? String(Math.round(value)) : value.toFixed(2)
  console.log(`figure ${name} ${shown} ${unit}`)
}

export const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}


/** Which provider signs the office in: the gateway's /config.json, else --issuer (then /config.json is faked). */
export async function appConfig(values) {
  try {
    const answer = await fetch(`${values.base}/config.json`, { headers: { Accept: 'application/json' } })
    if (answer.ok && (answer.headers.get('content-type') ?? '').includes('json')) {
      const config = await answer.json()
      if (config.issuer && config.clientId) return { config, fake: false }
    }
    if (!values.issuer) fail(`${values.base}/config.json answered ${answer.status} without an issuer: is the gateway serving the app? (or give --issuer)`)
  } catch (error) {
    if (error instanceof BenchFailure) throw error
    if (!values.issuer) fail(`${values.base} does not answer (${error.cause?.code ?? error.message}): is Kaohe running?`)
  }
  return { config: { issuer: values.issuer, clientId: values.client, scope: 'openid profile', businessDate: null, apiBase: '/api' }, fake: true }
}

/** Bytes of JavaScript as sent gzipped: the wire size when gzipped, else the body gzipped here. */
export async function javascriptSize(scripts) {
  let bytes = 0
  const plain = []
  for (const response of scripts) {
    const encoding = response.headers()['content-encoding'] ?? ''
    if (encoding === 'gzip') {
      bytes += (await response.request().sizes()).responseBodySize
    } else {
      bytes += gzipSync(await response.body(), { level: 6 }).length
      plain.push(`${new URL(response.url()).pathname}${encoding ? ` (${encoding})` : ''}`)
    }
  }
  return { jsBytes: bytes, jsFiles: scripts.length, notGzipped: plain }
}

/**
 * A fresh browser context (no HTTP cache, no storage: the first visit of the day) asking for gzip, signed in as
 * `values.user` with a dev token, /config.json faked when the server has none.
 */
export async function coldContext(browser, values, config, fake) {
  const context = await newContext(browser)
  await context.setExtraHTTPHeaders({ 'Accept-Encoding': 'gzip' })
  if (fake) await context.route('**/config.json', (route) => route.fulfill({ json: config }))
  await signInWithDevToken(context, { identity: values.identity, issuer: config.issuer, clientId: config.clientId, user: values.user })
  return context
}
