import { quarterName } from '@/util/format'
import type { Indicator as IndicatorView, Target } from '@/api/indicator'

/**
 * The shapes 我的处室 reads (indicator's DepartmentIndicators — indicators like any other, the indicator API's own
 * type — ledger's DepartmentLedger, scoring's DepartmentDashboard) and what the page makes of them.
 */
export type { Target, Indicator as IndicatorView } from '@/api/indicator'

export interface DepartmentIndicators {
  department: string
  lead: IndicatorView[]
  cooperating: IndicatorView[]
}

export interface LedgerTask {
  taskId: string
  indicatorId: string
  title: string | null
  defines: { deadline: string | null } | null
  status: string
}

export interface DepartmentLedger {
  planId: string
  department: string
  items: LedgerTask[]
}

export interface Standing {
  period: string
  total: number | string
  rank: number
  of: number
  warning: string
  vetoed: boolean
  /** In the rules' order; `score` absent while the component does not apply yet. */
  components: { name: string; label: string; weight: number; score?: number | string | null }[]
  bonus: number | string
  deductions: number | string
}

export interface Alert {
  kind: string
  subject: string
  label: string
  dueOn: string | null
}

export interface DepartmentDashboard {
  planId: string
  department: string
  evaluatedOn: string
  year: Standing
  quarter: Standing
  alerts: Alert[]
}

export const ALERT_NAMES: Record<string, string> = {
  RED: '红灯任务', YELLOW: '黄灯任务', OVERDUE_CHECK: '月度检查逾期', OVERDUE_REPORT: '季度报告逾期',
  OPEN_GAP: '问题待整改', OVERDUE_GAP: '整改逾期',
}

/** "30 个 示范镇街": the value without trailing zeros, then the unit and what is counted. */
export function targetText(target: Target): string {
  const value = target.value === null || target.value === undefined ? '' : String(Number(target.value))
  return [value + (target.unit ?? ''), target.subject ?? ''].filter(Boolean).join(' ')
}

export interface Deadline {
  taskId: string
  title: string
  deadline: string | null
}

/** The department's ledger tasks by indicator, earliest deadline first (those without one last). */
export function deadlinesByIndicator(ledger: DepartmentLedger | null): Map<string, Deadline[]> {
  const byIndicator = new Map<string, Deadline[]>()
  for (const task of ledger?.items ?? []) {
    const list = byIndicator.get(task.indicatorId) ?? []
    list.push({ taskId: task.taskId, title: task.title ?? '台账任务', deadline: task.defines?.deadline ?? null })
    byIndicator.set(task.indicatorId, list)
  }
  for (const list of byIndicator.values()) {
    list.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
  }
  return byIndicator
}

/** A monthly check as the ledger lists it (progress and gaps left out). */
export interface CheckSummary {
  checkId: string
  month: string
  dueOn: string
  status: 'OPEN' | 'SUBMITTED' | string
}

/** One thing the department has due: what, by when, whether it is late, and where it is done. */
export interface DueItem {
  kind: 'check' | 'report' | 'task' | 'gap'
  label: string
  dueOn: string | null
  overdue: boolean
  to: string
}

