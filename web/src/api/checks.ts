import { get, post, put, request, type Versioned } from './http'
import type { GapView, HistoryEntry, LedgerTaskView, ProgressStatus } from './ledger'

/**
 * The liaison's monthly checks (月度检查, /api/ledger/checks): progress per task, gaps (问题清单) with owner and
 * fix-by, the summary (小结), the submission whose lateness the office scores. Shapes follow ledger-service's
 * MonthlyCheckView; a null field may be absent.
 */

export interface CheckProgress {
  taskId: string
  title: string
  targetValue?: number | null
  actualValue?: number | null
  unit?: string | null
  status: ProgressStatus
  note?: string | null
  recordedAt: string
}

export interface MonthlyCheckView {
  checkId: string
  planId: string
  department: string
  month: string
  dueOn: string
  status: 'OPEN' | 'SUBMITTED'
  submittedOn?: string | null
  daysLate?: number | null
  daysOverdue?: number | null
  summary?: string | null
  /** Only on a single check; lists leave progress and gaps out. */
  progress?: CheckProgress[] | null
  gaps?: GapView[] | null
  version: number
}

/** Each month's due date as the service counts it, and whether the month has begun by the business day. */
export interface CheckCalendar {
  planId: string
  today: string
  months: { month: string; dueOn: string; begun: boolean }[]
}

/** What a progress save sends: a quantitative task's value in its unit, or a qualitative task's status alone. */
export interface ProgressRequest {
  actualValue?: number
  unit?: string
  status: ProgressStatus
  note?: string
}

export interface GapRequest {
  taskId?: string
  description: string
  owner: string
  fixBy: string
}

const path = (checkId: string) => `/ledger/checks/${encodeURIComponent(checkId)}`

export const checks = (planId: string, department: string): Promise<MonthlyCheckView[]> =>
  get<MonthlyCheckView[]>('/ledger/checks', { planId, department })

export const checkCalendar = (planId: string): Promise<CheckCalendar> =>
  get<CheckCalendar>('/ledger/checks/calendar', { planId })

export const openCheck = (planId: string, department: string, month: string): Promise<Versioned<MonthlyCheckView>> =>
  post<MonthlyCheckView>('/ledger/checks', { planId, department, month })

export const check = (checkId: string): Promise<Versioned<MonthlyCheckView>> => request<MonthlyCheckView>(path(checkId))

export const checkHistory = (checkId: string): Promise<HistoryEntry[]> =>
  get<HistoryEntry[]>(`${path(checkId)}/history`)

export const recordProgress = (checkId: string, taskId: string, body: ProgressRequest, etag: string | null)
  : Promise<Versioned<MonthlyCheckView>> =>
  put<MonthlyCheckView>(`${path(checkId)}/progress/${encodeURIComponent(taskId)}`, body, etag)

export const recordGap = (checkId: string, body: GapRequest): Promise<Versioned<MonthlyCheckView>> =>
  post<MonthlyCheckView>(`${path(checkId)}/gaps`, body)

export const closeGap = (checkId: string, gapId: string, resolution: string): Promise<Versioned<MonthlyCheckView>> =>
  post<MonthlyCheckView>(`${path(checkId)}/gaps/${encodeURIComponent(gapId)}/closure`, { resolution })

export const writeSummary = (checkId: string, summary: string, etag: string | null)
  : Promise<Versioned<MonthlyCheckView>> =>
  put<MonthlyCheckView>(`${path(checkId)}/summary`, { summary }, etag)

export const submitCheck = (checkId: string, etag: string | null): Promise<Versioned<MonthlyCheckView>> =>
  post<MonthlyCheckView>(`${path(checkId)}/submission`, {}, etag)

/** The department's gaps not yet closed (the overdue ones included). */
export const departmentGaps = (planId: string, department: string): Promise<GapView[]> =>
  get<GapView[]>('/ledger/gaps', { planId, department, state: 'OPEN' })

/** The department's tasks (its 台账), each with its six defines and the office's review. */
export const departmentTasks = async (planId: string, department: string): Promise<LedgerTaskView[]> =>
  (await get<{ items: LedgerTaskView[] }>('/ledger/ledgers', { planId, department })).items
