/** What the gateway tells the app at /config.json: which OIDC provider signs people in, and the business day. */
export interface AppConfig {
  issuer: string
  clientId: string
  scope: string
  /** A business day set for a demonstration or training (KAOHE_BUSINESS_DATE), or null for the real date. */
  businessDate: string | null
  apiBase: string
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' }, cache: 'no-store' })
  if (!response.ok) throw new Error(`/config.json: ${response.status}`)
  const config = (await response.json()) as Partial<AppConfig>
  if (!config.issuer || !config.clientId) throw new Error('/config.json names no OIDC issuer or client')
  return { scope: 'openid profile', businessDate: null, apiBase: '/api', ...config } as AppConfig
}
