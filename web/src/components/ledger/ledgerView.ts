import type { BoardRow, EvidenceView, HistoryEntry, LedgerTaskView, ProgressStatus, ReportBoard, ReportView }
  from '@/api/ledger'
import { formatDate, quarterName } from '@/util/format'

/** How the office's ledger pages name and colour what the ledger service answers. */

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export const REPORT_STATES: Record<string, { label: string; tag: TagType }> = {
  NOT_STARTED: { label: '未开始', tag: 'info' },
  DRAFT: { label: '草稿', tag: 'info' },
  SUBMITTED: { label: '已提交', tag: 'primary' },
  RETURNED: { label: '已退回', tag: 'danger' },
  ACCEPTED: { label: '已接受', tag: 'success' },
}

export const reportState = (status: string): { label: string; tag: TagType } =>
  REPORT_STATES[status] ?? { label: status, tag: 'info' }

export const PROGRESS_STATES: Record<ProgressStatus, { label: string; tag: TagType }> = {
  ON_TRACK: { label: '正常推进', tag: 'primary' },
  BEHIND: { label: '滞后', tag: 'warning' },
  DONE: { label: '已完成', tag: 'success' },
  BLOCKED: { label: '受阻', tag: 'danger' },
}

export const REVIEW_STATES: Record<string, string> = { PENDING: '待审核', APPROVED: '已批准', RETURNED: '已退回' }

export interface Lateness {
  text: string
  /** A colour the bureau reads at a glance: green on time, orange a few days, red a week or more / still missing. */
  color: string
}

const ON_TIME = '#2e9d5b'
const A_LITTLE = '#e6a23c'
const LATE = '#d03050'
const QUIET = '#a0a4ab'

/** Days late of a submission, or days overdue of a report still not with the office. */
export function lateness(row: Pick<BoardRow, 'status' | 'submittedOn' | 'daysLate' | 'overdue' | 'daysOverdue'>)
  : Lateness {
  if (row.overdue) {
    const days = row.daysOverdue ?? 0
    return { text: days > 0 ? `逾期 ${days} 天未报` : '逾期未报', color: LATE }
  }
  if (row.submittedOn && row.daysLate != null) {
    if (row.daysLate <= 0) return { text: '按时报送', color: ON_TIME }
    return { text: `迟报 ${row.daysLate} 天`, color: row.daysLate >= 7 ? LATE : A_LITTLE }
  }
  return { text: '未到期', color: QUIET }
}

/** The board's summary line: x 已提交, y 已接受, z 逾期, of n departments. */
export function boardSummary(board: Pick<ReportBoard, 'counts' | 'departments'>): string {
  const count = (state: string) => board.counts[state] ?? 0
  const parts = [`共 ${board.departments.length} 个处室`, `${count('SUBMITTED')} 已提交（待审核）`,
    `${count('ACCEPTED')} 已接受`, `${count('RETURNED')} 已退回`, `${count('DRAFT')} 草稿`,
    `${count('NOT_STARTED')} 未开始`, `${count('OVERDUE')} 逾期`]
  return parts.join('，')
}

/**
 * The quarter the board opens on: the business day's quarter when it falls in the plan's year, the last quarter
 * of a past year, the first of a coming one.
 */
export function defaultQuarter(planYear: number, businessDay: Date): string {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(businessDay))
  const month = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' })
    .format(businessDay))
  if (year > planYear) return 'Q4'
  if (year < planYear) return 'Q1'
  return `Q${Math.floor((month - 1) / 3) + 1}`
}

/** 2020-Q3 → 2020年第三季度 */
export function quarterTitle(quarter: string): string {
  const match = /^(\d{4})-(Q[1-4])$/.exec(quarter)
  return match ? `${match[1]}年${quarterName(match[2])}` : quarter
}

/** 2020-08 → 2020年8月 */
export const monthName = (month: string): string => month.replace(/^(\d{4})-0?(\d{1,2})$/, '$1年$2月')

export interface Change {
  field: string
  before: string
  after: string
}

const clip = (text: string | null | undefined, size = 40): string => {
  if (!text) return '（空）'
  return text.length > size ? `${text.slice(0, size)}…` : text
}

