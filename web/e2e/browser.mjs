// Headless Debian chromium driven by playwright-core: it never downloads a browser.
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.KAOHE_CHROMIUM ?? '/usr/bin/chromium'

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
}

/** A desktop (1366×768, the bureau's usual screen) or phone (390 px) context in Beijing time, Chinese. */
export async function newContext(browser, { phone = false } = {}) {
  return browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 768 },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  })
}

/** ECharts animates: draw charts at once so a screenshot shows them finished. */
export async function withoutAnimations(page) {
  await page.addInitScript(() => { window.__KAOHE_NO_ANIMATION__ = true })
}

/**
 * Development and screenshots only: a demo user's dev token (identity's /dev/tokens) stored where oidc-client-ts
 * keeps a signed-in user, so a page opens as that user without the sign-in page.
 */
export async function signInWithDevToken(context, { identity, issuer, clientId, user }) {
  const answer = await fetch(`${identity}/dev/tokens?user=${encodeURIComponent(user)}`, { method: 'POST' })
  if (!answer.ok) throw new Error(`dev token for ${user}: ${answer.status}`)
  const { access_token: token, expires_in: expiresIn } = await answer.json()
  const profile = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
  const stored = JSON.stringify({
    access_token: token, token_type: 'Bearer', scope: 'openid profile', profile,
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
  })
  const key = `oidc.user:${issuer}:${clientId}`
  await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem(k)) sessionStorage.setItem(k, v) }, [key, stored])
  return token
}
