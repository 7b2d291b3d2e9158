import { describe, expect, it } from 'vitest'
import type { CheckCalendar, MonthlyCheckView } from '@/api/checks'
import type { LedgerTaskView } from '@/api/ledger'
import {
  checkChanges, checkHistoryLabel, checkState, daysLate, dueSummary, latenessPreview, monthsOf, openableMonths,
  progressRequest, progressRows, rowChanged, type ProgressRow,
} from '@/components/checks/checkLogic'

const task = (fields: Partial<LedgerTaskView> & { taskId: string; title: string }): LedgerTaskView => ({
  planId: 'plan-2020', indicatorId: 'i-8', department: '综合服务处', carriedAs: 'LEAD',
  defines: { qualitative: false, quantity: { value: 120, unit: '个', targetKey: 'T1' } }, missing: [],
  status: 'SUBMITTED', review: { state: 'APPROVED' }, belowTarget: false, version: 3, ...fields,
})

const view = (fields: Partial<MonthlyCheckView> = {}): MonthlyCheckView => ({
  checkId: 'c-9', planId: 'plan-2020', department: '综合服务处', month: '2020-09', dueOn: '2020-09-30',
  status: 'OPEN', progress: [], gaps: [], version: 1, ...fields,
})

describe('the lateness a submission will carry', () => {
  it('is 按期 on or before the due date', () => {
    expect(latenessPreview('2020-10-31', '2020-10-15')).toEqual({ text: '按期', late: false, days: 0 })
    expect(latenessPreview('2020-10-31', '2020-10-31').text).toBe('按期')
  })

  it('counts whole days after the due date, as the service does, and says it will count as late', () => {
    expect(latenessPreview('2020-09-30', '2020-10-15')).toEqual({ text: '逾期 15 天，将计入迟报', late: true, days: 15 })
    expect(latenessPreview('2020-08-31', '2020-10-15').days).toBe(45)
    expect(daysLate('2020-03-01', '2020-02-29')).toBe(1)
  })

  it('names a check\'s state: open (overdue or not) or submitted (on time or late by n days)', () => {
    expect(checkState({ status: 'SUBMITTED', daysLate: 45 })).toEqual({ label: '已提交', lateness: '迟报 45 天', tag: 'danger' })
    expect(checkState({ status: 'SUBMITTED', daysLate: 0 }).lateness).toBe('按期')
    expect(checkState({ status: 'OPEN', daysOverdue: 15 }).lateness).toBe('已逾期 15 天')
    expect(checkState({ status: 'OPEN' }).lateness).toBe('未到期')
  })
})

describe('which month is due next', () => {
  const calendar: CheckCalendar = { planId: 'plan-2020', today: '2020-10-15', months: Array.from({ length: 12 }, (_, i) => {
    const month = `2020-${String(i + 1).padStart(2, '0')}`
    // a service with 3 grace days: the page must show its dates, not month end
    return { month, dueOn: new Date(Date.UTC(2020, i + 1, 3)).toISOString().slice(0, 10), begun: i < 10 }
  }) }

  it('takes the service\'s calendar when it answers one', () => {
    expect(monthsOf(calendar, 2020, '2020-10-15')).toEqual({ months: calendar.months, estimated: false })
    expect(calendar.months[8].dueOn).toBe('2020-10-03')
    expect(dueSummary(calendar.months, [], '2020-10-02').next?.month).toBe('2020-09')
  })

  it('without it counts month end itself (leap February too) and says the dates are estimated', () => {
    const { months, estimated } = monthsOf(null, 2020, '2020-10-15')
    expect(estimated).toBe(true)
    expect(months[1]).toEqual({ month: '2020-02', dueOn: '2020-02-29', begun: true })
    expect(months[9]).toEqual({ month: '2020-10', dueOn: '2020-10-31', begun: true })
    expect(months[10].begun).toBe(false)
  })

  it('is the first month not handed in whose due date has not passed; past ones since the plan are overdue', () => {
    const { months } = monthsOf(null, 2020, '2020-10-15')
    const due = dueSummary(months, [{ month: '2020-08', status: 'SUBMITTED' }, { month: '2020-09', status: 'OPEN' }],
      '2020-10-15', '2020-07')
    expect(due.next?.month).toBe('2020-10')
    expect(due.next?.dueOn).toBe('2020-10-31')
    expect(due.overdue.map((m) => m.month)).toEqual(['2020-07', '2020-09'])
  })

  it('offers to open only months begun by the business day and not opened yet', () => {
    const { months } = monthsOf(null, 2020, '2020-10-15')
    const offered = openableMonths(months, [{ month: '2020-08' }, { month: '2020-09' }]).map((m) => m.month)
    expect(offered).toContain('2020-10')
    expect(offered).not.toContain('2020-08')
    expect(offered).not.toContain('2020-11')
    expect(offered).toHaveLength(8)
  })
})

