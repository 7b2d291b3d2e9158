import { describe, expect, it } from 'vitest'
import { deadlinesByIndicator, dueList, lightsByIndicator, targetText } from '@/components/liaison/mine'

describe('我的处室', () => {
  it('writes a target as the notice does', () => {
    expect(targetText({ key: 'T1', value: 30, unit: '个', subject: '示范镇街' })).toBe('30个 示范镇街')
    expect(targetText({ key: 'T1', value: '95.0', unit: '%', subject: null })).toBe('95%')
  })

  it('groups the ledger\'s deadlines by indicator, earliest first, undated last', () => {
    const byIndicator = deadlinesByIndicator({ planId: 'p', department: '督查处', items: [
      { taskId: 'a', indicatorId: 'i1', title: '年底', defines: { deadline: '2020-12-31' }, status: 'DRAFT' },
      { taskId: 'b', indicatorId: 'i1', title: null, defines: null, status: 'DRAFT' },
      { taskId: 'c', indicatorId: 'i1', title: '年中', defines: { deadline: '2020-06-30' }, status: 'SUBMITTED' },
      { taskId: 'd', indicatorId: 'i2', title: '其他', defines: { deadline: '2020-03-31' }, status: 'SUBMITTED' },
    ] })
    expect(byIndicator.get('i1')!.map((task) => task.taskId)).toEqual(['c', 'a', 'b'])
    expect(byIndicator.get('i1')![2].title).toBe('台账任务')
    expect(byIndicator.get('i2')).toHaveLength(1)
    expect(deadlinesByIndicator(null).size).toBe(0)
  })
})

describe('我的指标 · 近期应办', () => {
  const ledger = { planId: 'p', department: '督查处', items: [
    { taskId: 't1', indicatorId: 'i1', title: '年底完成', defines: { deadline: '2020-12-31' }, status: 'APPROVED' },
    { taskId: 't0', indicatorId: 'i1', title: '已过时限', defines: { deadline: '2020-09-30' }, status: 'APPROVED' },
    { taskId: 't2', indicatorId: 'i2', title: null, defines: null, status: 'DRAFT' },
  ] }

  it('lists open checks, this month\'s if not opened, the quarter\'s report, overdue ones, deadlines and gaps by date', () => {
    const due = dueList({ today: '2020-10-15', year: 2020, issuedOn: '2020-07-01', ledger,
      checks: [
        { checkId: 'c9', month: '2020-09', dueOn: '2020-09-30', status: 'OPEN' },
        { checkId: 'c8', month: '2020-08', dueOn: '2020-08-31', status: 'SUBMITTED' },
      ],
      alerts: [
        { kind: 'OVERDUE_CHECK', subject: 'c9', label: '2020-09 月度小结', dueOn: '2020-09-30' },
        { kind: 'OVERDUE_CHECK', subject: '督查处/2020-07', label: '2020-07 月度小结', dueOn: '2020-07-31' },
        { kind: 'OVERDUE_REPORT', subject: '督查处/2020-Q3', label: '2020-Q3 季度报告', dueOn: '2020-09-30' },
        { kind: 'OPEN_GAP', subject: 'g1', label: '缺少现场照片', dueOn: '2020-10-20' },
        { kind: 'RED', subject: 't1', label: '年底完成', dueOn: '2020-12-31' },
      ] })
    expect(due.map((item) => [item.label, item.dueOn, item.overdue, item.to])).toEqual([
      ['2020年7月月度检查（尚未开启）', '2020-07-31', true, '/mine/checks'],
      ['2020年9月月度检查', '2020-09-30', true, '/mine/checks/c9'],
      ['2020年第三季度报告', '2020-09-30', true, '/mine/reports'],
      ['问题整改：缺少现场照片', '2020-10-20', false, '/mine/checks'],
      ['2020年10月月度检查（尚未开启）', '2020-10-31', false, '/mine/checks'],
      ['2020年第四季度报告', '2020-12-31', false, '/mine/reports'],
      ['台账任务：年底完成', '2020-12-31', false, '/mine/tasks/t1'],
    ])
  })

  it('offers nothing of a month or quarter before the notice, nor this month\'s check unread from the ledger', () => {
    const due = dueList({ today: '2020-06-15', year: 2020, issuedOn: '2020-07-01', ledger: null, checks: [], alerts: [] })
    expect(due).toEqual([])
    const unknown = dueList({ today: '2020-10-15', year: 2020, issuedOn: '2020-07-01', ledger: null, checks: null, alerts: [] })
    expect(unknown.map((item) => item.label)).toEqual(['2020年第四季度报告'])
  })

  it('lights an indicator by the worst light of its scored tasks', () => {
    const lights = lightsByIndicator(ledger, [
      { subject: 't1', warning: 'GREEN' }, { subject: 't0', warning: 'RED' }, { subject: 't2', warning: 'NONE' },
      { subject: 'elsewhere', warning: 'RED' },
    ])
    expect(lights.get('i1')).toBe('RED')
    expect(lights.has('i2')).toBe(false)
    expect(lightsByIndicator(null, [{ subject: 't1', warning: 'RED' }]).size).toBe(0)
  })
})
