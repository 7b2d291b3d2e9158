/**
 * The shapes 我的处室 reads (indicator's DepartmentIndicators, ledger's DepartmentLedger, scoring's
 * DepartmentDashboard) and what the page makes of them.
 */
export interface Target {
  key: string
  value: number | string | null
  unit: string | null
  subject: string | null
}

export interface IndicatorView {
  indicatorId: string
  planId: string
  kind: string
  kindLabel: string
  code: string
  category: string | null
  text: string
  provincial: boolean
  targets: Target[]
  leadDepartments: string[]
  cooperatingDepartments: string[]
  allDepartmentsCooperate: boolean
  leaders: string[]
  withdrawn: boolean
  version: number
}

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
  components: Record<string, number | string>
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

export const COMPONENT_NAMES: Record<string, string> = {
  completion: '完成情况', timeliness: '及时性', materials: '资料报送及归档', supervision: '督办',
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
