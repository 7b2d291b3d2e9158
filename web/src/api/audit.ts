import { download, get } from './http'
import { formatDate } from '@/util/format'
import { ROLE_NAMES } from '@/components/accounts/accounts'

/**
 * The auditor's reading of every context, through the gateway's audit view (`/api/audit/…`) and the services' own
 * chain keys and evidence verification. Read-only: nothing here changes anything.
 */

/** One stored event as the platform's audit trail answers it (AuditEntry). */
export interface AuditEvent {
  context: string
  globalIndex: number
  eventId: string
  /** `ledger.QuarterlyReportReturned.v1` */
  type: string
  aggregateType: string
  aggregateId: string
  sequence: number
  occurredAt: string
  actorId?: string | null
  actorName?: string | null
  actorDepartment?: string | null
  /** Comma-separated roles the actor acted in (absent from services older than the field). */
  actorRoles?: string | null
  reason?: string | null
  correlationId?: string | null
  payload?: unknown
  /** Every field the event revised, read off its payload by the platform (RevisedFields). */
  changes?: FieldChange[]
  /** The event's link in its service's hash chain; null while not yet chained. */
  chainHash?: string | null
}

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

export interface AuditPage {
  events: AuditEvent[]
  /** The cursor of the next page; null when everything was read. */
  next: string | null
}

export interface AggregateHistory {
  aggregateId: string
  contexts: string[]
  events: AuditEvent[]
  truncated: boolean
  next: string | null
}

export interface ChainBreak {
  globalIndex: number
  eventIdentifier?: string | null
  problem: string
}

/** One service's chain verified (EventChain.Verification); `{}` when the service had nothing to say. */
export interface ChainVerification {
  context?: string
  verifiedAt?: string
  links?: number
  lastChainedIndex?: number
  headHash?: string | null
  checkpoints?: number
  signerKeyId?: string | null
  publishedCheckpoint?: number | null
  publishedUnreadable?: string | null
  breaks?: ChainBreak[]
}

export interface Chains {
  intact: boolean
  contexts: ChainVerification[]
}

export interface ChainSigner {
  keyId: string
  algorithm: string
  publicKey: string
}

/** `/api/<context>/chain/key`: the key signing now and the ones it retired (their checkpoints still verify). */
export interface ChainKey extends ChainSigner {
  retired: ChainSigner[]
}

export interface EvidenceMismatch {
  evidenceId: string
  objectKey: string
  /** MISSING, SIZE_MISMATCH, HASH_MISMATCH */
  problem: string
  expected?: string | null
  actual?: string | null
}

export interface EvidenceReport {
  startedAt: string
  finishedAt: string
  checked: number
  matched: number
  mismatches: EvidenceMismatch[]
}

/** The contexts behind the gateway, in the gateway's order, named as the bureau knows them. */
export const CONTEXTS: Record<string, string> = {
  evidence: '佐证材料',
  identity: '账号',
  indicator: '指标',
  ledger: '台账与报告',
  scoring: '督办与评分',
}

export const contextName = (context: string): string => CONTEXTS[context] ?? context

/** Every event type each context stores (the contracts' `…Event` records), in the office's words. */
export const EVENT_TYPES: Record<string, Record<string, string>> = {
  indicator: {
    AssessmentPlanDefined: '建立考核计划',
    DepartmentRegistered: '登记处室',
    LeaderRegistered: '登记分管领导',
    LeaderAccountLinked: '关联领导账号',
    LiaisonDesignated: '指定联络员',
    IndicatorDefined: '创建指标',
    IndicatorTextRevised: '修改指标内容',
    IndicatorTargetRevised: '修改目标值',
    IndicatorDepartmentsAssigned: '调整牵头/配合处室',
    IndicatorLeadersAssigned: '调整责任领导',
    IndicatorWithdrawn: '撤销指标',
  },
  ledger: {
    LedgerTaskDrafted: '新建台账任务',
    LedgerTaskDefinesRevised: '修改六定',
    LedgerTaskSubmitted: '提交六定审核',
    LedgerTaskApproved: '六定审核通过',
    LedgerTaskReturned: '六定审核退回',
    TaskProgressRecorded: '填报进度',
    ExtensionRequested: '申请延期',
    ExtensionApproved: '批准延期',
    ExtensionRefused: '拒绝延期',
    ContributionConfirmed: '配合处室会签',
    MonthlyCheckOpened: '开启月度检查',
    MonthlySummaryWritten: '填写月度小结',
    MonthlyCheckSubmitted: '提交月度检查',
    GapFound: '发现问题',
    GapClosed: '问题整改完成',
    QuarterlyReportDrafted: '起草季度报告',
    QuarterlyReportRevised: '修改季度报告',
    QuarterlyReportSubmitted: '报送季度报告',
    QuarterlyReportReturned: '退回季度报告',
    QuarterlyReportAccepted: '接受季度报告',
    ReportCorrectionRequested: '申请更正报告',
    ReportCorrectionApproved: '批准更正报告',
    ReportCorrectionRefused: '拒绝更正报告',
  },
  evidence: {
    EvidenceUploaded: '上传佐证材料',
    EvidenceLinked: '关联佐证材料',
    EvidenceWithdrawn: '撤回佐证材料',
    EvidenceArchived: '归档佐证材料',
  },
  scoring: {
    ScoringRulesAdopted: '调整评分规则',
    SupervisionScoreAssigned: '督办评分',
    BonusPointsAwarded: '加分',
    NegativeListBreachRecorded: '认定负面清单事项',
    BreachAppealed: '提出申诉',
    BreachAppealRejected: '驳回申诉',
    BreachRevoked: '撤销负面清单事项',
  },
  identity: {
    AccountCreated: '开通账号',
    AccountPasswordReset: '重置密码',
    AccountDisabled: '停用账号',
    AccountEnabled: '启用账号',
    AccountLocked: '连续输错密码，锁定',
    AccountUnlocked: '解除锁定',
  },
}