const monthName = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
const monthEnd = (month: string) => {
  const [year, m] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`
}
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
const quarterEnd = (quarter: string) => monthEnd(`${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3).padStart(2, '0')}`)
const quarterLabel = (quarter: string) => `${quarter.slice(0, 4)}年${quarterName(quarter.slice(5))}报告`

/**
 * What is due next for the department, earliest first (undated last): its open monthly checks and this month's
 * if not yet opened, the report of the quarter under way and any overdue, the ledger's task deadlines still
 * ahead, and gaps to close. Checks and tasks come from the ledger; overdue reports and gaps from scoring's alerts
 * (the ledger lists no department's reports); a due date not yet set by the ledger is the month's or quarter's end
 * (the notice's 月末 / 季度末).
 */
export function dueList(input: { today: string; year: number | null; issuedOn?: string | null
  checks: CheckSummary[] | null; ledger: DepartmentLedger | null; alerts: Alert[] }): DueItem[] {
  const { today } = input
  const items: DueItem[] = []
  const checkMonths = new Set((input.checks ?? []).map((check) => check.month))
  for (const check of input.checks ?? []) {
    if (check.status === 'SUBMITTED') continue
    items.push({ kind: 'check', label: `${monthName(check.month)}月度检查`, dueOn: check.dueOn,
      overdue: check.dueOn < today, to: `/mine/checks/${encodeURIComponent(check.checkId)}` })
  }
  const thisMonth = today.slice(0, 7)
  const started = !input.issuedOn || thisMonth >= input.issuedOn.slice(0, 7)
  const inYear = input.year === null || Number(today.slice(0, 4)) === input.year
  if (input.checks && inYear && started && !checkMonths.has(thisMonth)) {
    items.push({ kind: 'check', label: `${monthName(thisMonth)}月度检查（尚未开启）`, dueOn: monthEnd(thisMonth),
      overdue: false, to: '/mine/checks' })
  }
  for (const alert of input.alerts) {
    const month = /^(\d{4}-\d{2}) /.exec(alert.label)?.[1]
    if (alert.kind === 'OVERDUE_CHECK' && month && !checkMonths.has(month)) {
      items.push({ kind: 'check', label: `${monthName(month)}月度检查（尚未开启）`, dueOn: alert.dueOn,
        overdue: true, to: '/mine/checks' })
    }
  }
  const reported = new Set<string>()
  for (const alert of input.alerts.filter((found) => found.kind === 'OVERDUE_REPORT')) {
    const quarter = /^(\d{4}-Q[1-4])/.exec(alert.label)?.[1]
    if (!quarter) continue
    reported.add(quarter)
    items.push({ kind: 'report', label: quarterLabel(quarter), dueOn: alert.dueOn, overdue: true, to: '/mine/reports' })
  }
  const current = quarterOf(today)
  if (inYear && started && !reported.has(current)) {
    items.push({ kind: 'report', label: quarterLabel(current), dueOn: quarterEnd(current), overdue: false,
      to: '/mine/reports' })
  }
  for (const task of input.ledger?.items ?? []) {
    const deadline = task.defines?.deadline
    if (!deadline || deadline < today) continue
    items.push({ kind: 'task', label: `台账任务：${task.title ?? '未命名任务'}`, dueOn: deadline, overdue: false,
      to: `/mine/tasks/${encodeURIComponent(task.taskId)}` })
  }
  for (const alert of input.alerts.filter((found) => found.kind === 'OPEN_GAP' || found.kind === 'OVERDUE_GAP')) {
    items.push({ kind: 'gap', label: `问题整改：${alert.label}`, dueOn: alert.dueOn,
      overdue: alert.kind === 'OVERDUE_GAP', to: '/mine/checks' })
  }
  return items.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
}

const SEVERITY: Record<string, number> = { RED: 3, YELLOW: 2, GREEN: 1 }

/**
 * Each indicator's light: the worst of its tasks' lights in the department's scorecard (完成情况 items are the
 * ledger's tasks, by task id); indicators without a scored task have none.
 */
export function lightsByIndicator(ledger: DepartmentLedger | null,
  items: { subject: string; warning: string }[]): Map<string, string> {
  const indicatorOf = new Map((ledger?.items ?? []).map((task) => [task.taskId, task.indicatorId]))
  const lights = new Map<string, string>()
  for (const item of items) {
    const indicator = indicatorOf.get(item.subject)
    if (!indicator || !SEVERITY[item.warning]) continue
    const before = lights.get(indicator)
    if (!before || SEVERITY[item.warning] > SEVERITY[before]) lights.set(indicator, item.warning)
  }
  return lights
}