/** What someone else changed in a report since it was read: shown on a 412 instead of overwriting. */
export function reportChanges(before: ReportView, after: ReportView): Change[] {
  const changes: Change[] = []
  const add = (field: string, a: string, b: string) => { if (a !== b) changes.push({ field, before: a, after: b }) }
  add('状态', reportState(before.status).label, reportState(after.status).label)
  add('报送轮次', `第 ${before.round} 轮`, `第 ${after.round} 轮`)
  add('报告正文', clip(before.narrative), clip(after.narrative))
  add('印证材料', `${before.evidence.length} 份`, `${after.evidence.length} 份`)
  add('报送日期', formatDate(before.submittedOn), formatDate(after.submittedOn))
  add('更正申请', before.pendingCorrection ? '待审批' : '无', after.pendingCorrection ? '待审批' : '无')
  return changes
}

/** The same for a task's six defines and review, on a 412 while reviewing it. */
export function taskChanges(before: LedgerTaskView, after: LedgerTaskView): Change[] {
  const changes: Change[] = []
  const add = (field: string, a: string, b: string) => { if (a !== b) changes.push({ field, before: a, after: b }) }
  const quantity = (t: LedgerTaskView) => t.defines.quantity
    ? `${t.defines.quantity.value}${t.defines.quantity.unit}` : t.defines.qualitative ? '定性' : '（空）'
  add('审核状态', REVIEW_STATES[before.review?.state ?? ''] ?? '草稿', REVIEW_STATES[after.review?.state ?? ''] ?? '草稿')
  add('任务名称', before.title, after.title)
  add('定性质', clip(before.defines.nature), clip(after.defines.nature))
  add('定数量', quantity(before), quantity(after))
  add('定标准', clip(before.defines.standard), clip(after.defines.standard))
  add('定时限', formatDate(before.defines.deadline), formatDate(after.defines.deadline))
  add('定责任单位', clip(before.defines.responsibleUnit), clip(after.defines.responsibleUnit))
  add('定责任人', clip(before.defines.responsiblePerson), clip(after.defines.responsiblePerson))
  add('主要措施', clip(before.defines.measures), clip(after.defines.measures))
  return changes
}

/** What a photo shows the office beside it: when taken, and the service's warnings. */
export function evidenceFlags(item: EvidenceView, reportId: string): { text: string; warn: boolean }[] {
  const flags: { text: string; warn: boolean }[] = []
  if (item.withdrawn) flags.push({ text: '已撤回', warn: true })
  if (item.links?.some((link) => link.targetType === 'REPORT' && link.targetId === reportId && link.outsidePeriod)) {
    flags.push({ text: '拍摄时间不在本报告期内', warn: true })
  }
  if (item.duplicateOf && item.duplicateOf.length > 0) flags.push({ text: '同一文件此前已上传过', warn: true })
  if (item.photo && !item.capturedAt) flags.push({ text: '照片无拍摄时间', warn: false })
  return flags
}

const HISTORY_TYPES: Record<string, string> = {
  QuarterlyReportDrafted: '创建报告',
  QuarterlyReportRevised: '修改报告',
  QuarterlyReportSubmitted: '报送办公室',
  QuarterlyReportReturned: '办公室退回',
  QuarterlyReportAccepted: '办公室接受',
  ReportCorrectionRequested: '申请更正',
  ReportCorrectionApproved: '批准更正',
  ReportCorrectionRefused: '拒绝更正',
  LedgerTaskDrafted: '新建任务',
  LedgerTaskDefinesRevised: '修改六定',
  LedgerTaskSubmitted: '提交审核',
  LedgerTaskApproved: '审核批准',
  LedgerTaskReturned: '审核退回',
  ExtensionRequested: '申请延期',
  ExtensionApproved: '批准延期',
  ExtensionRefused: '拒绝延期',
  ContributionConfirmed: '配合处室会签',
}

/** ledger.QuarterlyReportReturned.v1 → 办公室退回 */
export function historyLabel(type: string): string {
  const name = type.replace(/^[a-z]+\./, '').replace(/\.v\d+$/, '')
  return HISTORY_TYPES[name] ?? name
}

/** The last entry of a type in a history (the pending request's own entry: its reason and content). */
export function lastOf(history: HistoryEntry[], name: string): HistoryEntry | undefined {
  return [...history].reverse().find((entry) => historyLabel(entry.type) === (HISTORY_TYPES[name] ?? name))
}
