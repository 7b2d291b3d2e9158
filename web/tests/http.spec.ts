import { afterEach, describe, expect, it, vi } from 'vitest'
import { fileNameOf, put, request, useSession, url } from '@/api/http'
import { ApiError } from '@/api/problem'

afterEach(() => vi.unstubAllGlobals())

function answering(...responses: Response[]) {
  const calls: { url: string; init: RequestInit }[] = []
  vi.stubGlobal('fetch', vi.fn(async (target: string, init: RequestInit) => {
    calls.push({ url: target, init })
    return responses.shift() ?? new Response(null, { status: 500 })
  }))
  return calls
}

const headersOf = (init: RequestInit) => init.headers as Record<string, string>

describe('the API client', () => {
  it('sends the token and the version read, and keeps the new ETag', async () => {
    useSession({ token: () => 'tok-1', renew: async () => false })
    const calls = answering(new Response('{"version":4}', { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"4"' } }))
    const answer = await put<{ version: number }>('/indicator/indicators/i-1/targets/T1', { value: 75, reason: '调整' }, '"3"')
    expect(answer).toEqual({ data: { version: 4 }, etag: '"4"' })
    expect(calls[0].url).toBe('/api/indicator/indicators/i-1/targets/T1')
    expect(headersOf(calls[0].init)).toMatchObject({ Authorization: 'Bearer tok-1', 'If-Match': '"3"', 'Content-Type': 'application/json' })
    expect(calls[0].init.body).toBe('{"value":75,"reason":"调整"}')
  })

  it('turns a 412 into a conflict the page can explain', async () => {
    useSession({ token: () => 'tok', renew: async () => false })
    answering(new Response(JSON.stringify({ code: 'stale-version', detail: '已不是最新版本' }), { status: 412, headers: { 'Content-Type': 'application/problem+json' } }))
    const failure = await put('/x', {}, '"1"').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).isConflict).toBe(true)
  })

  it('renews the session once on 401 and repeats the call with the new token', async () => {
    let token = 'expired'
    const renew = vi.fn(async () => { token = 'fresh'; return true })
    useSession({ token: () => token, renew })
    const calls = answering(new Response(null, { status: 401 }),
      new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }))
    const answer = await request<unknown[]>('/indicator/plans')
    expect(answer.data).toEqual([])
    expect(renew).toHaveBeenCalledTimes(1)
    expect(headersOf(calls[1].init).Authorization).toBe('Bearer fresh')
  })

  it('gives up with 401 when the person does not sign in again', async () => {
    useSession({ token: () => 'expired', renew: async () => false })
    answering(new Response(null, { status: 401 }))
    const failure = (await request('/x').catch((error: unknown) => error)) as ApiError
    expect(failure.status).toBe(401)
    expect(failure.message).toBe('登录已过期，请重新登录')
  })

  it('leaves out empty query parameters and encodes the rest', () => {
    expect(url('/indicator/plans/p/indicators', { kind: 'MUNICIPAL_KEY_WORK', department: '督查处', leader: '', star: undefined }))
      .toBe('/api/indicator/plans/p/indicators?kind=MUNICIPAL_KEY_WORK&department=%E7%9D%A3%E6%9F%A5%E5%A4%84')
  })

  it('reads a Chinese download name from Content-Disposition', () => {
    expect(fileNameOf("attachment; filename=\"summary.xlsx\"; filename*=UTF-8''%E6%B1%87%E6%80%BB.xlsx")).toBe('汇总.xlsx')
    expect(fileNameOf('attachment; filename="summary.xlsx"')).toBe('summary.xlsx')
    expect(fileNameOf(null)).toBeNull()
  })
})