describe('progress rows and the requests they send', () => {
  const tasks = [
    task({ taskId: 'draft', title: '代办员业务培训', status: 'DRAFT', review: null, defines: { qualitative: true } }),
    task({ taskId: 'quant', title: '重大项目审批代办服务' }),
    task({ taskId: 'qual', title: '常态化疫情防控措施落实', defines: { qualitative: true, standard: '措施全部落实' } }),
    task({ taskId: 'pending', title: '“绿色通道”窗口建设', review: { state: 'PENDING' } }),
    task({ taskId: 'returned', title: '窗口评价', review: { state: 'RETURNED', reason: '数量低于目标' } }),
  ]
  const check = view({ progress: [{ taskId: 'quant', title: '重大项目审批代办服务', targetValue: 120, actualValue: 85,
    unit: '个', status: 'ON_TRACK', note: '新增12个', recordedAt: '2026-12-06T20:51:00Z' }] })
  const rows = progressRows(tasks, check)
  const byId = (id: string) => rows.find((r) => r.taskId === id)!

  it('lists approved tasks first with their target in their unit and what the check recorded', () => {
    expect(rows.map((r) => r.taskId)).toEqual(['quant', 'qual', 'draft', 'pending', 'returned'])
    expect(byId('quant')).toMatchObject({ target: '120 个', unit: '个', qualitative: false, approved: true,
      actualValue: 85, status: 'ON_TRACK', note: '新增12个', why: null })
    expect(byId('qual')).toMatchObject({ target: '定性：措施全部落实', unit: null, qualitative: true, status: null })
  })

  it('greys tasks not approved and says why', () => {
    expect(byId('draft').why).toContain('草稿')
    expect(byId('pending').why).toContain('待办公室审核')
    expect(byId('returned').why).toContain('办公室已退回（数量低于目标）')
    expect(rows.filter((r) => !r.approved)).toHaveLength(3)
  })

  it('sends a quantitative task\'s value in its unit, and a qualitative task\'s status alone', () => {
    expect(progressRequest({ ...byId('quant'), note: '  新增12个 ' }))
      .toEqual({ request: { actualValue: 85, unit: '个', status: 'ON_TRACK', note: '新增12个' } })
    expect(progressRequest({ ...byId('qual'), status: 'DONE' })).toEqual({ request: { status: 'DONE' } })
  })

  it('refuses a row without its value or status before asking the service', () => {
    expect(progressRequest({ ...byId('quant'), actualValue: null }))
      .toEqual({ error: '请填写本月完成值（个）', field: 'actualValue' })
    expect(progressRequest({ ...byId('quant'), actualValue: -1 })).toMatchObject({ field: 'actualValue' })
    expect(progressRequest(byId('qual'))).toEqual({ error: '请选择推进状态', field: 'status' })
  })

  it('knows when a row differs from what was saved', () => {
    const quant: ProgressRow = byId('quant')
    expect(rowChanged(quant, check)).toBe(false)
    expect(rowChanged({ ...quant, actualValue: 90 }, check)).toBe(true)
    expect(rowChanged({ ...quant, note: '新增12个  ' }, check)).toBe(false)
    expect(rowChanged(byId('qual'), check)).toBe(false)
    expect(rowChanged({ ...byId('qual'), status: 'DONE' }, check)).toBe(true)
  })
})

describe('a check changed by someone else (412)', () => {
  it('lists what changed: summary, a task\'s progress, gaps, the submission', () => {
    const before = view({ summary: '九月小结' })
    const after = view({ summary: '九月小结（修订）', status: 'SUBMITTED', submittedOn: '2020-10-15', daysLate: 15,
      progress: [{ taskId: 't', title: '代办服务', actualValue: 85, unit: '个', status: 'BEHIND', recordedAt: 'x' }],
      gaps: [{ gapId: 'g', checkId: 'c-9', department: '综合服务处', month: '2020-09', description: '缺材料', owner: '张三',
        fixBy: '2020-10-30', state: 'OPEN' }] })
    expect(checkChanges(before, after)).toEqual([
      { field: '状态', before: '填写中', after: '已提交' },
      { field: '小结', before: '九月小结', after: '九月小结（修订）' },
      { field: '进展：代办服务', before: '（未填）', after: '85个，滞后' },
      { field: '问题清单', before: '0 项（已销号 0）', after: '1 项（已销号 0）' },
      { field: '提交日期', before: '—', after: '2020年10月15日' },
    ])
    expect(checkChanges(before, before)).toEqual([])
  })

  it('names the history\'s events in the notice\'s words', () => {
    expect(checkHistoryLabel('ledger.MonthlyCheckSubmitted.v1')).toBe('提交月度检查')
    expect(checkHistoryLabel('ledger.GapClosed.v1')).toBe('问题整改销号')
  })
})
