import { get, post, request, url, type Versioned } from './http'
import { ApiError, problemOf } from './problem'
import { useSessionStore } from '@/stores/session'
import type { HistoryEntry } from './history'

/**
 * The ledger context as the office's pages use it (/api/ledger): the quarter's report board, reports and their
 * decisions, tasks awaiting review, extension and correction requests, gaps; and the evidence a report refers to
 * (/api/evidence). Shapes follow the services' view records; a null field may be absent (the services leave
 * nulls out).
 */

export type ReportStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED'

export interface BoardRow {
  department: string
  reportId?: string | null
  status: ReportStatus
  rounds: number
  submittedOn?: string | null
  daysLate?: number | null
  overdue: boolean
  daysOverdue?: number | null
  /** A correction awaiting the office's decision (absent on a service older than the field). */
  pendingCorrection?: string | null
}

export interface ReportBoard {
  planId: string
  quarter: string
  dueOn: string
  counts: Record<string, number>
  departments: BoardRow[]
}

export interface ProgressSnapshot {
  taskId: string
  indicatorId?: string
  title: string
  targetValue?: number | null
  unit?: string | null
  month?: string | null
  actualValue?: number | null
  status?: ProgressStatus | null
  note?: string | null
}

export type ProgressStatus = 'ON_TRACK' | 'BEHIND' | 'DONE' | 'BLOCKED'

export interface ReportRound {
  round: number
  submittedOn: string
  daysLate: number
  outcome?: 'RETURNED' | 'ACCEPTED' | null
  reason?: string | null
  decidedBy?: string | null
  decidedAt?: string | null
}

export interface ReportView {
  reportId: string
  planId: string
  department: string
  quarter: string
  dueOn: string
  status: Exclude<ReportStatus, 'NOT_STARTED'>
  round: number
  narrative?: string | null
  evidence: string[]
  progress: ProgressSnapshot[]
  submittedOn?: string | null
  daysLate?: number | null
  daysOverdue?: number | null
  acceptedOn?: string | null
  pendingCorrection?: string | null
  rounds: ReportRound[]
  version: number
}

export interface SixDefines {
  nature?: string | null
  quantity?: { value: number; unit: string; targetKey?: string | null } | null
  qualitative: boolean
  standard?: string | null
  deadline?: string | null
  milestones?: { dueOn: string; description: string }[]
  responsibleUnit?: string | null
  responsiblePerson?: string | null
  measures?: string | null
}

export interface LedgerTaskView {
  taskId: string
  planId: string
  indicatorId: string
  indicatorCode?: string | null
  department: string
  carriedAs: 'LEAD' | 'COOPERATING'
  title: string
  defines: SixDefines
  missing: string[]
  status: 'DRAFT' | 'SUBMITTED'
  review?: { state: 'PENDING' | 'APPROVED' | 'RETURNED'; reason?: string | null; decidedBy?: string | null;
    decidedAt?: string | null } | null
  belowTarget: boolean
  pendingExtension?: { requestId: string; requestedDeadline: string } | null
  version: number
}

export interface GapView {
  gapId: string
  checkId: string
  department: string
  month: string
  taskId?: string | null
  description: string
  owner: string
  fixBy: string
  state: 'OPEN' | 'OVERDUE' | 'CLOSED'
  daysOverdue?: number | null
  closedOn?: string | null
  resolution?: string | null
}

export type { HistoryEntry } from './history'

export interface EvidenceView {
  evidenceId: string
  department: string
  contentType: string
  photo: boolean
  size: number
  originalName?: string | null
  capturedAt?: string | null
  duplicateOf?: string[]
  uploadedAt: string
  uploadedBy?: string | null
  withdrawn: boolean
  links?: { targetType: string; targetId: string; period: string; outsidePeriod: boolean }[]
  version: number
}

/** The services' ETag of a version, for a change made from a list (which carries versions, not ETags). */
export const etagOf = (version: number): string => `"${version}"`

// --- reports ---------------------------------------------------------------------------------------------------

