import type { Opportunity } from '@/api/scoreOpportunities'
import { formatDate, formatNumber } from '@/util/format'

/**
 * 我的得分's reading of 提分建议: where the liaison does each act, how its points and due date read. The points
 * themselves are the scorer's (scoring computes them); nothing here scores.
 */

export interface ActLink {
  /** The route, or null when the act is done on this page (an appeal). */
  to: string | null
  label: string
}

/** The page where the liaison does the act: the thing itself, or its list when it does not exist yet. */
export function linkOf(opportunity: Opportunity): ActLink {
  const id = (value: string) => encodeURIComponent(value)
  switch (opportunity.kind) {
    case 'SUBMIT_REPORT':
      return opportunity.reportId ? { to: `/mine/reports/${id(opportunity.reportId)}`, label: '去报送' }
        : { to: '/mine/reports', label: '去起草' }
    case 'RESUBMIT_REPORT':
    case 'REPORT_EVIDENCE':
      return { to: opportunity.reportId ? `/mine/reports/${id(opportunity.reportId)}` : '/mine/reports', label: '去修改' }
    case 'SUBMIT_CHECK':
      return opportunity.checkId ? { to: `/mine/checks/${id(opportunity.checkId)}`, label: '去提交' }
        : { to: '/mine/checks', label: '去开启' }
    case 'TASK_PROGRESS':
    case 'TASK_STATUS':
    case 'CLOSE_GAP':
      return opportunity.taskId ? { to: `/mine/tasks/${id(opportunity.taskId)}`, label: '去办理' }
        : { to: '/mine/checks', label: '去办理' }
    case 'APPEAL_BREACH':
      return { to: null, label: '提出申诉' }
    default:
      return { to: '/mine', label: '查看' }
  }
}

/** "+12.5 分", "不加分", "−1 分". */
export function pointsText(points: number | string): string {
  const value = Number(points)
  if (value === 0) return '不加分'
  if (value < 0) return `−${formatNumber(-value)} 分`
  return `+${formatNumber(value)} 分`
}

/** When the act is due, against the business day: "已逾期 15 天（2020年9月30日）" or "截止 2020年10月31日". */
export function dueText(opportunity: Opportunity, today: string): string | null {
  if (!opportunity.dueOn) return null
  if (opportunity.kind === 'APPEAL_BREACH') return `发生于 ${formatDate(opportunity.dueOn)}`
  const late = daysBetween(opportunity.dueOn, today)
  return late > 0 ? `已逾期 ${late} 天（${formatDate(opportunity.dueOn)}）` : `截止 ${formatDate(opportunity.dueOn)}`
}

/** Whole days from `from` to `to` (dates as 2020-09-30). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
