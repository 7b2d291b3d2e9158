import { describe, expect, it } from 'vitest'
import type { ReportView } from '@/api/ledger'
import type { IndicatorProgress, TaskProgress } from '@/api/scoring'
import { departmentsOf, indicatorDepartments, leaderAlerts, reportLateness, targetRows, tasksByDepartment }
  from '@/components/leader/leaderView'

const task = (taskId: string, department: string): TaskProgress =>
  ({ taskId, department, title: `${department}任务`, percentOfPlan: 50, warning: 'YELLOW', explanation: '' })

const indicator = (indicatorId: string, tasks: TaskProgress[]): IndicatorProgress =>
  ({ planId: 'plan-2020', indicatorId, code: indicatorId, text: '', leaders: ['张新鳌'], warning: 'YELLOW', tasks,
    targets: [] })

describe('the alerts that concern a leader', () => {
  const mine = [indicator('i-4', [task('t-ducha', '督查处')]), indicator('i-2', [task('t-zw', '政务服务管理处')]),
    indicator('i-9', [task('t-ducha-2', '督查处')])]

  it('asks each department of the leader\'s indicators once: named by the plan, then carrying a task', () => {
    expect(departmentsOf(mine)).toEqual(['督查处', '政务服务管理处'])
    expect(departmentsOf(mine, [
      { indicatorId: 'i-9', leadDepartments: ['办公室'], cooperatingDepartments: ['督查处', '扶贫工作队'] },
      { indicatorId: 'not-mine', leadDepartments: ['宣传教育处'], cooperatingDepartments: [] },
    ])).toEqual(['办公室', '督查处', '扶贫工作队', '政务服务管理处'])
  })

  it('keeps department-wide alerts and only the task lights of the leader\'s own tasks, the most pressing first', () => {
    const alerts = leaderAlerts(mine, [
      { department: '督查处', alerts: [
        { kind: 'YELLOW', subject: 't-ducha', label: '市考个性工作-4 年度推进任务', dueOn: '2020-11-30' },
        { kind: 'RED', subject: 't-someone-elses', label: '别的领导的任务' },
        { kind: 'OPEN_GAP', subject: 'g1', label: '月度台账未附现场照片', dueOn: '2020-12-20' },
        { kind: 'OVERDUE_CHECK', subject: '督查处/2020-09', label: '2020-09 月度小结', dueOn: '2020-09-30' },
        { kind: 'OVERDUE_CHECK', subject: '督查处/2020-07', label: '2020-07 月度小结', dueOn: '2020-07-31' },
      ] },
      { department: '政务服务管理处', alerts: [{ kind: 'RED', subject: 't-zw', label: '市考个性工作-2 年度任务' }] },
    ])
    expect(alerts.map((alert) => `${alert.department} ${alert.kind} ${alert.subject}`)).toEqual([
      '政务服务管理处 RED t-zw',
      '督查处 OVERDUE_CHECK 督查处/2020-07',
      '督查处 OVERDUE_CHECK 督查处/2020-09',
      '督查处 YELLOW t-ducha',
      '督查处 OPEN_GAP g1',
    ])
  })

  it('has none when the departments answered none', () => {
    expect(leaderAlerts(mine, [{ department: '督查处', alerts: [] }])).toEqual([])
  })
})

describe('one indicator of a leader', () => {
  it('lists its lead departments first, then the cooperating, then those carrying a task unnamed', () => {
    const tasks = [task('a', '信息化建设处'), task('b', '审批制度改革处'), task('c', '政务服务管理处')]
    expect(indicatorDepartments(['政务服务管理处'], ['审批制度改革处'], false, tasks)).toEqual([
      { department: '政务服务管理处', role: '牵头' },
      { department: '审批制度改革处', role: '配合' },
      { department: '信息化建设处', role: '承担' },
    ])
    expect(indicatorDepartments(['督查处'], [], true, [task('x', '办公室')]).map((d) => d.role)).toEqual(['牵头', '配合'])
  })

  it('groups its tasks by department in the same order', () => {
    const groups = tasksByDepartment([task('1', '审批制度改革处'), task('2', '政务服务管理处'), task('3', '审批制度改革处')],
      ['政务服务管理处'], ['审批制度改革处'])
    expect(groups.map((group) => [group.department, group.tasks.map((t) => t.taskId)]))
      .toEqual([['政务服务管理处', ['2']], ['审批制度改革处', ['1', '3']]])
  })

  it('puts what the tasks reached beside each target, nothing where no task counts towards it', () => {
    expect(targetRows([{ key: 'T1', value: 30, unit: '个', subject: '示范镇街' }, { key: 'T2', value: 40, unit: '个' }],
      [{ key: 'T1', actualValue: 12, percent: 40 }])).toEqual([
      { key: 'T1', text: '示范镇街30 个', actual: 12, percent: 40 },
      { key: 'T2', text: '40 个', actual: null, percent: null },
    ])
  })

  it('says how late each report came in, or how long it has been missing', () => {
    const report = (fields: Partial<ReportView>): ReportView => ({ reportId: 'r', planId: 'p', department: '督查处',
      quarter: '2020-Q3', dueOn: '2020-10-10', status: 'SUBMITTED', round: 2, evidence: [], progress: [], rounds: [],
      version: 3, ...fields })
    expect(reportLateness(report({ submittedOn: '2020-10-25', daysLate: 15 })).text).toBe('迟报 15 天')
    expect(reportLateness(report({ submittedOn: '2020-10-09', daysLate: 0 })).text).toBe('按时报送')
    expect(reportLateness(report({ status: 'DRAFT', daysOverdue: 5 })).text).toBe('逾期 5 天未报')
    expect(reportLateness(report({ status: 'DRAFT' })).text).toBe('未到期')
  })
})
