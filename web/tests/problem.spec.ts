import { describe, expect, it } from 'vitest'
import { ApiError, problemOf } from '@/api/problem'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })

describe('problem details', () => {
  it('keeps the service detail and puts each field message under its field', async () => {
    const problem = await problemOf(json(400, {
      type: 'urn:kaohe:problem:invalid-number', title: '数值无效', detail: '目标值须为不超过12位的数字',
      code: 'invalid-number', errors: [{ field: 'targets[0].value', message: '最多 4 位小数' },
        { field: 'targets[0].value', message: '不能为负' }, { field: 'reason', message: '请填写理由' }],
    }))
    const error = new ApiError(400, problem)
    expect(error.message).toBe('目标值须为不超过12位的数字')
    expect(error.code).toBe('invalid-number')
    expect(error.fieldErrors()).toEqual({ 'targets.0.value': '最多 4 位小数；不能为负', reason: '请填写理由' })
  })

  it('names the code from the type when the body has none', async () => {
    const error = new ApiError(409, await problemOf(json(409, { type: 'urn:kaohe:problem:duplicate-code', detail: '编号重复' })))
    expect(error.code).toBe('duplicate-code')
  })

  it('recognises a stale version as a conflict', async () => {
    const error = new ApiError(412, await problemOf(json(412, { code: 'stale-version', detail: '您提交的版本（3）已不是最新版本（4）' })))
    expect(error.isConflict).toBe(true)
  })

  it('answers in Chinese when the gateway sent no document', async () => {
    const problem = await problemOf(new Response('<html>bad gateway</html>', { status: 503, headers: { 'Content-Type': 'text/html' } }))
    expect(problem.detail).toBe('服务暂不可用，请稍后再试')
    expect(new ApiError(503, problem).code).toBe('http-503')
  })
})
