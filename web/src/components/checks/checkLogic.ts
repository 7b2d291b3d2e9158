import type { CheckCalendar, MonthlyCheckView, ProgressRequest } from '@/api/checks'
import type { LedgerTaskView, ProgressStatus } from '@/api/ledger'
import { formatDate, formatNumber } from '@/util/format'
import { monthName } from '@/components/ledger/ledgerView'
import type { Change } from '@/components/ledger/ledgerView'

/** How the liaison's monthly-check pages turn the ledger's answers into rows, texts and requests. */

/** Whole days from `dueOn` to `day` (both YYYY-MM-DD), 0 when on or before it — the service's own count. */
export function daysLate(day: string, dueOn: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)
  return Math.max(0, Math.round(ms / 86_400_000))
}

/** What submitting on `today` will carry: "按期", or "逾期 n 天，将计入迟报". */
export function latenessPreview(dueOn: string, today: string): { text: string; late: boolean; days: number } {
  const days = daysLate(today, dueOn)
  return days > 0 ? { text: `逾期 ${days} 天，将计入迟报`, late: true, days } : { text: '按期', late: false, days: 0 }
}

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

/** A check's state as the list and the page show it: still open (maybe overdue) or submitted (on time or late). */
export function checkState(check: Pick<MonthlyCheckView, 'status' | 'daysLate' | 'daysOverdue'>)
  : { label: string; lateness: string; tag: TagType } {
  if (check.status === 'SUBMITTED') {
    const days = check.daysLate ?? 0
    return days > 0 ? { label: '已提交', lateness: `迟报 ${days} 天`, tag: 'danger' }
      : { label: '已提交', lateness: '按期', tag: 'success' }
  }
  const overdue = check.daysOverdue ?? 0
  return overdue > 0 ? { label: '填写中', lateness: `已逾期 ${overdue} 天`, tag: 'danger' }
    : { label: '填写中', lateness: '未到期', tag: 'primary' }
}

export interface MonthDue {
  month: string
  dueOn: string
  begun: boolean
}

/**
 * The months of the plan's year with their due dates: the service's calendar when it answers one, else month end
 * (the rule with no grace days), flagged `estimated` so the page says so.
 */