/** `ledger.QuarterlyReportReturned.v1` → { context: ledger, name: QuarterlyReportReturned, version: 1 }. */
export function parseType(type: string): { context: string | null; name: string; version: number } {
  const match = /^(?:([a-z]+)\.)?([A-Za-z0-9]+?)(?:Event)?(?:\.v(\d+))?$/.exec(type)
  if (!match) return { context: null, name: type, version: 1 }
  return { context: match[1] ?? null, name: match[2], version: Number(match[3] ?? 1) }
}

/** The Chinese name of an event type (`退回季度报告`), its own name when no context knows it. */
export function eventTypeName(type: string): string {
  const { context, name } = parseType(type)
  if (context && EVENT_TYPES[context]?.[name]) return EVENT_TYPES[context][name]
  for (const names of Object.values(EVENT_TYPES)) if (names[name]) return names[name]
  return name
}

export interface TypeGroup {
  context: string
  label: string
  options: { value: string; label: string }[]
}

/** The event-type select's groups: one per context, each type as `context.Name.v1` (the API's filter). */
export function typeGroups(): TypeGroup[] {
  return Object.entries(EVENT_TYPES).map(([context, names]) => ({
    context,
    label: contextName(context),
    options: Object.entries(names).map(([name, label]) => ({ value: `${context}.${name}.v1`, label })),
  }))
}

export const AGGREGATE_TYPES: Record<string, string> = {
  AssessmentPlan: '考核计划',
  Indicator: '指标',
  LedgerTask: '台账任务',
  MonthlyCheck: '月度检查',
  QuarterlyReport: '季度报告',
  Evidence: '佐证材料',
  DepartmentSupervision: '处室督办',
  ScoringRulebook: '评分规则',
  Account: '账号',
}

export const aggregateTypeName = (type: string | null | undefined): string =>
  type ? AGGREGATE_TYPES[type] ?? type : '—'

/** What the search form holds. */
export interface EventFilters {
  department: string
  actorId: string
  type: string
  /** [from, to) as the picker gives them; null for any time. */
  range: [Date, Date] | null
  aggregateId: string
}

export const emptyFilters = (): EventFilters => ({ department: '', actorId: '', type: '', range: null, aggregateId: '' })

export const PAGE_SIZE = 50

/** The filters as `/api/audit/events`' query: blanks left out, text trimmed, the range as instants. */
export function eventQuery(filters: EventFilters, cursor: string | null = null, limit = PAGE_SIZE)
  : Record<string, string | number> {
  const query: Record<string, string | number> = { limit }
  const text = { department: filters.department, actorId: filters.actorId, type: filters.type,
    aggregateId: filters.aggregateId }
  for (const [name, value] of Object.entries(text)) {
    const trimmed = (value ?? '').trim()
    if (trimmed) query[name] = trimmed
  }
  if (filters.range && filters.range[0] && filters.range[1]) {
    query.from = new Date(filters.range[0]).toISOString()
    query.to = new Date(filters.range[1]).toISOString()
  }
  if (cursor) query.cursor = cursor
  return query
}

/** The filters kept in the page's address (so a search can be linked to): the text ones and the range as ISO. */
export function filtersOf(query: Record<string, unknown>): EventFilters {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '')
  const from = new Date(text('from'))
  const to = new Date(text('to'))
  const range: [Date, Date] | null = text('from') && text('to') && !Number.isNaN(from.getTime())
    && !Number.isNaN(to.getTime()) ? [from, to] : null
  return { department: text('department'), actorId: text('actorId'), type: text('type'), range,
    aggregateId: text('aggregateId') }
}

/** Who acted: 办公室管理员（office-admin，办公室，办公室） — name, then id, department and roles. */
export function actorText(event: Pick<AuditEvent, 'actorId' | 'actorName' | 'actorDepartment' | 'actorRoles'>): string {
  const name = event.actorName || event.actorId || '系统'
  const details = [event.actorId !== name ? event.actorId : null, event.actorDepartment, rolesText(event.actorRoles)]
    .filter((part) => part)
  return details.length ? `${name}（${details.join('，')}）` : name
}

