import { get } from './http'
import { type Alert, type IndicatorProgress } from './scoring'

/**
 * What a leader's pages read beyond the leader dashboard: one indicator's progress (/api/scoring) and a department's
 * alerts (the scoring context's department dashboard); a department's reports come from `api/reports.ts`. Each
 * service decides what the leader may see; a refusal comes back as an ApiError.
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
