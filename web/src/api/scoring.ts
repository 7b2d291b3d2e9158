import { download, get, post, put, request } from './http'

/**
 * The scoring context's API (/api/scoring): rankings, scorecards with the events behind each item (得分反查),
 * the office's overview, supervision acts (督办, 负面清单, 加分) and the scoring rules with their what-if.
 * Decimals come as JSON numbers; a component not applicable yet comes as null (or is absent).
 */
export type Light = 'GREEN' | 'YELLOW' | 'RED' | 'NONE'

/**
 * A component's line (in the rules' order): its name (completion, timeliness, materials, supervision), the label
 * and weight the rules give it, its score and its share of the base (`weighted`) — both absent while it does not
 * apply yet.
 */
export interface ComponentScore {
  name: string
  label: string
  weight: number
  score?: number | null
  weighted?: number | null
}

/** A component's score in a row (null while it does not apply, or if the rules leave it out). */
export const scoreOf = (row: { components?: ComponentScore[] }, name: string): number | null =>
  row.components?.find((component) => component.name === name)?.score ?? null

export interface RankingRow {
  rank: number
  department: string
  total: number
  base: number
  components: ComponentScore[]
  bonus: number
  deductions: number
  vetoed: boolean
  warning: Light
  alerts: number
  rulesVersion: number
  evaluatedOn: string
}

export interface Alert {
  kind: string
  subject: string
  label: string
  dueOn?: string | null
}

export interface Attention {
  department: string
  warning: Light
  alerts: Alert[]
}

export interface QuarterTotals {
  period: string
  totals: Record<string, number>
}

export interface OfficeDashboard {
  planId: string
  title: string
  period: string
  evaluatedOn: string
  rulesVersion: number
  lights: Partial<Record<Light, number>>
  ranking: RankingRow[]
  attention: Attention[]
  overdueItems: number
  openGaps: number
  breaches: Record<string, number>
  /** The quarters the plan has run in (absent on a service older than the trend). */
  quarters?: QuarterTotals[]
}

export interface EventRef {
  eventId: string
  type: string
  occurredAt: string
}

export interface ScoreItem {
  subject: string
  label: string
  score: number
  warning: Light
  explanation: string
  events: EventRef[]
}

export interface UncountedTask {
  subject: string
  label: string
  review: string
  explanation: string
}

export interface Component {
  name: string
  label: string
  weight: number
  applicable: boolean
  score: number
  weighted?: number | null
  items: ScoreItem[]
  notCounted: UncountedTask[]
}

export interface Scorecard {
  planId: string
  department: string
  period: string
  asOf: string
  rulesVersion: number
  total: number
  base: number
  bonus: number
  deductions: number
  vetoed: boolean
  warning: Light
  components: Component[]
  bonuses: ScoreItem[]
  breaches: ScoreItem[]
  alerts: Alert[]
}

export interface ComparisonView {
  asOf: string
  rulesVersion: number
  total: number
  vetoed: boolean
  warning: Light
}

export interface ScorecardComparison {
  department: string
  period: string
  left: ComparisonView
  right: ComparisonView
  totalDelta: number
  components: { name: string; label: string; leftWeight: number; rightWeight: number; left: number | null
    right: number | null; delta: number | null }[]
  bonusDelta: number
  deductionsDelta: number
}

/** An event as scoring consumed it: who (metadata.actorName), when (occurredAt), why (metadata.reason), what. */
export interface EventEnvelope {
  eventId: string
  type: string
  aggregateId?: string
  sequence?: number
  occurredAt: string
  metadata: Record<string, unknown>
  payload: Record<string, unknown>
}

export interface TaskProgress {
  taskId: string
  department: string
  title: string
  targetValue?: number | null
  actualValue?: number | null
  unit?: string | null
  percentOfPlan: number
  warning: Light
  explanation: string
}

export interface IndicatorProgress {
  planId: string
  indicatorId: string
  code: string
  kind?: string | null
  text: string
  leaders: string[]
  percentOfPlan?: number | null
  warning: Light
  tasks: TaskProgress[]
  targets: { key: string; targetValue: number; unit?: string | null; actualValue: number; percent?: number | null }[]
}

export interface LeaderDashboard {
  planId: string
  leader: string | null
  lights: Partial<Record<Light, number>>
  indicators: IndicatorProgress[]
  departments: RankingRow[]
}

/** A component the rules count: which computation (name), shown as (label), weighing (weight) of 100. */
export interface ComponentRule { name: string; label: string; weight: number }
/**
 * What 督办单 cost the 督办 component, in points of its 100: per missed reply-by (replied late or unanswered after
 * it), per day late, per send-back (退回重办).
 */
export interface ChaseRules { overduePenalty: number; overduePerDay: number; reopenedPenalty: number }
export interface WarningThresholds { green: number; yellow: number }
export interface BreachRule { indicatorId: string; deduction: number; veto: boolean }

