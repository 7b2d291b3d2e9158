import { reactive } from 'vue'
import type { EvidenceView } from '@/api/ledger'
import type { UploadProgress } from '@/api/reports'
import { ApiError, messageOf } from '@/api/problem'

/**
 * Several files chosen or dropped at once: each uploads with its own progress bar (two at a time, so a phone on a
 * weak signal is not choked), then is attached to the report one after another (each attachment changes the
 * report's version, which the next one must carry). A refused file keeps the service's message beside it and
 * stops nothing else.
 */
export type UploadState = 'waiting' | 'uploading' | 'attaching' | 'done' | 'failed'

export interface UploadItem {
  key: number
  name: string
  size: number
  loaded: number
  state: UploadState
  /** The service's refusal (or the network's failure) for this file. */
  error: string | null
  /** Worth trying again: the network failed or the report moved on — not a file the service refused as such. */
  retryable: boolean
  evidenceId: string | null
}

export interface UploadSteps {
  upload(file: File, onProgress: (progress: UploadProgress) => void): Promise<EvidenceView>
  /** Attach the uploaded evidence to the report; called for one file at a time. */
  attach(evidence: EvidenceView): Promise<void>
}

export interface UploadQueue {
  items: UploadItem[]
  /** Queues the files; resolves when every one of them is done or failed. */
  add(files: File[]): Promise<void>
  retry(key: number): Promise<void>
  /** Forgets the finished ones (the attached evidence shows in the gallery). */
  clearDone(): void
  busy(): boolean
}

/** Whole percent of an item's bytes sent; attaching counts as sent. */
export function percentOf(item: UploadItem): number {
  if (item.state === 'attaching' || item.state === 'done') return 100
  if (item.size <= 0) return 0
  return Math.min(100, Math.floor((item.loaded / item.size) * 100))
}

/** Answers about the file itself (too large, not an accepted type, empty, corrupt): sending it again changes nothing. */
const REFUSED_FILE = [400, 413, 415, 422]

export const STATE_TEXT: Record<UploadState, string> = {
  waiting: '等待上传',
  uploading: '上传中',
  attaching: '正在附到报告',
  done: '已附到报告',
  failed: '未上传成功',
}

export function createUploadQueue(steps: UploadSteps, concurrency = 2): UploadQueue {
  const items = reactive<UploadItem[]>([])
  const files = new Map<number, File>()
  // a file refused only at attaching is not sent again on a retry (that would upload a duplicate)
  const uploaded = new Map<number, EvidenceView>()
  let nextKey = 1
  let running = 0
  const waiting: { item: UploadItem; done: () => void }[] = []
  let attaching: Promise<unknown> = Promise.resolve()

  function pump(): void {
    while (running < concurrency && waiting.length > 0) {
      const next = waiting.shift()!
      running++
      void run(next.item).finally(() => { running--; next.done(); pump() })
    }
  }

  async function run(item: UploadItem): Promise<void> {
    item.error = null
    try {
      let view = uploaded.get(item.key)
      if (!view) {
        item.state = 'uploading'
        item.loaded = 0
        view = await steps.upload(files.get(item.key)!, (progress) => {
          item.loaded = progress.loaded
          if (progress.total > 0) item.size = progress.total
        })
        uploaded.set(item.key, view)
      }
      item.evidenceId = view.evidenceId
      item.state = 'attaching'
      const evidence = view
      const attached = attaching.then(() => steps.attach(evidence))
      attaching = attached.catch(() => undefined)
      await attached
      item.state = 'done'
    } catch (failure) {
      item.state = 'failed'
      item.error = messageOf(failure)
      item.retryable = !(failure instanceof ApiError) || !REFUSED_FILE.includes(failure.status)
    }
  }

  function enqueue(item: UploadItem): Promise<void> {
    return new Promise((done) => { waiting.push({ item, done }); pump() })
  }

  return {
    items,
    add(chosen: File[]): Promise<void> {
      return Promise.all(chosen.map((file) => {
        const key = nextKey++
        files.set(key, file)
        items.push({ key, name: file.name, size: file.size, loaded: 0, state: 'waiting', error: null,
          retryable: false, evidenceId: null })
        return enqueue(items[items.length - 1])
      })).then(() => undefined)
    },
    retry(key: number): Promise<void> {
      const item = items.find((candidate) => candidate.key === key)
      if (!item || item.state !== 'failed') return Promise.resolve()
      item.state = 'waiting'
      item.error = null
      return enqueue(item)
    },
    clearDone(): void {
      for (let i = items.length - 1; i >= 0; i--) {
        if (items[i].state === 'done') {
          files.delete(items[i].key)
          uploaded.delete(items[i].key)
          items.splice(i, 1)
        }
      }
    },
    busy: () => items.some((item) => item.state === 'waiting' || item.state === 'uploading' || item.state === 'attaching'),
  }
}
