import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@/api/history'
import type { CarriedIndicator, CoSignTask, LedgerTaskView } from '@/api/tasks'
import { quarterOptions, signedBy } from '@/components/tasks/coSign'
import {
  changedDefines, changesBySequence, completenessPercent, emptyForm, extensionsOf, formOf, formProblems,
  groupByIndicator, missingDefines, missingText, requestOf, revisedSinceReturn, targetCheck, taskState,
  type DefinesForm,
} from '@/components/tasks/defines'

const form = (fields: Partial<DefinesForm>): DefinesForm => ({ ...emptyForm(), ...fields })

const complete = form({
  nature: '牵头推进主题服务', quantityValue: 100, quantityUnit: '个', targetKey: 'T1', standard: '群众满意度不低于95%',
  deadline: '2020-11-30', milestones: [{ dueOn: '2020-06-30', description: '完成方案' }], responsibleUnit: '政务服务管理处',
  responsiblePerson: '陈静', measures: '周调度、月通报',
})

const entry = (sequence: number, type: string, fields: Partial<HistoryEntry> = {}): HistoryEntry =>
  ({ sequence, eventId: `e${sequence}`, type: `ledger.${type}.v1`, occurredAt: `2020-10-0${sequence + 1}T02:00:00Z`,
    actorName: '督查处联络员', ...fields })

describe('the completeness of the six defines', () => {
  it('names every define of an empty form as missing, in the notice\'s order', () => {
    expect(missingText(missingDefines(emptyForm())))
      .toBe('还缺：定性质、定数量、定标准、定时限、定责任单位、定责任人')
    expect(completenessPercent(missingDefines(emptyForm()))).toBe(0)
  })

  it('counts a complete form as all six, without the main measures', () => {
    expect(missingDefines(complete)).toEqual([])
    expect(missingDefines({ ...complete, measures: '' })).toEqual([])
    expect(missingText([])).toBe('六定已齐全')
    expect(completenessPercent([])).toBe(100)
  })

  it('names only what is missing: 还缺：定标准、定时限', () => {
    const half = { ...complete, standard: '   ', deadline: null }
    expect(missingText(missingDefines(half))).toBe('还缺：定标准、定时限')
    expect(completenessPercent(missingDefines(half))).toBe(67)
  })

  it('takes a qualitative task\'s quantity as set, and a quantity as set only with its unit', () => {
    expect(missingDefines({ ...complete, quantityValue: null, quantityUnit: '', qualitative: true })).toEqual([])
    expect(missingDefines({ ...complete, quantityUnit: '' })).toEqual(['QUANTITY'])
    expect(missingDefines({ ...complete, quantityValue: null })).toEqual(['QUANTITY'])
  })

  it('does not take milestones alone for 定时限: the deadline sets it', () => {
    expect(missingDefines({ ...complete, deadline: null })).toEqual(['DEADLINE'])
  })
})

