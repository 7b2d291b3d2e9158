import { describe, expect, it } from 'vitest'
import { diffIndicators } from '@/components/indicator/indicatorDiff'
import { eventChanges, eventLabel, actorText } from '@/components/indicator/history'
import { filterIndicators, targetsSummary } from '@/components/indicator/indicatorFilter'
import type { HistoryEntry, Indicator } from '@/api/indicator'

const indicator = (overrides: Partial<Indicator> = {}): Indicator => ({
  indicatorId: 'plan-2020-x', planId: 'plan-2020', kind: 'MUNICIPAL_KEY_WORK', code: '市考个性工作-3',
  text: '推进一网通办', provincial: true, targets: [{ key: 'T1', value: 70, unit: '%', subject: '网办率' }],
  leadDepartments: ['政务服务处'], cooperatingDepartments: ['办公室'], allDepartmentsCooperate: false,
  leaders: ['段局长'], withdrawn: false, version: 3, ...overrides,
})

describe('412: what the other person changed', () => {
  it('lists each changed field from the version read to the current one, and nothing else', () => {
    const mine = indicator()
    const theirs = indicator({
      version: 4, targets: [{ key: 'T1', value: 75, unit: '%', subject: '网办率' }, { key: 'T2', value: 30, unit: '个' }],
      leaders: ['段局长', '王副局长'],
    })
    expect(diffIndicators(mine, theirs)).toEqual([
      { field: '目标值 T1', before: '70', after: '75' },
      { field: '目标 T2', before: '（无）', after: '30个' },
      { field: '责任领导', before: '段局长', after: '段局长、王副局长' },
    ])
  })

  it('reports text, departments and withdrawal', () => {
    const theirs = indicator({ text: '全面推进一网通办', leadDepartments: ['办公室'], allDepartmentsCooperate: true,
      withdrawn: true })
    expect(diffIndicators(indicator(), theirs).map((c) => c.field))
      .toEqual(['指标内容', '牵头处室', '各处室均配合', '状态'])
  })

  it('finds nothing when only the version moved', () => {
    expect(diffIndicators(indicator(), indicator({ version: 9 }))).toEqual([])
  })
})

const entry = (type: string, payload: Record<string, unknown>): HistoryEntry => ({
  sequence: 1, eventId: 'e1', type, occurredAt: '2020-08-01T02:00:00Z', actorId: 'office-admin', actorName: '张三',
  actorDepartment: '考核办', reason: '市考核办8月调整目标值', payload,
})

describe('history entries', () => {
  it('names the event in Chinese and lists the target fields that changed', () => {
    const revised = entry('indicator.IndicatorTargetRevised.v1', {
      before: { key: 'T1', value: 70, unit: '%', subject: '网办率' }, after: { key: 'T1', value: 75, unit: '%', subject: '网办率' } })
    expect(eventLabel(revised.type)).toBe('修改目标值')
    expect(eventChanges(revised)).toEqual([{ field: '目标值 T1', before: '70', after: '75' }])
    expect(actorText(revised)).toBe('张三（office-admin，考核办）')
  })

  it('shows department and leader reassignments from what to what', () => {
    const moved = entry('indicator.IndicatorDepartmentsAssigned.v1', { leadBefore: ['政务服务处'], cooperatingBefore: [],
      allCooperatingBefore: false, lead: ['办公室'], cooperating: [], allCooperating: true })
    expect(eventChanges(moved)).toEqual([
      { field: '牵头处室', before: '政务服务处', after: '办公室' },
      { field: '各处室均配合', before: '否', after: '是' },
    ])
    expect(eventLabel('indicator.IndicatorWithdrawn.v1')).toBe('撤销指标')
    expect(eventChanges(entry('indicator.IndicatorWithdrawn.v1', {}))).toEqual([])
  })
})

describe('indicator list filters', () => {
  const all = [
    indicator(),
    indicator({ indicatorId: 'b', code: '共性指标-1', kind: 'COMMON', provincial: false, text: '意识形态工作',
      leadDepartments: ['办公室'], cooperatingDepartments: [], allDepartmentsCooperate: true, leaders: ['王副局长'], targets: [] }),
  ]
  const none = { kind: '', department: '', role: 'any' as const, leader: '', provincialOnly: false, search: '' }

  it('filters by kind, ★, leader and code or text', () => {
    expect(filterIndicators(all, { ...none, kind: 'COMMON' }).map((i) => i.code)).toEqual(['共性指标-1'])
    expect(filterIndicators(all, { ...none, provincialOnly: true }).map((i) => i.code)).toEqual(['市考个性工作-3'])
    expect(filterIndicators(all, { ...none, leader: '王副局长' }).map((i) => i.code)).toEqual(['共性指标-1'])
    expect(filterIndicators(all, { ...none, search: '意识 形态' }).map((i) => i.code)).toEqual(['共性指标-1'])
  })

  it('counts 各处室 as cooperating for every department that does not lead', () => {
    expect(filterIndicators(all, { ...none, department: '政务服务处', role: 'cooperating' }).map((i) => i.code))
      .toEqual(['共性指标-1'])
    expect(filterIndicators(all, { ...none, department: '政务服务处', role: 'lead' }).map((i) => i.code))
      .toEqual(['市考个性工作-3'])
  })

  it('summarises targets in one cell', () => {
    expect(targetsSummary(all[0])).toBe('网办率 70%')
    expect(targetsSummary(all[1])).toBe('—')
  })
})