export function monthsOf(calendar: CheckCalendar | null, year: number, today: string)
  : { months: MonthDue[]; estimated: boolean } {
  if (calendar) return { months: calendar.months, estimated: false }
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`
    const end = new Date(Date.UTC(year, index + 1, 0)).toISOString().slice(0, 10)
    return { month, dueOn: end, begun: `${month}-01` <= today }
  })
  return { months, estimated: true }
}

export interface DueSummary {
  /** The first month still to hand in whose due date has not passed. */
  next: MonthDue | null
  /** Months since `fromMonth` already past due and not handed in, oldest first. */
  overdue: MonthDue[]
}

/** Which month is due next and which are overdue, from the calendar and the department's checks. */
export function dueSummary(months: MonthDue[], checks: Pick<MonthlyCheckView, 'month' | 'status'>[], today: string,
  fromMonth?: string | null): DueSummary {
  const submitted = new Set(checks.filter((c) => c.status === 'SUBMITTED').map((c) => c.month))
  const outstanding = months.filter((m) => !submitted.has(m.month) && (!fromMonth || m.month >= fromMonth))
  return {
    next: outstanding.find((m) => m.dueOn >= today) ?? null,
    overdue: outstanding.filter((m) => m.begun && m.dueOn < today),
  }
}

/** The months a new check can be opened for: begun by the business day and not yet opened. */
export function openableMonths(months: MonthDue[], checks: Pick<MonthlyCheckView, 'month'>[]): MonthDue[] {
  const opened = new Set(checks.map((c) => c.month))
  return months.filter((m) => m.begun && !opened.has(m.month))
}

export interface ProgressRow {
  taskId: string
  title: string
  qualitative: boolean
  /** The task's target in its unit ("30 个"), or its standard for a qualitative task. */
  target: string
  unit: string | null
  /** Only approved tasks are checked; the others are listed greyed with why. */
  approved: boolean
  why: string | null
  actualValue: number | null
  status: ProgressStatus | null
  note: string
  recordedAt: string | null
}

function whyNotApproved(task: LedgerTaskView): string | null {
  if (task.review?.state === 'APPROVED') return null
  if (task.status === 'DRAFT') return '六定尚在草稿，提交办公室审核通过后才能记录进展'
  if (task.review?.state === 'RETURNED') {
    return `办公室已退回${task.review.reason ? `（${task.review.reason}）` : ''}，修改六定重新提交并通过后才能记录进展`
  }
  return '六定待办公室审核，审核通过后才能记录进展'
}

/** Every task of the department as a row, with what this check recorded for it; approved tasks first. */
export function progressRows(tasks: LedgerTaskView[], check: Pick<MonthlyCheckView, 'progress'>): ProgressRow[] {
  const recorded = new Map((check.progress ?? []).map((p) => [p.taskId, p]))
  const rows = tasks.map((task): ProgressRow => {
    const quantity = task.defines.quantity
    const qualitative = task.defines.qualitative || !quantity
    const progress = recorded.get(task.taskId)
    return {
      taskId: task.taskId,
      title: task.title,
      qualitative,
      target: qualitative ? `定性：${task.defines.standard ?? '按标准完成'}`
        : `${formatNumber(quantity!.value)} ${quantity!.unit}`,
      unit: qualitative ? null : quantity!.unit,
      approved: task.review?.state === 'APPROVED',
      why: whyNotApproved(task),
      actualValue: progress?.actualValue ?? null,
      status: progress?.status ?? null,
      note: progress?.note ?? '',
      recordedAt: progress?.recordedAt ?? null,
    }
  })
  return [...rows.filter((row) => row.approved), ...rows.filter((row) => !row.approved)]
}

/** A row's fields as the request a save sends, or the message of what is missing (shown beside the row). */
export function progressRequest(row: Pick<ProgressRow, 'qualitative' | 'unit' | 'actualValue' | 'status' | 'note'>)
  : { request: ProgressRequest } | { error: string; field: 'actualValue' | 'status' } {
  if (!row.qualitative && (row.actualValue === null || row.actualValue === undefined)) {
    return { error: `请填写本月完成值（${row.unit}）`, field: 'actualValue' }
  }
  if (!row.qualitative && row.actualValue! < 0) return { error: '完成值不能为负数', field: 'actualValue' }
  if (!row.status) return { error: '请选择推进状态', field: 'status' }
  const note = row.note.trim()
  const request: ProgressRequest = row.qualitative ? { status: row.status }
    : { actualValue: row.actualValue!, unit: row.unit!, status: row.status }
  if (note) request.note = note
  return { request }
}

/** True when the row differs from what the check recorded (its save button is then offered). */
export function rowChanged(row: ProgressRow, check: Pick<MonthlyCheckView, 'progress'>): boolean {
  const saved = (check.progress ?? []).find((p) => p.taskId === row.taskId)
  if (!saved) return row.status !== null || row.actualValue !== null || row.note.trim() !== ''
  return (saved.actualValue ?? null) !== row.actualValue || saved.status !== row.status
    || (saved.note ?? '') !== row.note.trim()
}

const PROGRESS_LABELS: Record<string, string> = { ON_TRACK: '正常推进', BEHIND: '滞后', DONE: '已完成', BLOCKED: '受阻' }

const clip = (text: string | null | undefined, size = 40): string =>
  !text ? '（空）' : text.length > size ? `${text.slice(0, size)}…` : text

/** What someone else changed in the check since it was read: shown on a 412 instead of overwriting. */
export function checkChanges(before: MonthlyCheckView, after: MonthlyCheckView): Change[] {
  const changes: Change[] = []
  const add = (field: string, a: string, b: string) => { if (a !== b) changes.push({ field, before: a, after: b }) }
  add('状态', checkState(before).label, checkState(after).label)
  add('小结', clip(before.summary), clip(after.summary))
  const progress = (check: MonthlyCheckView, taskId: string) => {
    const p = (check.progress ?? []).find((item) => item.taskId === taskId)
    if (!p) return '（未填）'
    const value = p.actualValue != null ? `${formatNumber(p.actualValue)}${p.unit ?? ''}，` : ''
    return `${value}${PROGRESS_LABELS[p.status] ?? p.status}${p.note ? `，${clip(p.note, 20)}` : ''}`
  }
  const titles = new Map([...(before.progress ?? []), ...(after.progress ?? [])].map((p) => [p.taskId, p.title]))
  for (const [taskId, title] of titles) add(`进展：${title}`, progress(before, taskId), progress(after, taskId))
  const gaps = (check: MonthlyCheckView) => {
    const all = check.gaps ?? []
    return `${all.length} 项（已销号 ${all.filter((g) => g.state === 'CLOSED').length}）`
  }
  add('问题清单', gaps(before), gaps(after))
  add('提交日期', formatDate(before.submittedOn), formatDate(after.submittedOn))
  return changes
}

const HISTORY: Record<string, string> = {
  MonthlyCheckOpened: '开启月度检查',
  TaskProgressRecorded: '记录任务进展',
  GapFound: '记录问题',
  GapClosed: '问题整改销号',
  MonthlySummaryWritten: '填写小结',
  MonthlyCheckSubmitted: '提交月度检查',
}

/** ledger.GapClosed.v1 → 问题整改销号 */
export function checkHistoryLabel(type: string): string {
  const name = type.replace(/^[a-z]+\./, '').replace(/\.v\d+$/, '').replace(/Event$/, '')
  return HISTORY[name] ?? name
}

export { monthName }
