import { describe, expect, it } from 'vitest'
import type { HistoryEntry, ReportView } from '@/api/ledger'
import { corrections, daysLateOn, reportTimeline, returnReason, submitNotice } from '@/components/reports/reportTimeline'

const report = (fields: Partial<ReportView>): ReportView => ({
  reportId: 'r1', planId: 'plan-2020', department: '督查处', quarter: '2020-Q3', dueOn: '2020-09-30',
  status: 'DRAFT', round: 0, evidence: [], progress: [], rounds: [], version: 1, ...fields,
})

let sequence = 0
const entry = (type: string, fields: Partial<HistoryEntry> = {}): HistoryEntry => ({
  sequence: sequence++, eventId: `e${sequence}`, type: `ledger.${type}.v1`, occurredAt: '2020-10-16T02:00:00Z',
  ...fields,
})

describe('the rounds of a report', () => {
  it('lists every round: submitted on and how late, returned with the office\'s reason, resubmitted', () => {
    const returned = report({ status: 'SUBMITTED', round: 2, rounds: [
      { round: 1, submittedOn: '2020-09-28', daysLate: 0, outcome: 'RETURNED', reason: '缺少示范点验收照片',
        decidedBy: '办公室管理员', decidedAt: '2020-10-09T01:30:00Z' },
      { round: 2, submittedOn: '2020-10-15', daysLate: 15 },
    ] })
    expect(reportTimeline(returned, []).map((step) => [step.title, step.when, step.detail, step.by ?? null]))
      .toEqual([
        ['第 1 轮报送', '2020年9月28日', '按时报送', null],
        ['办公室退回', '2020年10月9日 09:30', '缺少示范点验收照片', '办公室管理员'],
        ['第 2 轮重新报送', '2020年10月15日', '迟报 15 天', null],
      ])
  })

  it('ends an accepted report with the acceptance, then each correction and its decision', () => {
    const accepted = report({ status: 'ACCEPTED', round: 1, rounds: [
      { round: 1, submittedOn: '2020-10-15', daysLate: 15, outcome: 'ACCEPTED', decidedBy: '办公室管理员',
        decidedAt: '2020-10-15T03:00:00Z' }] })
    const history = [
      entry('QuarterlyReportDrafted'),
      entry('ReportCorrectionRequested', { reason: '完成量统计有误', actorName: '政务服务管理处联络员',
        payload: { correctionId: 'c1', narrative: '已完成七成' } }),
      entry('ReportCorrectionRefused', { reason: '与台账数据不符', actorName: '办公室管理员', payload: { correctionId: 'c1' } }),
      entry('ReportCorrectionRequested', { reason: '补充说明', payload: { correctionId: 'c2', narrative: '补充' } }),
    ]
    const steps = reportTimeline({ ...accepted, pendingCorrection: 'c2' }, history)
    expect(steps.map((step) => step.title))
      .toEqual(['第 1 轮报送', '办公室接受', '申请更正', '办公室拒绝更正', '申请更正'])
    expect(steps[3]).toMatchObject({ detail: '与台账数据不符', by: '办公室管理员', tone: 'danger' })
  })

  it('is empty for a draft never submitted', () => {
    expect(reportTimeline(report({}), [entry('QuarterlyReportDrafted')])).toEqual([])
  })
})

describe('the office\'s reason', () => {
  it('is the last return\'s reason while the report is back with the department', () => {
    const rounds = [
      { round: 1, submittedOn: '2020-10-01', daysLate: 1, outcome: 'RETURNED' as const, reason: '第一次退回' },
      { round: 2, submittedOn: '2020-10-05', daysLate: 5, outcome: 'RETURNED' as const, reason: '照片拍摄时间不在本季度' },
    ]
    expect(returnReason(report({ status: 'RETURNED', round: 2, rounds }))).toBe('照片拍摄时间不在本季度')
  })

  it('is not shown once the report is resubmitted or accepted', () => {
    const rounds = [{ round: 1, submittedOn: '2020-10-01', daysLate: 1, outcome: 'RETURNED' as const, reason: '退回' },
      { round: 2, submittedOn: '2020-10-05', daysLate: 5 }]
    expect(returnReason(report({ status: 'SUBMITTED', round: 2, rounds }))).toBeNull()
  })
})

describe('corrections after acceptance', () => {
  it('pairs each request with its decision', () => {
    const found = corrections([
      entry('ReportCorrectionRequested', { reason: '统计有误', payload: { correctionId: 'c1', narrative: '七成' } }),
      entry('ReportCorrectionApproved', { reason: '同意', payload: { correctionId: 'c1' } }),
    ])
    expect(found).toEqual([expect.objectContaining({ correctionId: 'c1', state: 'APPROVED', reason: '统计有误',
      narrative: '七成', decisionReason: '同意' })])
  })

  it('shows a pending correction the history has not caught up with', () => {
    expect(corrections([], 'c9')).toEqual([expect.objectContaining({ correctionId: 'c9', state: 'PENDING' })])
  })
})

describe('submitting', () => {
  it('counts the days after the due date, none on or before it', () => {
    expect(daysLateOn('2020-10-15', '2020-09-30')).toBe(15)
    expect(daysLateOn('2020-09-30', '2020-09-30')).toBe(0)
    expect(daysLateOn('2020-09-01', '2020-09-30')).toBe(0)
  })

  it('tells the lateness the submission will carry, and the due date', () => {
    expect(submitNotice('2020-10-15', '2020-09-30', 0)).toBe('报送截止日期为2020年9月30日，今天（2020年10月15日）报送将记为迟报 15 天。')
    expect(submitNotice('2020-09-29', '2020-09-30', 1)).toBe('报送截止日期为2020年9月30日，今天（2020年9月29日）第 2 轮重新报送为按时报送。')
  })
})
