import { get, post, put, url, type Versioned } from './http'
import { ApiError, problemOf } from './problem'
import type { EvidenceView, ReportView } from './ledger'
import { useSessionStore } from '@/stores/session'

/**
 * The liaison's side of the quarterly report (季度报告): drafting, revising and submitting it, asking for a
 * correction after acceptance (/api/ledger/reports), and the evidence it carries (/api/evidence): uploaded as the
 * file's own bytes, attached to the report, withdrawn with a reason.
 */

/** The department's reports, quarter by quarter. */
export const departmentReports = (planId: string, department: string): Promise<ReportView[]> =>
  get<ReportView[]>('/ledger/reports', { planId, department })

export const draftReport = (planId: string, department: string, quarter: string): Promise<Versioned<ReportView>> =>
  post<ReportView>('/ledger/reports', { planId, department, quarter })

/** The narrative and the evidence list, as a whole, at the version read. */
export const reviseReport = (reportId: string, narrative: string | null, evidence: string[], etag: string | null)
  : Promise<Versioned<ReportView>> =>
  put<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}`, { narrative, evidence }, etag)

export const submitReport = (reportId: string, etag: string | null): Promise<Versioned<ReportView>> =>
  post<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}/submission`, {}, etag)

export const requestCorrection = (reportId: string, narrative: string, evidence: string[], reason: string)
  : Promise<Versioned<ReportView>> =>
  post<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}/corrections`, { narrative, evidence, reason })

/** Attaches evidence to the report of a quarter: the evidence service flags a photo taken outside it. */
export const linkToReport = (evidenceId: string, reportId: string, quarter: string): Promise<Versioned<EvidenceView>> =>
  post<EvidenceView>(`/evidence/${encodeURIComponent(evidenceId)}/links`,
    { targetType: 'REPORT', targetId: reportId, period: quarter })

export const withdrawEvidence = (evidenceId: string, reason: string): Promise<Versioned<EvidenceView>> =>
  post<EvidenceView>(`/evidence/${encodeURIComponent(evidenceId)}/withdrawal`, { reason })

export interface UploadProgress {
  loaded: number
  total: number
}

/**
 * One file to the evidence service as the request body itself — the bytes as they are on the device (a photo keeps
 * its EXIF: nothing is re-encoded or resized), its name percent-encoded in `X-File-Name`. XMLHttpRequest, because
 * fetch reports no upload progress. The bearer token as http.ts sends it; a refused token renews the session once.
 */
export async function uploadEvidence(planId: string, department: string, file: Blob & { name?: string },
                                     onProgress: (progress: UploadProgress) => void,
                                     signal?: AbortSignal): Promise<EvidenceView> {
  const session = useSessionStore()
  let answer = await sendFile(planId, department, file, session.token(), onProgress, signal)
  if (answer.status === 401 && (await session.renew())) {
    answer = await sendFile(planId, department, file, session.token(), onProgress, signal)
  }
  if (answer.status < 200 || answer.status >= 300) throw new ApiError(answer.status, await problemOf(answer))
  return (await answer.json()) as EvidenceView
}

function sendFile(planId: string, department: string, file: Blob & { name?: string }, token: string | null,
                  onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url('/evidence/uploads', { planId, department }))
    xhr.setRequestHeader('Accept', 'application/json')
    // the service decides the type from the bytes; a declared type only keeps proxies from guessing
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
    if (file.name) xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name))
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size })
    }
    xhr.onload = () => {
      resolve(new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
      }))
    }
    xhr.onerror = () => reject(new Error('网络中断，文件未上传成功，请重试'))
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(file)
  })
}
