import type { ChaseRules, ComponentRule, RuleSet, RulesProposal } from '@/api/scoring'
import { formatNumber } from '@/util/format'

/** The components scoring can compute, by name, with their usual labels: what a rule set may list. */
export const KNOWN_COMPONENTS: ComponentRule[] = [
  { name: 'completion', label: '完成情况', weight: 0 },
  { name: 'timeliness', label: '及时性', weight: 0 },
  { name: 'materials', label: '资料报送及归档', weight: 0 },
  { name: 'supervision', label: '督办', weight: 0 },
]

/** The chase rules of version 0 (and of versions adopted before 督办单 existed). */
export const DEFAULT_CHASE_RULES: ChaseRules = { overduePenalty: 5, overduePerDay: 1, reopenedPenalty: 3 }

/** A rule set as the editor holds it: the fields a proposal carries, copied so the version read stays intact. */
export function draftOf(rules: RuleSet): RulesProposal {
  const chase = rules.chaseRules ?? DEFAULT_CHASE_RULES
  return {
    components: rules.components.map((component) => ({ ...component, weight: Number(component.weight) })),
    thresholds: { green: Number(rules.thresholds.green), yellow: Number(rules.thresholds.yellow) },
    latePenaltyPerDay: Number(rules.latePenaltyPerDay),
    defaultDeduction: Number(rules.defaultDeduction),
    breachRules: rules.breachRules.map((rule) => ({ ...rule, deduction: Number(rule.deduction) })),
    chaseRules: { overduePenalty: Number(chase.overduePenalty), overduePerDay: Number(chase.overduePerDay),
      reopenedPenalty: Number(chase.reopenedPenalty) },
  }
}

/** `完成情况 40 · 及时性 20 · …`: a version's components in one line. */
export const componentsLine = (components: ComponentRule[]) =>
  components.map((component) => `${component.label} ${formatNumber(component.weight, 0)}`).join(' · ')

export interface RuleChange { field: string; before: string; after: string }

/**
 * What differs between two rule sets, field by field in the notice's words: shown before adopting (what will
 * change) and after a 412 (what someone else changed meanwhile). `name` turns a negative-list item's id into words.
 */
export function diffRules(before: RulesProposal, after: RulesProposal,
  name: (indicatorId: string) => string = (id) => id): RuleChange[] {
  const changes: RuleChange[] = []
  const add = (field: string, a: unknown, b: unknown) => {
    const x = a === undefined || a === null ? '—' : typeof a === 'number' ? formatNumber(a) : String(a)
    const y = b === undefined || b === null ? '—' : typeof b === 'number' ? formatNumber(b) : String(b)
    if (x !== y) changes.push({ field, before: x, after: y })
  }
  const component = (rules: RulesProposal, name: string) => rules.components.find((c) => c.name === name)
  const names = [...new Set([...before.components, ...after.components].map((c) => c.name))]
  for (const name of names) {
    const a = component(before, name)
    const b = component(after, name)
    const label = (b ?? a)?.label ?? name
    add(`${label}权重`, a ? a.weight : '不计', b ? b.weight : '不计')
    if (a && b) add(`“${a.label}”的名称`, a.label, b.label)
  }
  add('绿灯线（% 时序进度）', Number(before.thresholds.green), Number(after.thresholds.green))
  add('黄灯线（% 时序进度）', Number(before.thresholds.yellow), Number(after.thresholds.yellow))
  add('逾期每天扣分', Number(before.latePenaltyPerDay), Number(after.latePenaltyPerDay))
  add('负面清单默认扣分', Number(before.defaultDeduction), Number(after.defaultDeduction))
  add('督办单逾期每次扣分', Number(before.chaseRules.overduePenalty), Number(after.chaseRules.overduePenalty))
  add('督办单逾期每天扣分', Number(before.chaseRules.overduePerDay), Number(after.chaseRules.overduePerDay))
  add('督办单退回重办每次扣分', Number(before.chaseRules.reopenedPenalty), Number(after.chaseRules.reopenedPenalty))
  const rule = (rules: RulesProposal['breachRules'], id: string) => rules.find((r) => r.indicatorId === id)
  const describe = (r?: { deduction: number; veto: boolean }) =>
    (r ? (r.veto ? '一票否决' : `扣 ${formatNumber(r.deduction)} 分`) : undefined)
  const ids = [...new Set([...before.breachRules, ...after.breachRules].map((r) => r.indicatorId))]
  for (const id of ids) add(`负面清单“${name(id)}”`, describe(rule(before.breachRules, id)), describe(rule(after.breachRules, id)))
  return changes
}

export const weightsSum = (proposal: RulesProposal) =>
  proposal.components.reduce((sum, component) => sum + Number(component.weight ?? 0), 0)

/** The editor's own checks, before asking the service (which checks the same and has the last word). */
export function draftProblems(proposal: RulesProposal): Record<string, string> {
  const problems: Record<string, string> = {}
  if (proposal.components.length === 0) problems.components = '至少须有一个评分项'
  else if (weightsSum(proposal) !== 100) problems.components = `各评分项权重之和须为 100（现为 ${weightsSum(proposal)}）`
  else if (proposal.components.some((c) => !c.label?.trim() || c.label.trim().length > 20)) {
    problems.components = '每个评分项须有 1–20 个字的名称'
  }
  const chase = proposal.chaseRules
  if ([chase.overduePenalty, chase.overduePerDay, chase.reopenedPenalty]
    .some((points) => points === null || points === undefined || points < 0 || points > 100)) {
    problems.chaseRules = '督办单扣分须在 0 到 100 之间'
  }
  const { green, yellow } = proposal.thresholds
  if (!(yellow > 0 && yellow < green && green <= 100)) problems.thresholds = '须满足 0 < 黄灯线 < 绿灯线 ≤ 100'
  const ids = proposal.breachRules.map((r) => r.indicatorId)
  if (ids.some((id) => !id)) problems.breachRules = '请为每条规则选择负面清单事项'
  else if (new Set(ids).size !== ids.length) problems.breachRules = '同一负面清单事项只能有一条规则'
  return problems
}
