import { describe, expect, it } from 'vitest'
import type { EvidenceView } from '@/api/ledger'
import { ApiError } from '@/api/problem'
import type { UploadProgress } from '@/api/reports'
import { retryWhileCatchingUp } from '@/components/reports/attach'
import { createUploadQueue, percentOf, type UploadItem } from '@/components/reports/uploadQueue'

/** An upload the test finishes by hand: progress, then 201 or a refusal. */
interface Pending {
  file: File
  progress: (progress: UploadProgress) => void
  resolve: (view: EvidenceView) => void
  reject: (failure: unknown) => void
}

const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
const view = (id: string): EvidenceView => ({ evidenceId: id, department: '督查处', contentType: 'image/jpeg',
  photo: true, size: 1, uploadedAt: '2020-10-15T02:00:00Z', withdrawn: false, version: 0 })
const settle = () => new Promise((resume) => setTimeout(resume, 0))

function harness(concurrency = 2, attachFails: (id: string) => unknown = () => null) {
  const pending: Pending[] = []
  const attached: string[] = []
  let attaching = 0
  let overlapping = false
  const queue = createUploadQueue({
    upload: (chosen, progress) => new Promise((resolve, reject) => { pending.push({ file: chosen, progress, resolve, reject }) }),
    attach: async (evidence) => {
      attaching++
      if (attaching > 1) overlapping = true
      await settle()
      attaching--
      const failure = attachFails(evidence.evidenceId)
      if (failure) throw failure
      attached.push(evidence.evidenceId)
    },
  }, concurrency)
  return { queue, pending, attached, overlapping: () => overlapping }
}

const refusal = (status: number, code: string, detail: string) => new ApiError(status, { status, code, detail })

describe('the upload queue', () => {
  it('shows each file\'s own progress as its bytes go out', async () => {
    const { queue, pending } = harness()
    void queue.add([file('现场1.jpg', 1000), file('现场2.jpg', 4000)])
    await settle()
    pending[0].progress({ loaded: 250, total: 1000 })
    pending[1].progress({ loaded: 3000, total: 4000 })
    expect(queue.items.map((item) => [item.name, item.state, percentOf(item)]))
      .toEqual([['现场1.jpg', 'uploading', 25], ['现场2.jpg', 'uploading', 75]])
  })

  it('uploads two at a time and starts the next when one finishes', async () => {
    const { queue, pending } = harness(2)
    const all = queue.add([file('a.jpg', 10), file('b.jpg', 10), file('c.jpg', 10)])
    await settle()
    expect(pending.map((p) => p.file.name)).toEqual(['a.jpg', 'b.jpg'])
    expect(queue.items[2].state).toBe('waiting')
    pending[0].resolve(view('e-a'))
    await settle(); await settle()
    expect(pending.map((p) => p.file.name)).toEqual(['a.jpg', 'b.jpg', 'c.jpg'])
    pending[1].resolve(view('e-b'))
    pending[2].resolve(view('e-c'))
    await all
    expect(queue.items.map((item) => item.state)).toEqual(['done', 'done', 'done'])
  })

  it('keeps the service\'s refusal beside the refused file and attaches the others', async () => {
    const { queue, pending, attached } = harness()
    const all = queue.add([file('正常.jpg', 10), file('伪装.jpg', 10), file('超大.jpg', 10)])
    await settle()
    pending[0].resolve(view('e-ok'))
    pending[1].reject(refusal(415, 'unsupported-type', '只接受照片（JPEG、PNG、HEIC）和文档（PDF、DOCX、XLSX）'))
    await settle(); await settle()
    pending[2].reject(refusal(413, 'evidence-too-large', '文件超过上传上限（20971520 字节）。'))
    await all
    const byName = Object.fromEntries(queue.items.map((item: UploadItem) => [item.name, item]))
    expect(byName['正常.jpg'].state).toBe('done')
    expect(byName['伪装.jpg']).toMatchObject({ state: 'failed', error: '只接受照片（JPEG、PNG、HEIC）和文档（PDF、DOCX、XLSX）' })
    expect(byName['超大.jpg']).toMatchObject({ state: 'failed', error: '文件超过上传上限（20971520 字节）。' })
    expect(attached).toEqual(['e-ok'])
    expect(queue.busy()).toBe(false)
    // sending the same bytes again would be refused again: no retry offered
    expect(byName['伪装.jpg'].retryable).toBe(false)
  })

  it('attaches one file at a time (each attachment changes the report\'s version)', async () => {
    const { queue, pending, attached, overlapping } = harness(3)
    const all = queue.add([file('a.jpg', 10), file('b.jpg', 10), file('c.jpg', 10)])
    await settle()
    pending.forEach((p, i) => p.resolve(view(`e-${i}`)))
    await all
    expect(overlapping()).toBe(false)
    expect(attached.sort()).toEqual(['e-0', 'e-1', 'e-2'])
  })

  it('retries a file refused at attaching without uploading it again', async () => {
    let refuse = true
    const { queue, pending, attached } = harness(2, () => refuse ? refusal(412, 'stale-version', '数据已被他人修改') : null)
    await Promise.all([queue.add([file('a.jpg', 10)]), settle().then(() => pending[0].resolve(view('e-a')))])
    expect(queue.items[0]).toMatchObject({ state: 'failed', error: '数据已被他人修改', evidenceId: 'e-a', retryable: true })
    refuse = false
    await queue.retry(queue.items[0].key)
    expect(pending).toHaveLength(1)
    expect(queue.items[0].state).toBe('done')
    expect(attached).toEqual(['e-a'])
    queue.clearDone()
    expect(queue.items).toHaveLength(0)
  })

  it('tells a network failure as such', async () => {
    const { queue, pending } = harness()
    const all = queue.add([file('a.jpg', 10)])
    await settle()
    pending[0].reject(new Error('网络中断，文件未上传成功，请重试'))
    await all
    expect(queue.items[0]).toMatchObject({ state: 'failed', error: '网络中断，文件未上传成功，请重试', retryable: true })
    expect(percentOf(queue.items[0])).toBe(0)
  })
})

describe('attaching while the services catch up with each other', () => {
  it('retries a refusal that only says the other service has not seen the record yet', async () => {
    let calls = 0
    const result = await retryWhileCatchingUp(async () => {
      calls++
      if (calls < 3) throw refusal(400, 'unusable-evidence', '佐证材料 x 不存在、不属于本处室或已撤回。')
      return 'ok'
    }, 5, 1)
    expect(result).toBe('ok')
    expect(calls).toBe(3)
  })

  it('gives up after its attempts, and never retries another refusal', async () => {
    let calls = 0
    await expect(retryWhileCatchingUp(async () => { calls++; throw refusal(422, 'link-target-not-found', '未找到') }, 3, 1))
      .rejects.toThrow('未找到')
    expect(calls).toBe(3)
    calls = 0
    await expect(retryWhileCatchingUp(async () => { calls++; throw refusal(403, 'not-your-department', '无权') }, 3, 1))
      .rejects.toThrow('无权')
    expect(calls).toBe(1)
  })
})
