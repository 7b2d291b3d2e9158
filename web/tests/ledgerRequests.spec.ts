import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BoardRow, ReportView } from '@/api/ledger'
import { report, reportBoard, reportHistory, taskHistory, tasksInReview } from '@/api/ledger'
import { correctionRequests, extensionRequests } from '@/components/ledger/requests'

vi.mock('@/api/ledger', () => ({ report: vi.fn(), reportBoard: vi.fn(), reportHistory: vi.fn(), taskHistory: vi.fn(),
  tasksInReview: vi.fn() }))

const row = (fields: Partial<BoardRow>): BoardRow =>
  ({ department: '督查处', status: 'ACCEPTED', rounds: 1, overdue: false, ...fields })

function boards(rows: BoardRow[]): void {
  vi.mocked(reportBoard).mockImplementation(async (planId, quarter) =>
    ({ planId, quarter, dueOn: '2020-09-30', counts: {}, departments: quarter.endsWith('Q3') ? rows : [] }))
}

describe('requests awaiting the office', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    vi.mocked(reportHistory).mockResolvedValue([{ sequence: 5, eventId: 'h', type: 'ledger.ReportCorrectionRequested.v1',
      occurredAt: 't', actorName: '陈静', reason: '统计有误', payload: { narrative: '更正后的正文' } }])
  })

  it('finds pending corrections on the four quarters\' boards, with the request\'s reason and corrected text', async () => {
    boards([row({ reportId: 'r1', pendingCorrection: 'c1' }),
      row({ department: '审批制度改革处', reportId: 'r2', pendingCorrection: null })])
    expect(await correctionRequests('plan-2020', 2020)).toEqual([{ reportId: 'r1', department: '督查处',
      quarter: '2020-Q3', correctionId: 'c1', reason: '统计有误', narrative: '更正后的正文', requestedBy: '陈静',
      requestedAt: 't' }])
    expect(vi.mocked(reportBoard).mock.calls.map((call) => call[1])).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4'])
    expect(report).not.toHaveBeenCalled()
  })

  it('reads each accepted report instead when the boards carry no pendingCorrection field (an older service)',
    async () => {
      boards([row({ reportId: 'r1' }), row({ department: '审批制度改革处', status: 'SUBMITTED', reportId: 'r3' })])
      vi.mocked(report).mockResolvedValue({ data: { pendingCorrection: 'c9' } as ReportView, etag: '"3"' })
      const found = await correctionRequests('plan-2020', 2020)
      expect(vi.mocked(report).mock.calls).toEqual([['r1']])
      expect(found.map((c) => c.correctionId)).toEqual(['c9'])
    })

  it('finds extension requests among the submitted tasks of every review state, with the liaison\'s reason', async () => {
    const task = (taskId: string, pending: boolean) => ({ taskId, title: taskId, department: '督查处',
      defines: { qualitative: true, deadline: '2020-11-30' },
      pendingExtension: pending ? { requestId: `x-${taskId}`, requestedDeadline: '2020-12-31' } : null })
    vi.mocked(tasksInReview).mockImplementation(async (_plan, state) =>
      (state === 'APPROVED' ? [task('a', true), task('b', false)] : state === 'PENDING' ? [task('c', true)] : []) as never)
    vi.mocked(taskHistory).mockResolvedValue([{ sequence: 2, eventId: 'e', type: 'ledger.ExtensionRequested.v1',
      occurredAt: 't', actorName: '督查处联络员', reason: '省级验收推迟' }])
    const found = await extensionRequests('plan-2020')
    expect(found.map((item) => [item.task.taskId, item.requestId, item.requestedDeadline, item.reason])).toEqual([
      ['c', 'x-c', '2020-12-31', '省级验收推迟'], ['a', 'x-a', '2020-12-31', '省级验收推迟']])
  })
})