export interface RuleSet {
  version: number
  components: ComponentRule[]
  thresholds: WarningThresholds
  latePenaltyPerDay: number
  defaultDeduction: number
  breachRules: BreachRule[]
  chaseRules: ChaseRules
  adoptedAt?: string | null
  adoptedBy?: string | null
  reason?: string | null
}

export interface RulesProposal {
  components: ComponentRule[]
  thresholds: WarningThresholds
  latePenaltyPerDay: number
  defaultDeduction: number
  breachRules: BreachRule[]
  chaseRules: ChaseRules
  reason?: string
  period?: string
}

export interface WhatIfLine {
  department: string
  current: number
  proposed: number
  delta: number
  currentRank: number
  proposedRank: number
}

export interface WhatIfResult { planId: string; period: string; currentVersion: number; departments: WhatIfLine[] }

export interface BreachView {
  breachId: string
  department: string
  indicatorId: string
  occurredOn: string
  description: string
  evidence: string[]
  confirmedBy: string
  state: 'RECORDED' | 'APPEALED' | 'APPEAL_REJECTED' | 'REVOKED'
  counts: boolean
  /** Its recording, appeal and decisions (absent on a service older than the field). */
  events?: EventRef[]
}

export interface ScoringPlan {
  planId: string
  year: number
  title: string
  issuedOn: string
  departments: string[]
  indicators: number
  rulesVersion: number
}

const plan = (planId: string) => `/scoring/plans/${encodeURIComponent(planId)}`
const dept = (planId: string, department: string) => `${plan(planId)}/departments/${encodeURIComponent(department)}`

export const scoringPlans = () => get<ScoringPlan[]>('/scoring/plans')

export const officeDashboard = (planId: string, query: { period?: string; asOf?: string; rulesVersion?: number | null }) =>
  get<OfficeDashboard>(`${plan(planId)}/dashboard/office`, query)

export const leaderDashboard = (planId: string, leader?: string) =>
  get<LeaderDashboard>(`${plan(planId)}/dashboard/leader`, { leader })

export const scorecard = (planId: string, department: string,
  query: { period?: string; asOf?: string; rulesVersion?: number | null } = {}) =>
  get<Scorecard>(`${plan(planId)}/scorecards/${encodeURIComponent(department)}`, query)

export const comparison = (planId: string, department: string, query: Record<string, string | number | undefined>) =>
  get<ScorecardComparison>(`${plan(planId)}/scorecards/${encodeURIComponent(department)}/comparison`, query)

export const ranking = (planId: string, period?: string) => get<RankingRow[]>(`${plan(planId)}/ranking`, { period })

export const scoredEvent = (eventId: string) => get<EventEnvelope>(`/scoring/events/${encodeURIComponent(eventId)}`)

export const ruleVersions = (planId: string) => request<RuleSet[]>(`${plan(planId)}/rules`)

export const adoptRules = (planId: string, proposal: RulesProposal, etag: string | null) =>
  post<{ planId: string; version: number }>(`${plan(planId)}/rules`, proposal, etag)

export const whatIf = async (planId: string, proposal: RulesProposal) =>
  (await post<WhatIfResult>(`${plan(planId)}/what-if`, proposal)).data

export const breaches = (planId: string, department?: string) =>
  get<BreachView[]>(`${plan(planId)}/breaches`, { department })

export const assignSupervision = (planId: string, department: string, quarter: string,
  body: { score: number; comment?: string }, etag?: string | null) =>
  put<unknown>(`${dept(planId, department)}/supervision/${encodeURIComponent(quarter)}`, body, etag)

export const recordBreach = (planId: string, department: string, body: { indicatorId: string; occurredOn: string
  description: string; evidence: string[]; confirmedBy: string }) => post<unknown>(`${dept(planId, department)}/breaches`, body)

export const rejectAppeal = (planId: string, department: string, breachId: string, reason: string) =>
  post<unknown>(`${dept(planId, department)}/breaches/${encodeURIComponent(breachId)}/appeal-rejection`, { reason })

export const revokeBreach = (planId: string, department: string, breachId: string, reason: string) =>
  post<unknown>(`${dept(planId, department)}/breaches/${encodeURIComponent(breachId)}/revocation`, { reason })

export const awardBonus = (planId: string, department: string, body: { quarter: string; points: number; reason: string }) =>
  post<unknown>(`${dept(planId, department)}/bonuses`, body)

export const downloadSummary = (planId: string, kind: 'xlsx' | 'docx', period?: string) =>
  download(`${plan(planId)}/summary.${kind}`, `考核汇总.${kind}`, { period })

/** Every indicator's progress (the office, auditors), or a leader's. */
export const scoringIndicators = (planId: string, leader?: string) =>
  get<IndicatorProgress[]>(`${plan(planId)}/indicators`, { leader })
