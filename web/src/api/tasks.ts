import { get, post, put, request, type Versioned } from './http'
import type { HistoryEntry } from './history'
import type { LedgerTaskView as OfficeTaskView } from './ledger'
import type { Target } from './indicator'

/**
 * The liaison's side of the ledger tasks (台账, 六定) and co-signatures (会签): the department's ledger, the
 * indicators it carries, drafting, revising, submitting, extensions. Shapes follow the ledger service's records
 * (LedgerTaskView, DepartmentLedger, CarriedIndicator, DefineChange, CoSignTask); a null field may be absent.
 */

export type { SixDefines } from './ledger'
export type DefineKey = 'NATURE' | 'QUANTITY' | 'STANDARD' | 'DEADLINE' | 'RESPONSIBLE_UNIT' | 'RESPONSIBLE_PERSON'
  | 'MEASURES'

export interface CoSignature {
  quarter: string
  department: string
  contribution: string
}

export interface LedgerTaskView extends OfficeTaskView {
  completeness?: Partial<Record<DefineKey, boolean>>
  coSignatures?: CoSignature[]
}

export interface DepartmentLedger {
  planId: string
  department: string
  tasks: number
  submitted: number
  complete: number
  drafts: number
  approved: number
  items: LedgerTaskView[]
}

/** An indicator the department carries (牵头 or 配合), with its targets: where a task is drafted. */
export interface CarriedIndicator {
  indicatorId: string
  code: string
  text: string
  carriedAs: 'LEAD' | 'COOPERATING'
  leadDepartments: string[]
  cooperatingDepartments: string[]
  allDepartmentsCooperate: boolean
  targets: Target[]
  leaders: string[]
}

/** The defines as the API takes them (DefinesRequest). */
export interface DefinesRequest {
  nature: string | null
  quantity: { value: number; unit: string; targetKey: string | null } | null
  qualitative: boolean
  standard: string | null
  deadline: string | null
  milestones: { dueOn: string; description: string }[]
  responsibleUnit: string | null
  responsiblePerson: string | null
  measures: string | null
}

export interface DefineChange {
  define: DefineKey
  sequence: number
  occurredAt: string
  actorId?: string | null
  actorName?: string | null
  actorDepartment?: string | null
  reason?: string | null
  type: string
  before?: unknown
  after?: unknown
}

/** A lead task this department co-signs, with the quarters whose lead report waits for its co-signature. */
export interface CoSignTask {
  task: LedgerTaskView
  awaitingReports: string[]
}

const taskPath = (taskId: string): string => `/ledger/tasks/${encodeURIComponent(taskId)}`

export const myLedger = (planId: string, department: string): Promise<DepartmentLedger> =>
  get<DepartmentLedger>('/ledger/ledgers', { planId, department })

export const carriedIndicators = (planId: string, department: string): Promise<CarriedIndicator[]> =>
  get<CarriedIndicator[]>(`/ledger/plans/${encodeURIComponent(planId)}/carried`, { department })

export const readTask = (taskId: string): Promise<Versioned<LedgerTaskView>> =>
  request<LedgerTaskView>(taskPath(taskId))

export const taskHistory = (taskId: string): Promise<HistoryEntry[]> =>
  get<HistoryEntry[]>(`${taskPath(taskId)}/history`)

export const defineHistory = async (taskId: string): Promise<DefineChange[]> =>
  (await get<{ changes: DefineChange[] }>(`${taskPath(taskId)}/defines/history`)).changes

export const draftTask = (draft: { planId: string; indicatorId: string; department: string; title: string;
  defines: DefinesRequest }): Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>('/ledger/tasks', draft)

/** A draft's revision needs no reason; once submitted, every revision says why. */
export const reviseDefines = (taskId: string, defines: DefinesRequest, reason: string | null, etag: string | null)
  : Promise<Versioned<LedgerTaskView>> =>
  put<LedgerTaskView>(`${taskPath(taskId)}/defines`, { defines, reason }, etag)

export const submitTask = (taskId: string, etag: string | null): Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`${taskPath(taskId)}/submission`, {}, etag)

export const requestExtension = (taskId: string, requestedDeadline: string, reason: string)
  : Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`${taskPath(taskId)}/extensions`, { requestedDeadline, reason })

export const toCoSign = (planId: string, department: string): Promise<CoSignTask[]> =>
  get<CoSignTask[]>('/ledger/co-signs', { planId, department })

export const coSign = (taskId: string, quarter: string, contribution: string): Promise<Versioned<LedgerTaskView>> =>
  post<LedgerTaskView>(`${taskPath(taskId)}/co-signatures`, { quarter, contribution })