export function rolesText(roles: string | null | undefined): string {
  return (roles ?? '').split(',').map((role) => role.trim()).filter(Boolean)
    .map((role) => ROLE_NAMES[role] ?? role).join('、')
}

/** Field labels of what events revise, by the event's name first (`value` means a different thing per event). */
const FIELDS_BY_EVENT: Record<string, Record<string, string>> = {
  IndicatorTextRevised: { value: '指标内容' },
  IndicatorLeadersAssigned: { value: '责任领导' },
  IndicatorTargetRevised: { key: '目标编号', value: '目标值', unit: '单位', subject: '对象' },
  MonthlySummaryWritten: { value: '月度小结' },
  ExtensionApproved: { value: '完成时限' },
  LeaderAccountLinked: { userId: '关联账号' },
}

const FIELDS: Record<string, string> = {
  lead: '牵头处室',
  cooperating: '配合处室',
  allCooperating: '各处室均配合',
  narrative: '报告正文',
  evidence: '佐证材料',
  score: '督办得分',
  nature: '定性质',
  quantity: '定数量',
  'quantity.value': '定数量（数值）',
  'quantity.unit': '定数量（单位）',
  'quantity.targetKey': '定数量（对应目标）',
  qualitative: '定性任务',
  standard: '定标准',
  deadline: '定时限',
  milestones: '节点安排',
  responsibleUnit: '定责任单位',
  responsiblePerson: '定责任人',
  measures: '主要措施',
}

/** A revised field's name in Chinese (`responsibleUnit` → 定责任单位), its path when nothing names it. */
export function fieldLabel(type: string, field: string): string {
  return FIELDS_BY_EVENT[parseType(type).name]?.[field] ?? FIELDS[field] ?? field
}

/** A revised value as text: nothing as （空）, lists joined, yes/no, dates as 2020年9月30日. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('、') : '（空）'
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value
  if (typeof value === 'object') {
    const milestone = value as { dueOn?: string; description?: string }
    if (milestone.dueOn && milestone.description) return `${formatDate(milestone.dueOn)} ${milestone.description}`
    return JSON.stringify(value)
  }
  return String(value)
}

/** The shell words of `./kaohe verify-export`, quoted where an id has more than letters, digits and `-_.`. */
const shellWord = (word: string): string => (/^[\w.\-=,/]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)

/**
 * The command that verifies an export offline, each context's signing keys pinned (its current key and the ones it
 * retired, `--key context=current,retired…`); a context whose key could not be read is left unpinned.
 */
export function verifyCommand(aggregateId: string, keys: Record<string, ChainKey | null | undefined>): string {
  const words = ['./kaohe', 'verify-export', shellWord(exportFileName(aggregateId))]
  for (const [context, key] of Object.entries(keys).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key) continue
    words.push('--key', shellWord(`${context}=${[key.keyId, ...key.retired.map((r) => r.keyId)].join(',')}`))
  }
  return words.join(' ')
}

/** The name the gateway gives the export (its Content-Disposition). */
export const exportFileName = (aggregateId: string): string => `history-${aggregateId}.json`

export const BREAK_PROBLEMS: Record<string, string> = {
  EDITED: '事件被改动',
  DELETED: '事件被删除',
  REORDERED: '事件顺序被调换',
  INSERTED: '出现未入链的事件',
  CHECKPOINT_MISMATCH: '检查点与链不符',
  CHECKPOINT_SIGNATURE_INVALID: '检查点签名无效',
  PUBLISHED_CHECKPOINT_MISSING: '库外发布的检查点在链中缺失',
  PUBLISHED_CHECKPOINT_MISMATCH: '库外发布的检查点与链不符',
  ANCHOR_MISSING: '锚点在链中缺失',
  ANCHOR_MISMATCH: '锚点与链不符',
}

export const breakProblem = (problem: string): string => BREAK_PROBLEMS[problem] ?? problem

export const EVIDENCE_PROBLEMS: Record<string, string> = {
  MISSING: '文件缺失',
  SIZE_MISMATCH: '大小不符',
  HASH_MISMATCH: '内容摘要不符',
}

export const evidenceProblem = (problem: string): string => EVIDENCE_PROBLEMS[problem] ?? problem

export const searchEvents = (query: Record<string, string | number>) => get<AuditPage>('/audit/events', query)

export const aggregateHistory = (aggregateId: string, cursor?: string | null) =>
  get<AggregateHistory>(`/audit/aggregates/${encodeURIComponent(aggregateId)}/history`, { cursor })

export const downloadExport = (aggregateId: string) =>
  download(`/audit/aggregates/${encodeURIComponent(aggregateId)}/export`, exportFileName(aggregateId))

export const chains = () => get<Chains>('/audit/chains')

export const chainKey = (context: string) => get<ChainKey>(`/${context}/chain/key`)

export const evidenceVerification = () => get<EvidenceReport>('/evidence/verification')
