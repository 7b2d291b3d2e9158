import { ApiError, problemOf } from './problem'

/**
 * Every call to the gateway's API: the bearer token, `If-Match` for a change to something read at a version, the
 * answer's `ETag` kept for the next change, problem details turned into ApiError. On 401 the session is renewed
 * (the person signs in again in a popup, the page and what they typed stay) and the call is made once more.
 */
export interface Versioned<T> {
  data: T
  /** The ETag the answer carried: send it back as `etag` on the next change. */
  etag: string | null
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Record<string, string | number | boolean | null | undefined>
  body?: unknown
  etag?: string | null
  /** A FormData or Blob body is sent as is (uploads, imports). */
  raw?: BodyInit
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface Session {
  /** The current access token, or null when nobody is signed in. */
  token(): string | null
  /** Sign in again after the token was refused; resolves true when there is a new token. */
  renew(): Promise<boolean>
}

let session: Session = { token: () => null, renew: async () => false }

export function useSession(s: Session): void {
  session = s
}

export function url(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(name, String(value))
  }
  const search = params.toString()
  return `/api${path}${search ? (path.includes('?') ? '&' : '?') + search : ''}`
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  const token = session.token()
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.etag) headers['If-Match'] = options.etag
  let body: BodyInit | undefined = options.raw
  if (body === undefined && options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  return fetch(url(path, options.query), { method: options.method ?? 'GET', headers, body, signal: options.signal })
}

/** The answer's body with its ETag; an ApiError for anything but 2xx. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  let response = await send(path, options)
  if (response.status === 401 && (await session.renew())) {
    response = await send(path, options)
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response))
  const etag = response.headers.get('ETag')
  if (response.status === 204 || response.headers.get('content-length') === '0') return { data: undefined as T, etag }
  const type = response.headers.get('content-type') ?? ''
  const data = (type.includes('json') ? await response.json() : await response.text()) as T
  return { data, etag }
}

export const get = async <T>(path: string, query?: RequestOptions['query']): Promise<T> =>
  (await request<T>(path, { query })).data

export const post = async <T>(path: string, body?: unknown, etag?: string | null): Promise<Versioned<T>> =>
  request<T>(path, { method: 'POST', body: body ?? {}, etag })

export const put = async <T>(path: string, body: unknown, etag?: string | null): Promise<Versioned<T>> =>
  request<T>(path, { method: 'PUT', body, etag })

/**
 * A file the API answers (the summary workbook …) saved by the browser: fetched with the token (a plain link
 * would carry none), then handed to the browser as a download under the name the service gave it.
 */
export async function download(path: string, fallbackName: string, query?: RequestOptions['query']): Promise<string> {
  let response = await send(path, { query, headers: { Accept: '*/*' } })
  if (response.status === 401 && (await session.renew())) response = await send(path, { query, headers: { Accept: '*/*' } })
  if (!response.ok) throw new ApiError(response.status, await problemOf(response))
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName
  const href = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = href
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return name
}

/** The file name of a Content-Disposition header, RFC 5987 `filename*` first (Chinese names). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (encoded) return decodeURIComponent(encoded[1].trim())
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition)
  return plain ? plain[1].trim() : null
}