export const reportBoard = (planId: string, quarter: string): Promise<ReportBoard> =>
  get<ReportBoard>('/ledger/reports/board', { planId, quarter })

export const report = (reportId: string): Promise<Versioned<ReportView>> =>
  request<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}`)

export const reportHistory = (reportId: string): Promise<HistoryEntry[]> =>
  get<HistoryEntry[]>(`/ledger/reports/${encodeURIComponent(reportId)}/history`)

export const returnReport = (reportId: string, reason: string, etag: string | null): Promise<Versioned<ReportView>> =>
  post<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}/return`, { reason }, etag)

export const acceptReport = (reportId: string, etag: string | null): Promise<Versioned<ReportView>> =>
  post<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}/acceptance`, {}, etag)

export const decideCorrection = (reportId: string, correctionId: string, approve: boolean, reason: string)
  : Promise<Versioned<ReportView>> =>
  post<ReportView>(`/ledger/reports/${encodeURIComponent(reportId)}/corrections/${encodeURIComponent(correctionId)}/`
    + (approve ? 'approval' : 'refusal'), { reason })

// --- tasks -----------------------------------------------------------------------------------------------------

export const tasksInReview = (planId: string, review: 'PENDING' | 'APPROVED' | 'RETURNED'): Promise<LedgerTaskView[]> =>
  get<LedgerTaskView[]>('/ledger/tasks', { planId, review })

export const task = (taskId: string): Promise<Versioned<LedgerTaskView>> =>
  request<LedgerTaskView>(`/ledger/tasks/${encodeURIComponent(taskId)}`)

export const taskHistory = (taskId: string): Promise<HistoryEntry[]> =>
  get<HistoryEntry[]>(`/ledger/tasks/${encodeURIComponent(taskId)}/history`)

export const approveTask = (taskId: string, acceptBelowTarget: boolean, etag: string | null)
  : Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`/ledger/tasks/${encodeURIComponent(taskId)}/approval`, { acceptBelowTarget }, etag)

export const returnTask = (taskId: string, reason: string, etag: string | null): Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`/ledger/tasks/${encodeURIComponent(taskId)}/return`, { reason }, etag)

export const decideExtension = (taskId: string, requestId: string, approve: boolean, reason: string)
  : Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`/ledger/tasks/${encodeURIComponent(taskId)}/extensions/${encodeURIComponent(requestId)}/`
    + (approve ? 'approval' : 'refusal'), { reason })

export const departmentLedger = (planId: string, department: string): Promise<{ items: LedgerTaskView[] }> =>
  get<{ items: LedgerTaskView[] }>('/ledger/ledgers', { planId, department })

// --- gaps ------------------------------------------------------------------------------------------------------

/** Open gaps (OPEN includes the overdue ones) or only the overdue. */
export const gaps = (planId: string, state: 'OPEN' | 'OVERDUE'): Promise<GapView[]> =>
  get<GapView[]>('/ledger/gaps', { planId, state })

// --- evidence --------------------------------------------------------------------------------------------------

export const evidence = (evidenceId: string): Promise<EvidenceView> =>
  get<EvidenceView>(`/evidence/${encodeURIComponent(evidenceId)}`)

/**
 * A photo's thumbnail or full content as an object URL: the evidence service wants the bearer token, which an
 * <img src> would not carry. The caller revokes the URL when the image leaves the page.
 */
export async function evidenceImage(evidenceId: string, kind: 'thumbnail' | 'content'): Promise<string> {
  const session = useSessionStore()
  const fetchIt = () => fetch(url(`/evidence/${encodeURIComponent(evidenceId)}/${kind}`), {
    headers: { Accept: 'image/*', ...(session.token() ? { Authorization: `Bearer ${session.token()}` } : {}) },
  })
  let response = await fetchIt()
  if (response.status === 401 && (await session.renew())) response = await fetchIt()
  if (!response.ok) throw new ApiError(response.status, await problemOf(response))
  return URL.createObjectURL(await response.blob())
}
