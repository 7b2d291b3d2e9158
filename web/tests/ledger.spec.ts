import { describe, expect, it } from 'vitest'
import type { BoardRow, EvidenceView, LedgerTaskView, ReportBoard, ReportView } from '@/api/ledger'
import { boardSummary, defaultQuarter, evidenceFlags, historyLabel, lastOf, lateness, monthName, quarterTitle,
  reportChanges, reportState, taskChanges } from '@/components/ledger/ledgerView'

const row = (fields: Partial<BoardRow>): BoardRow =>
  ({ department: '督查处', status: 'NOT_STARTED', rounds: 0, overdue: false, ...fields })

describe('the quarter board', () => {
  it('names every report state in the notice\'s words', () => {
    expect(['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'].map((s) => reportState(s).label))
      .toEqual(['未开始', '草稿', '已提交', '已退回', '已接受'])
    expect(reportState('ACCEPTED').tag).toBe('success')
    expect(reportState('RETURNED').tag).toBe('danger')
  })

  it('sums the board up as submitted, accepted and overdue of all departments', () => {
    const board: Pick<ReportBoard, 'counts' | 'departments'> = {
      counts: { NOT_STARTED: 10, DRAFT: 1, SUBMITTED: 2, RETURNED: 1, ACCEPTED: 1, OVERDUE: 12 },
      departments: Array.from({ length: 15 }, () => row({})),
    }
    expect(boardSummary(board)).toBe(
      '共 15 个处室，2 已提交（待审核），1 已接受，1 已退回，1 草稿，10 未开始，12 逾期')
  })

  it('counts a state the service left out as none', () => {
    expect(boardSummary({ counts: {}, departments: [] })).toContain('0 已提交')
  })

  it('colours lateness: green on time, orange under a week, red a week or more and still missing', () => {
    expect(lateness(row({ status: 'ACCEPTED', submittedOn: '2020-09-30', daysLate: 0 })))
      .toEqual({ text: '按时报送', color: '#2e9d5b' })
    expect(lateness(row({ status: 'SUBMITTED', submittedOn: '2020-10-03', daysLate: 3 })))
      .toEqual({ text: '迟报 3 天', color: '#e6a23c' })
    expect(lateness(row({ status: 'SUBMITTED', submittedOn: '2020-10-07', daysLate: 7 })).color).toBe('#d03050')
    expect(lateness(row({ status: 'DRAFT', overdue: true, daysOverdue: 12 })))
      .toEqual({ text: '逾期 12 天未报', color: '#d03050' })
    expect(lateness(row({ status: 'NOT_STARTED' })).text).toBe('未到期')
  })

  it('opens on the business day\'s quarter within the plan year, else the nearest end of it', () => {
    expect(defaultQuarter(2020, new Date('2020-08-15T12:00:00+08:00'))).toBe('Q3')
    // 1 October 00:30 in Shanghai is still 30 September in UTC: the quarter is Shanghai's
    expect(defaultQuarter(2020, new Date('2020-09-30T16:30:00Z'))).toBe('Q4')
    expect(defaultQuarter(2020, new Date('2026-12-06T12:00:00Z'))).toBe('Q4')
    expect(defaultQuarter(2027, new Date('2026-12-06T12:00:00Z'))).toBe('Q1')
  })

  it('writes 2020-Q3 as 2020年第三季度 and 2020-08 as 2020年8月', () => {
    expect(quarterTitle('2020-Q3')).toBe('2020年第三季度')
    expect(monthName('2020-08')).toBe('2020年8月')
    expect(monthName('2020-11')).toBe('2020年11月')
  })
})

const report = (fields: Partial<ReportView>): ReportView => ({
  reportId: 'r1', planId: 'plan-2020', department: '督查处', quarter: '2020-Q3', dueOn: '2020-09-30',
  status: 'SUBMITTED', round: 1, narrative: '三季度督办事项全部办结。', evidence: ['e1'], progress: [],
  submittedOn: '2020-09-30', rounds: [], version: 3, ...fields,
})