describe('the defines and the request', () => {
  it('maps a complete form to the API\'s DefinesRequest, trimmed', () => {
    expect(requestOf({ ...complete, nature: ' 牵头推进主题服务 ', responsiblePerson: '陈静 ' })).toEqual({
      nature: '牵头推进主题服务', quantity: { value: 100, unit: '个', targetKey: 'T1' }, qualitative: false,
      standard: '群众满意度不低于95%', deadline: '2020-11-30', milestones: [{ dueOn: '2020-06-30', description: '完成方案' }],
      responsibleUnit: '政务服务管理处', responsiblePerson: '陈静', measures: '周调度、月通报',
    })
  })

  it('sends blanks as null, no quantity for a qualitative or untouched one, and drops empty milestone rows', () => {
    const request = requestOf(form({ qualitative: true, quantityValue: 5, quantityUnit: '个',
      milestones: [{ dueOn: null, description: '  ' }] }))
    expect(request.quantity).toBeNull()
    expect(request.qualitative).toBe(true)
    expect(request.milestones).toEqual([])
    expect(request.nature).toBeNull()
    expect(requestOf(emptyForm()).quantity).toBeNull()
    expect(requestOf(form({ quantityValue: 3, quantityUnit: '次' })).quantity).toEqual({ value: 3, unit: '次', targetKey: null })
  })

  it('reads the service\'s defines back into the same form', () => {
    const back = formOf(requestOf(complete))
    expect(back).toEqual(complete)
    expect(formOf({ qualitative: true })).toEqual(form({ qualitative: true }))
  })

  it('finds what the service would refuse before sending it', () => {
    expect(formProblems(complete)).toEqual({})
    expect(formProblems(form({ quantityValue: 3 }))).toEqual({ 'quantity.unit': '请填写计量单位' })
    expect(formProblems(form({ quantityUnit: '个' }))).toEqual({ 'quantity.value': '请填写数量' })
    expect(formProblems(form({ quantityValue: 0, quantityUnit: '个' }))['quantity.value']).toContain('大于 0')
    expect(formProblems(form({ milestones: [{ dueOn: null, description: '只写了内容' }] })))
      .toEqual({ 'milestones.0': '节点的日期和内容都要填写' })
    expect(formProblems({ ...complete, milestones: [{ dueOn: '2020-12-01', description: '晚于时限' }] }))
      .toEqual({ 'milestones.0': '节点日期不能晚于完成时限' })
    expect(formProblems(form({ qualitative: true, quantityValue: 0 }))).toEqual({})
  })

  it('names the defines a revision changes, as the service counts them', () => {
    const before = requestOf(complete)
    expect(changedDefines(before, before)).toEqual([])
    expect(changedDefines(before, requestOf({ ...complete, standard: '新标准', measures: '新措施' })))
      .toEqual(['STANDARD', 'MEASURES'])
    expect(changedDefines(before, requestOf({ ...complete, milestones: [] }))).toEqual(['DEADLINE'])
    expect(changedDefines(before, requestOf({ ...complete, qualitative: true }))).toEqual(['QUANTITY'])
  })

  it('sets the quantity beside its indicator target and warns below it', () => {
    const targets = [{ key: 'T1', value: 100, unit: '个', subject: '主题服务' }]
    expect(targetCheck(complete, targets)?.below).toBe(false)
    expect(targetCheck({ ...complete, quantityValue: 80 }, targets)?.below).toBe(true)
    expect(targetCheck({ ...complete, targetKey: null }, targets)).toBeNull()
    expect(targetCheck({ ...complete, qualitative: true }, targets)).toBeNull()
  })
})

const task = (fields: Partial<LedgerTaskView>): LedgerTaskView => ({
  taskId: 't', planId: 'plan-2020', indicatorId: 'i1', indicatorCode: '市考个性工作-2', department: '督查处',
  carriedAs: 'LEAD', title: '任务', defines: { qualitative: true }, missing: [], status: 'DRAFT', belowTarget: false,
  version: 0, ...fields,
})

describe('the ledger list', () => {
  it('names a task\'s state from its status and the office\'s review', () => {
    expect(taskState(task({})).label).toBe('草稿')
    expect(taskState(task({ status: 'SUBMITTED', review: { state: 'PENDING' } })).label).toBe('已提交（待审核）')
    expect(taskState(task({ status: 'SUBMITTED', review: { state: 'APPROVED' } })).label).toBe('已审核')
    expect(taskState(task({ status: 'SUBMITTED', review: { state: 'RETURNED', reason: 'x' } })).tag).toBe('danger')
  })

  it('groups tasks by indicator, 牵头 indicators first', () => {
    const carried = (indicatorId: string, code: string, carriedAs: 'LEAD' | 'COOPERATING') =>
      ({ indicatorId, code, text: '', carriedAs, leadDepartments: [], cooperatingDepartments: [],
        allDepartmentsCooperate: false, targets: [], leaders: [] }) as CarriedIndicator
    const groups = groupByIndicator([
      task({ taskId: 'a', indicatorId: 'c0', carriedAs: 'COOPERATING' }), task({ taskId: 'b', indicatorId: 'l12' }),
      task({ taskId: 'c', indicatorId: 'l4' }), task({ taskId: 'd', indicatorId: 'l4' }),
    ], [carried('c0', '市考个性工作-0', 'COOPERATING'), carried('l12', '市考个性工作-12', 'LEAD'),
      carried('l4', '市考个性工作-4', 'LEAD')])
    expect(groups.map((g) => [g.code, g.tasks.map((t) => t.taskId).join('')]))
      .toEqual([['市考个性工作-4', 'cd'], ['市考个性工作-12', 'b'], ['市考个性工作-0', 'a']])
  })
})

