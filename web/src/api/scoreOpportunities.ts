import { get, post } from '@/api/http'

/**
 * 提分建议 (scoring's /scorecards/{department}/opportunities): each act still open to a department and the points
 * the scorer gives it under the rules in force; acts worth nothing are listed apart (`withoutGain`). And the
 * department's own appeal (申诉) of a negative-list breach.
 */
export type OpportunityKind = 'SUBMIT_REPORT' | 'RESUBMIT_REPORT' | 'REPORT_EVIDENCE' | 'SUBMIT_CHECK'
  | 'TASK_PROGRESS' | 'TASK_STATUS' | 'APPEAL_BREACH' | 'CLOSE_GAP'

export interface Opportunity {
  kind: OpportunityKind
  action: string
  points: number
  taskId: string | null
  reportId: string | null
  checkId: string | null
  gapId: string | null
  breachId: string | null
  indicatorId: string | null
  quarter: string | null
  month: string | null
  dueOn: string | null
}

export interface Opportunities {
  planId: string
  department: string
  period: string
  asOf: string
  rulesVersion: number
  total: number
  opportunities: Opportunity[]
  withoutGain: Opportunity[]
}

const department = (planId: string, name: string) =>
  `/scoring/plans/${encodeURIComponent(planId)}/scorecards/${encodeURIComponent(name)}`

export const opportunities = (planId: string, name: string, period?: string) =>
  get<Opportunities>(`${department(planId, name)}/opportunities`, { period })

export const appealBreach = (planId: string, name: string, breachId: string, reason: string) =>
  post<unknown>(`/scoring/plans/${encodeURIComponent(planId)}/departments/${encodeURIComponent(name)}/breaches/`
    + `${encodeURIComponent(breachId)}/appeal`, { reason })