describe('a stale version (412) shows what someone else changed', () => {
  it('lists the report fields that differ, in Chinese', () => {
    const changes = reportChanges(report({}), report({ status: 'RETURNED', version: 4 }))
    expect(changes).toEqual([{ field: '状态', before: '已提交', after: '已退回' }])
  })

  it('says nothing changed when only the version moved', () => {
    expect(reportChanges(report({}), report({ version: 9 }))).toEqual([])
  })

  it('shows a changed narrative clipped, and counts evidence', () => {
    const long = '一'.repeat(60)
    const changes = reportChanges(report({}), report({ narrative: long, evidence: ['e1', 'e2'] }))
    expect(changes.map((c) => c.field)).toEqual(['报告正文', '印证材料'])
    expect(changes[0].after).toBe(`${'一'.repeat(40)}…`)
    expect(changes[1]).toEqual({ field: '印证材料', before: '1 份', after: '2 份' })
  })

  it('lists the six defines that differ on a task', () => {
    const task: LedgerTaskView = { taskId: 't', planId: 'p', indicatorId: 'i', department: '督查处', carriedAs: 'LEAD',
      title: '督办', missing: [], status: 'SUBMITTED', belowTarget: false, version: 2,
      review: { state: 'PENDING' },
      defines: { qualitative: false, quantity: { value: 30, unit: '件' }, deadline: '2020-11-30' } }
    const after = { ...task, review: { state: 'RETURNED' as const }, defines: { ...task.defines,
      quantity: { value: 40, unit: '件' }, deadline: '2020-12-31' } }
    expect(taskChanges(task, after)).toEqual([
      { field: '审核状态', before: '待审核', after: '已退回' },
      { field: '定数量', before: '30件', after: '40件' },
      { field: '定时限', before: '2020年11月30日', after: '2020年12月31日' },
    ])
  })
})

describe('evidence and history', () => {
  const photo = (fields: Partial<EvidenceView>): EvidenceView => ({ evidenceId: 'e1', department: '督查处',
    contentType: 'image/png', photo: true, size: 10, capturedAt: '2020-08-12T02:30:00Z', uploadedAt: '2020-09-01T00:00:00Z',
    withdrawn: false, version: 1, ...fields })

  it('flags a photo taken outside this report\'s period and the same file uploaded before', () => {
    const item = photo({ duplicateOf: ['e0'], links: [
      { targetType: 'REPORT', targetId: 'r1', period: '2020-Q3', outsidePeriod: true },
      { targetType: 'REPORT', targetId: 'other', period: '2019-Q3', outsidePeriod: false }] })
    expect(evidenceFlags(item, 'r1').map((f) => f.text)).toEqual(['拍摄时间不在本报告期内', '同一文件此前已上传过'])
    expect(evidenceFlags(item, 'other').map((f) => f.text)).toEqual(['同一文件此前已上传过'])
  })

  it('says when a photo carries no capture time, without calling it a warning', () => {
    expect(evidenceFlags(photo({ capturedAt: null }), 'r1')).toEqual([{ text: '照片无拍摄时间', warn: false }])
  })

  it('names the events of a report and finds the last request of a kind', () => {
    expect(historyLabel('ledger.QuarterlyReportReturned.v1')).toBe('办公室退回')
    expect(historyLabel('ledger.SomethingNew.v2')).toBe('SomethingNew')
    const entries = [
      { sequence: 1, eventId: 'a', type: 'ledger.ReportCorrectionRequested.v1', occurredAt: 'x', reason: '第一次' },
      { sequence: 2, eventId: 'b', type: 'ledger.ReportCorrectionRefused.v1', occurredAt: 'y', reason: '不同意' },
      { sequence: 3, eventId: 'c', type: 'ledger.ReportCorrectionRequested.v1', occurredAt: 'z', reason: '第二次' },
    ]
    expect(lastOf(entries, 'ReportCorrectionRequested')?.reason).toBe('第二次')
  })
})
