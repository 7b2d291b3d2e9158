import type { Scorecard } from '@/api/scoring'
import { formatNumber } from '@/util/format'

/**
 * A scorecard's arithmetic written out as the scorer computes it: base = Σ weight × score ÷ Σ weight over the
 * components that apply; total = base + bonus − deductions (not below 0); a veto makes it 0.
 */
export function baseArithmetic(card: Scorecard): string {
  const applicable = card.components.filter((c) => c.applicable)
  if (applicable.length === 0) return '还没有适用的评分项，基础分 0'
  const terms = applicable.map((c) => `${c.label} ${formatNumber(c.score)} × ${c.weight}`).join(' + ')
  const weights = applicable.reduce((sum, c) => sum + c.weight, 0)
  return `基础分 =（${terms}）÷ ${weights} = ${formatNumber(card.base)}`
}

export function totalArithmetic(card: Scorecard): string {
  if (card.vetoed) return '触发一票否决，总分 0'
  return `总分 = 基础分 ${formatNumber(card.base)} + 加分 ${formatNumber(card.bonus)} − 扣分 ${formatNumber(card.deductions)}`
    + ` = ${formatNumber(card.total)}`
}
