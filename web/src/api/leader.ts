import { get } from './http'
import { ApiError } from './problem'
import { report, type ReportView } from './ledger'
import { scorecard, type Alert, type IndicatorProgress } from './scoring'

/**
 * What a leader's pages read beyond the leader dashboard: one indicator's progress (/api/scoring), a department's
 * alerts (the scoring context's department dashboard) and quarterly reports (/api/ledger). Each service decides
 * what the leader may see; a refusal comes back as an ApiError.
 */

export interface DepartmentDashboard {
  planId: string
  department: string
  evaluatedOn: string
  alerts: Alert[]
}

const plan = (planId: string) => `/scoring/plans/${encodeURIComponent(planId)}`

export const indicatorProgress = (planId: string, indicatorId: string): Promise<IndicatorProgress> =>
  get<IndicatorProgress>(`${plan(planId)}/indicators/${encodeURIComponent(indicatorId)}`)

export const departmentDashboard = (planId: string, department: string): Promise<DepartmentDashboard> =>
  get<DepartmentDashboard>(`${plan(planId)}/dashboard/departments/${encodeURIComponent(department)}`)

/**
 * A department's quarterly reports of the plan, by quarter. A ledger service older than the list (405: only the
 * POST is there) is asked through the reports its scorecard's timeliness names instead.
 */
export async function departmentReports(planId: string, department: string): Promise<ReportView[]> {
  try {
    return await get<ReportView[]>('/ledger/reports', { planId, department })
  } catch (failure) {
    if (!(failure instanceof ApiError) || failure.status !== 405) throw failure
  }
  const card = await scorecard(planId, department)
  const ids = card.components.find((component) => component.name === 'timeliness')?.items
    .filter((item) => item.label.endsWith('季度报告')).map((item) => item.subject) ?? []
  const reports = await Promise.all(ids.map(async (id) => (await report(id)).data))
  return reports.sort((a, b) => a.quarter.localeCompare(b.quarter))
}
