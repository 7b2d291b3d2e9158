import type { RuleSet, RulesProposal } from '@/api/scoring'
import { formatNumber } from '@/util/format'

/** A rule set as the editor holds it: the fields a proposal carries, copied so the version read stays intact. */
export function draftOf(rules: RuleSet): RulesProposal {
  return {
    weights: { ...rules.weights },
    thresholds: { green: Number(rules.thresholds.green), yellow: Number(rules.thresholds.yellow) },
    latePenaltyPerDay: Number(rules.latePenaltyPerDay),
    defaultDeduction: Number(rules.defaultDeduction),
    breachRules: rules.breachRules.map((rule) => ({ ...rule, deduction: Number(rule.deduction) })),
  }
}

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
  add('完成情况权重', before.weights.completion, after.weights.completion)
  add('及时性权重', before.weights.timeliness, after.weights.timeliness)
  add('资料报送及归档权重', before.weights.materials, after.weights.materials)
  add('督办权重', before.weights.supervision, after.weights.supervision)
  add('绿灯线（% 时序进度）', Number(before.thresholds.green), Number(after.thresholds.green))
  add('黄灯线（% 时序进度）', Number(before.thresholds.yellow), Number(after.thresholds.yellow))
  add('逾期每天扣分', Number(before.latePenaltyPerDay), Number(after.latePenaltyPerDay))
  add('负面清单默认扣分', Number(before.defaultDeduction), Number(after.defaultDeduction))
  const rule = (rules: RulesProposal['breachRules'], id: string) => rules.find((r) => r.indicatorId === id)
  const describe = (r?: { deduction: number; veto: boolean }) =>
    (r ? (r.veto ? '一票否决' : `扣 ${formatNumber(r.deduction)} 分`) : undefined)
  const ids = [...new Set([...before.breachRules, ...after.breachRules].map((r) => r.indicatorId))]
  for (const id of ids) add(`负面清单“${name(id)}”`, describe(rule(before.breachRules, id)), describe(rule(after.breachRules, id)))
  return changes
}

export const weightsSum = (proposal: RulesProposal) =>
  proposal.weights.completion + proposal.weights.timeliness + proposal.weights.materials + proposal.weights.supervision

/** The editor's own checks, before asking the service (which checks the same and has the last word). */
export function draftProblems(proposal: RulesProposal): Record<string, string> {
  const problems: Record<string, string> = {}
  if (weightsSum(proposal) !== 100) problems.weights = `四项权重之和须为 100（现为 ${weightsSum(proposal)}）`
  const { green, yellow } = proposal.thresholds
  if (!(yellow > 0 && yellow < green && green <= 100)) problems.thresholds = '须满足 0 < 黄灯线 < 绿灯线 ≤ 100'
  const ids = proposal.breachRules.map((r) => r.indicatorId)
  if (ids.some((id) => !id)) problems.breachRules = '请为每条规则选择负面清单事项'
  else if (new Set(ids).size !== ids.length) problems.breachRules = '同一负面清单事项只能有一条规则'
  return problems
}