describe('extensions and history', () => {
  const history = [
    entry(0, 'LedgerTaskDrafted'), entry(1, 'LedgerTaskSubmitted'),
    entry(2, 'ExtensionRequested', { reason: '验收推迟', payload: { requestId: 'r1', currentDeadline: '2020-11-30',
      requestedDeadline: '2020-12-31' } }),
    entry(3, 'ExtensionRefused', { actorName: '办公室管理员', reason: '理由不充分', payload: { requestId: 'r1' } }),
    entry(4, 'ExtensionRequested', { reason: '省级验收推迟', payload: { requestId: 'r2', currentDeadline: '2020-11-30',
      requestedDeadline: '2020-12-20' } }),
  ]

  it('tells every extension request with the office\'s decision and reason', () => {
    const records = extensionsOf(history)
    expect(records.map((r) => [r.requestedDeadline, r.state, r.reason, r.decisionReason, r.decidedBy])).toEqual([
      ['2020-12-31', 'REFUSED', '验收推迟', '理由不充分', '办公室管理员'],
      ['2020-12-20', 'PENDING', '省级验收推迟', null, null],
    ])
  })

  it('knows whether the defines were revised since the office returned them', () => {
    const returned = [entry(0, 'LedgerTaskDrafted'), entry(1, 'LedgerTaskSubmitted'), entry(2, 'LedgerTaskReturned')]
    expect(revisedSinceReturn(returned)).toBe(false)
    expect(revisedSinceReturn([...returned, entry(3, 'LedgerTaskDefinesRevised')])).toBe(true)
    expect(revisedSinceReturn([entry(0, 'LedgerTaskDefinesRevised'), ...returned.slice(1)])).toBe(false)
  })

  it('tells each define change from what to what', () => {
    const changes = changesBySequence([
      { define: 'QUANTITY', sequence: 3, occurredAt: '', type: 'x', before: 'QUALITATIVE',
        after: { value: 12, unit: '个', targetKey: 'T1' } },
      { define: 'STANDARD', sequence: 3, occurredAt: '', type: 'x', before: null, after: '满意度95%' },
    ])
    expect(changes.get(3)).toEqual([
      { field: '定数量', before: '定性（不计数量）', after: '12个（对应目标 T1）' },
      { field: '定标准', before: '', after: '满意度95%' },
    ])
  })
})

describe('会签', () => {
  const item: CoSignTask = { task: task({ status: 'SUBMITTED', coSignatures: [
    { quarter: '2020-Q2', department: '政务服务管理处', contribution: '提供事项清单' },
    { quarter: '2020-Q3', department: '督查处', contribution: '别的处室' },
  ] }), awaitingReports: ['2020-Q3'] }

  it('offers the plan year\'s quarters, marks this department\'s signatures and the quarter just ended', () => {
    const options = quarterOptions(2020, item, '政务服务管理处', '2020-10-15')
    expect(options.map((o) => [o.quarter, o.label, o.signed, o.lastEnded])).toEqual([
      ['2020-Q1', '第一季度', false, false], ['2020-Q2', '第二季度', true, false],
      ['2020-Q3', '第三季度', false, true], ['2020-Q4', '第四季度', false, false],
    ])
    expect(signedBy(item, '政务服务管理处', '2020-Q2')).toBe('提供事项清单')
    expect(quarterOptions(2020, item, '政务服务管理处', '2021-01-05').find((o) => o.lastEnded)?.quarter).toBe('2020-Q4')
  })
})
