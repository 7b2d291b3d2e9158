import { get, post, put, request, type Versioned } from './http'
import type { PlanSummary } from '@/stores/plan'
import type { HistoryEntry } from './history'

/**
 * The indicator context's API (考核计划、指标、联络员名单、分解表导入) as the office pages use it. Shapes follow the
 * service's view records: IndicatorView, LiaisonRegisterEntry, ImportReport, HistoryEntry.
 */
export type IndicatorKind = 'PROVINCIAL_COMMON' | 'MUNICIPAL_KEY_WORK' | 'COMMON' | 'NEGATIVE_LIST'

/** The notice's order of the four tables, with their Chinese names. */
export const KINDS: { kind: IndicatorKind; label: string }[] = [
  { kind: 'PROVINCIAL_COMMON', label: '省考共性' },
  { kind: 'MUNICIPAL_KEY_WORK', label: '市考个性工作' },
  { kind: 'COMMON', label: '共性指标' },
  { kind: 'NEGATIVE_LIST', label: '负面清单' },
]

export const kindLabel = (kind: string): string => KINDS.find((k) => k.kind === kind)?.label ?? kind

export interface Target {
  key: string
  value: number | string
  unit: string
  subject?: string | null
}

export interface Indicator {
  indicatorId: string
  planId: string
  kind: IndicatorKind
  kindLabel?: string
  code: string
  category?: string | null
  text: string
  /** ★ 省考指标 */
  provincial: boolean
  targets: Target[]
  leadDepartments: string[]
  cooperatingDepartments: string[]
  allDepartmentsCooperate: boolean
  leaders: string[]
  cityLeadUnit?: string | null
  withdrawn: boolean
  version: number
}

export type { HistoryEntry } from './history'

export type LiaisonStatus = 'DESIGNATED' | 'LATE' | 'OVERDUE' | 'PENDING'

export interface LiaisonEntry {
  department: string
  liaisonName?: string | null
  phone?: string | null
  designatedOn?: string | null
  dueOn?: string | null
  daysLate: number
  status: LiaisonStatus
}

export interface ProposedTarget {
  value: number | string
  unit: string
  subject?: string | null
  phrase?: string | null
}

export interface ImportedIndicator {
  indicatorId: string
  status: 'NEW' | 'EXISTS'
  parsed: {
    kind: IndicatorKind
    code: string
    category?: string | null
    text: string
    provincial: boolean
    leadDepartments: string[]
    cooperatingDepartments: string[]
    allDepartmentsCooperate: boolean
    leaders: string[]
    cityLeadUnit?: string | null
    targets: ProposedTarget[]
    source?: string | null
  }
}

export interface PlanHeader {
  year?: number | null
  title?: string | null
  issuingBody?: string | null
  documentNumber?: string | null
  issuedOn?: string | null
  liaisonDueOn?: string | null
}

export interface ImportReport {
  committed: boolean
  planId?: string | null
  planExists: boolean
  plan?: PlanHeader | null
  counts: Partial<Record<IndicatorKind, number>>
  total: number
  departments: string[]
  leaders: string[]
  indicators: ImportedIndicator[]
  problems: { location: string; message: string }[]
  created: number
  unchanged: number
}

const enc = encodeURIComponent

export const listPlans = (): Promise<PlanSummary[]> => get<PlanSummary[]>('/indicator/plans')

export const listIndicators = (planId: string, includeWithdrawn = false): Promise<Indicator[]> =>
  get<Indicator[]>(`/indicator/plans/${enc(planId)}/indicators`, { includeWithdrawn })

export const getIndicator = (indicatorId: string): Promise<Versioned<Indicator>> =>
  request<Indicator>(`/indicator/indicators/${enc(indicatorId)}`)

export const indicatorHistory = (indicatorId: string): Promise<HistoryEntry[]> =>
  get<HistoryEntry[]>(`/indicator/indicators/${enc(indicatorId)}/history`)

const indicatorPath = (id: string, rest: string) => `/indicator/indicators/${enc(id)}/${rest}`

export const reviseText = (id: string, etag: string | null, text: string, reason: string) =>
  put<Indicator>(indicatorPath(id, 'text'), { text, reason }, etag)

export const reviseTarget = (id: string, etag: string | null, key: string,
  target: { value: string; unit: string; subject?: string | null }, reason: string) =>
  put<Indicator>(indicatorPath(id, `targets/${enc(key)}`), { ...target, reason }, etag)

export const assignDepartments = (id: string, etag: string | null, assignment: {
  leadDepartments: string[]; cooperatingDepartments: string[]; allDepartmentsCooperate: boolean }, reason: string) =>
  put<Indicator>(indicatorPath(id, 'departments'), { ...assignment, reason }, etag)

export const assignLeaders = (id: string, etag: string | null, leaders: string[], reason: string) =>
  put<Indicator>(indicatorPath(id, 'leaders'), { leaders, reason }, etag)

export const withdrawIndicator = (id: string, etag: string | null, reason: string) =>
  post<Indicator>(indicatorPath(id, 'withdrawal'), { reason }, etag)

export const liaisonRegister = (planId: string): Promise<LiaisonEntry[]> =>
  get<LiaisonEntry[]>(`/indicator/plans/${enc(planId)}/liaisons`)

export const designateLiaison = async (planId: string, department: string,
  liaison: { liaisonName: string; phone?: string | null; designatedOn?: string | null }): Promise<LiaisonEntry[]> =>
  (await put<LiaisonEntry[]>(`/indicator/plans/${enc(planId)}/liaisons/${enc(department)}`, liaison)).data

/** A decomposition table sent as is (the service decides its type by content); nothing changes unless commit. */
export async function importTable(file: File, commit: boolean, header: PlanHeader): Promise<ImportReport> {
  const form = new FormData()
  form.append('file', file, file.name)
  const query: Record<string, string | number | boolean | null | undefined> = { commit }
  for (const [name, value] of Object.entries(header)) query[name] = value
  return (await request<ImportReport>('/indicator/imports', { method: 'POST', raw: form, query })).data
}
