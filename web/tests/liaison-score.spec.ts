import { describe, expect, it } from 'vitest'
import type { Opportunity } from '@/api/scoreOpportunities'
import { daysBetween, dueText, linkOf, pointsText } from '@/components/liaison/score'

const act = (kind: Opportunity['kind'], ids: Partial<Opportunity> = {}): Opportunity => ({
  kind, action: '提交2020年第三季度报告（附佐证资料）', points: 12.5, taskId: null, reportId: null, checkId: null,
  gapId: null, breachId: null, indicatorId: null, quarter: null, month: null, dueOn: null, ...ids,
})

describe('我的得分 · 提分建议', () => {
  it('leads each act to the page where the liaison does it, or to the list while the thing does not exist', () => {
    expect(linkOf(act('SUBMIT_REPORT', { reportId: 'r 1' })).to).toBe('/mine/reports/r%201')
    expect(linkOf(act('SUBMIT_REPORT'))).toEqual({ to: '/mine/reports', label: '去起草' })
    expect(linkOf(act('RESUBMIT_REPORT', { reportId: 'r1' })).to).toBe('/mine/reports/r1')
    expect(linkOf(act('REPORT_EVIDENCE', { reportId: 'r1' })).to).toBe('/mine/reports/r1')
    expect(linkOf(act('SUBMIT_CHECK', { checkId: 'c1' })).to).toBe('/mine/checks/c1')
    expect(linkOf(act('SUBMIT_CHECK'))).toEqual({ to: '/mine/checks', label: '去开启' })
    expect(linkOf(act('TASK_PROGRESS', { taskId: 't1' })).to).toBe('/mine/tasks/t1')
    expect(linkOf(act('TASK_STATUS', { taskId: 't1' })).to).toBe('/mine/tasks/t1')
    expect(linkOf(act('CLOSE_GAP', { taskId: 't1', gapId: 'g1' })).to).toBe('/mine/tasks/t1')
    expect(linkOf(act('CLOSE_GAP', { gapId: 'g1' })).to).toBe('/mine/checks')
  })

  it('makes an appeal on the page itself', () => {
    expect(linkOf(act('APPEAL_BREACH', { breachId: 'b1' }))).toEqual({ to: null, label: '提出申诉' })
  })

  it('writes the points as the scorer gave them, signed', () => {
    expect(pointsText(12.5)).toBe('+12.5 分')
    expect(pointsText('7.73')).toBe('+7.73 分')
    expect(pointsText(0)).toBe('不加分')
    expect(pointsText(-1.25)).toBe('−1.25 分')
  })

  it('says how late an act is against the business day, or when it is due', () => {
    expect(dueText(act('SUBMIT_REPORT', { dueOn: '2020-09-30' }), '2020-10-15')).toBe('已逾期 15 天（2020年9月30日）')
    expect(dueText(act('SUBMIT_CHECK', { dueOn: '2020-10-31' }), '2020-10-15')).toBe('截止 2020年10月31日')
    expect(dueText(act('SUBMIT_CHECK', { dueOn: '2020-10-15' }), '2020-10-15')).toBe('截止 2020年10月15日')
    expect(dueText(act('APPEAL_BREACH', { dueOn: '2020-08-20' }), '2020-10-15')).toBe('发生于 2020年8月20日')
    expect(dueText(act('TASK_STATUS'), '2020-10-15')).toBeNull()
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2)
  })
})
