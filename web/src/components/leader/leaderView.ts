import type { ReportView } from '@/api/ledger'
import type { Alert, IndicatorProgress, TaskProgress } from '@/api/scoring'
import { lateness, type Lateness } from '@/components/ledger/ledgerView'

/** How a leader's pages sort and combine what the scoring and ledger contexts answer. */

export interface LeaderAlert extends Alert {
  department: string
}

/** Task lights (红灯/黄灯) are a leader's only for their own indicators' tasks; other alerts concern the department. */
const TASK_ALERTS = ['RED', 'YELLOW']
const ORDER = ['RED', 'OVERDUE_REPORT', 'OVERDUE_CHECK', 'OVERDUE_GAP', 'YELLOW', 'OPEN_GAP']

/**
 * The departments of the leader's indicators: those the plan names on them (lead, then cooperating) and those
 * carrying their tasks, each once, in first-seen order.
 */
export function departmentsOf(indicators: IndicatorProgress[],
  named: { indicatorId: string; leadDepartments: string[]; cooperatingDepartments: string[] }[] = []): string[] {
  const mine = new Set(indicators.map((indicator) => indicator.indicatorId))
  const fromPlan = named.filter((indicator) => mine.has(indicator.indicatorId))
    .flatMap((indicator) => [...indicator.leadDepartments, ...indicator.cooperatingDepartments])
  return [...new Set([...fromPlan, ...indicators.flatMap((indicator) => indicator.tasks.map((task) => task.department))])]
}

/**
 * The alerts that concern a leader: of each department of their indicators, every department-wide
 * alert (overdue checks, reports, gaps) and the task lights of their own tasks only; the most pressing first,
 * then by due date.
 */
export function leaderAlerts(indicators: IndicatorProgress[], byDepartment: { department: string; alerts: Alert[] }[])
  : LeaderAlert[] {
  const ownTasks = new Set(indicators.flatMap((indicator) => indicator.tasks.map((task) => task.taskId)))
  const rank = (kind: string) => (ORDER.indexOf(kind) < 0 ? ORDER.length : ORDER.indexOf(kind))
  return byDepartment
    .flatMap(({ department, alerts }) => alerts.map((alert) => ({ ...alert, department })))
    .filter((alert) => !TASK_ALERTS.includes(alert.kind) || ownTasks.has(alert.subject))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
}

export interface DepartmentTasks {
  department: string
  tasks: TaskProgress[]
}

/** An indicator's tasks by department: the lead departments first, then the cooperating, then any other. */
export function tasksByDepartment(tasks: TaskProgress[], lead: string[], cooperating: string[]): DepartmentTasks[] {
  const order = [...lead, ...cooperating]
  const rank = (department: string) => (order.includes(department) ? order.indexOf(department) : order.length)
  const groups = new Map<string, TaskProgress[]>()
  for (const task of tasks) groups.set(task.department, [...(groups.get(task.department) ?? []), task])
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))
    .map(([department, grouped]) => ({ department, tasks: grouped }))
}

/** A report as the leader's table shows it: its lateness in the office board's words and colours. */
export function reportLateness(report: ReportView): Lateness {
  return lateness({ status: report.status, submittedOn: report.submittedOn, daysLate: report.daysLate,
    overdue: report.daysOverdue != null && report.daysOverdue > 0, daysOverdue: report.daysOverdue })
}

export interface IndicatorDepartment {
  department: string
  /** 牵头 (lead), 配合 (cooperating, named or as 各处室配合), or 承担 (carries a task without being named) */
  role: '牵头' | '配合' | '承担'
}

/** The departments of an indicator: its lead and cooperating ones as the plan names them, then any carrying a task. */
export function indicatorDepartments(lead: string[], cooperating: string[], allCooperate: boolean,
  tasks: TaskProgress[]): IndicatorDepartment[] {
  const named: IndicatorDepartment[] = [...lead.map((department) => ({ department, role: '牵头' as const })),
    ...cooperating.filter((department) => !lead.includes(department))
      .map((department) => ({ department, role: '配合' as const }))]
  const others = [...new Set(tasks.map((task) => task.department))]
    .filter((department) => !named.some((known) => known.department === department))
    .map((department) => ({ department, role: allCooperate ? '配合' as const : '承担' as const }))
  return [...named, ...others]
}

export interface TargetRow {
  key: string
  text: string
  actual: number | null
  percent: number | null
}

/** An indicator's targets (目标值) beside what the tasks under each have reached so far. */
export function targetRows(targets: { key: string; value: number | string; unit: string; subject?: string | null }[],
  progress: { key: string; actualValue: number; percent?: number | null }[]): TargetRow[] {
  return targets.map((target) => {
    const reached = progress.find((row) => row.key === target.key)
    return { key: target.key, text: `${target.subject ?? ''}${target.value} ${target.unit}`.trim(),
      actual: reached ? reached.actualValue : null, percent: reached?.percent ?? null }
  })
}
