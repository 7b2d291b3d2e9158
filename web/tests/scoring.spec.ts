import { describe, expect, it } from 'vitest'
import {
  componentsOption, contributions, lightsOption, rankChanges, rankingOption, trendOption,
} from '@/components/scoring/charts'
import { diffRules, draftOf, draftProblems } from '@/components/scoring/rules'
import { alertSummary, eventName, periodName, quartersRun } from '@/components/scoring/labels'
import { baseArithmetic, totalArithmetic } from '@/components/scoring/arithmetic'
import { LIGHTS } from '@/util/format'
import type { ComponentRule, ComponentScore, RankingRow, RuleSet, Scorecard } from '@/api/scoring'

const row = (department: string, rank: number, total: number, warning: RankingRow['warning'],
  parts: Partial<RankingRow> = {}): RankingRow => ({
  rank, department, total, base: total, components: [], bonus: 0, deductions: 0, vetoed: false, warning, alerts: 0,
  rulesVersion: 0, evaluatedOn: '2020-10-15', ...parts,
})

/** The default rules' four components with the scores and weighted shares the service sends. */
const components = (scores: (number | null)[], weighted: (number | null)[]): ComponentScore[] =>
  [['completion', '完成情况', 40], ['timeliness', '及时性', 20], ['materials', '资料报送及归档', 20], ['supervision', '督办', 20]]
    .map(([name, label, weight], i) => ({ name: name as string, label: label as string, weight: weight as number,
      score: scores[i], weighted: weighted[i] }))

// the scripted case of scoring-service's tests: A 政务服务管理处 and B 审批制度改革处 on 2020-10-15
const A = row('政务服务管理处', 1, 74.62, 'RED',
  { base: 73.62, components: components([69.06, 65, 75, 90], [27.62, 13, 15, 18]), bonus: 3, deductions: 2 })
// B has no supervision score yet: left out with its weight, the other three share 80
const B = row('审批制度改革处', 2, 68.75, 'GREEN',
  { components: components([100, 75, 0, null], [50, 18.75, 0, null]) })

describe('the overview charts', () => {
  it('draws the ranking first place on top, each bar in its light colour', () => {
    const option = rankingOption([A, B]) as any
    expect(option.yAxis.data).toEqual(['审批制度改革处', '政务服务管理处'])
    expect(option.series[0].data.map((d: any) => d.itemStyle.color)).toEqual([LIGHTS.GREEN.color, LIGHTS.RED.color])
    expect(option.series[0].data.map((d: any) => d.value)).toEqual([68.75, 74.62])
  })

  it('stacks each department\'s weighted components up to its base score', () => {
    const a = contributions(A)
    expect(a).toEqual({ completion: 27.62, timeliness: 13, materials: 15, supervision: 18 })
    expect(a.completion! + a.timeliness! + a.materials! + a.supervision!).toBeCloseTo(73.62, 1)
    const b = contributions(B)
    expect(b).toEqual({ completion: 50, timeliness: 18.75, materials: 0, supervision: null })
    const option = componentsOption([A, B]) as any
    expect(option.series).toHaveLength(4)
    expect(option.series.every((s: any) => s.stack === 'base')).toBe(true)
    expect(option.series[0].data).toEqual([50, 27.62])
    expect(option.series[0].name).toBe('完成情况 40')
  })

  it('stacks only the components the rules count, as they label and weigh them', () => {
    const two = (name: string, completion: number, supervision: number) => row(name, 1, completion, 'GREEN', {
      components: [{ name: 'completion', label: '任务完成', weight: 70, score: completion, weighted: completion * 0.7 },
        { name: 'supervision', label: '督查督办', weight: 30, score: supervision, weighted: supervision * 0.3 }],
    })
    const option = componentsOption([two('甲', 100, 80), two('乙', 50, 100)]) as any
    expect(option.series.map((s: any) => s.name)).toEqual(['任务完成 70', '督查督办 30'])
    expect(option.series[1].data).toEqual([30, 24])
  })

  it('draws one line per department over the quarters, leaving unscored quarters as gaps', () => {
    const option = trendOption([
      { period: '2020-Q3', totals: { 政务服务管理处: 79.18, 审批制度改革处: 70 } },
      { period: '2020-Q4', totals: { 政务服务管理处: 69.06 } },
    ], ['政务服务管理处', '审批制度改革处']) as any
    expect(option.xAxis.data).toEqual(['第三季度', '第四季度'])
    expect(option.series.map((s: any) => s.data)).toEqual([[79.18, 69.06], [70, null]])
  })

  it('shows the lights in their colours, without empty slices', () => {
    const option = lightsOption({ GREEN: 1, RED: 1, NONE: 0 }) as any
    expect(option.series[0].data).toEqual([
      { name: '绿灯', value: 1, itemStyle: { color: LIGHTS.GREEN.color } },
      { name: '红灯', value: 1, itemStyle: { color: LIGHTS.RED.color } },
    ])
  })

  it('summarises a department\'s alerts by kind, the most pressing first', () => {
    expect(alertSummary([{ kind: 'OVERDUE_CHECK' }, { kind: 'OPEN_GAP' }, { kind: 'RED' }, { kind: 'OVERDUE_CHECK' }]))
      .toEqual([{ kind: 'RED', label: '红灯任务', count: 1 }, { kind: 'OVERDUE_CHECK', label: '月度检查逾期', count: 2 },
        { kind: 'OPEN_GAP', label: '整改未完成', count: 1 }])
  })

  it('knows the quarters a plan has run in by a day', () => {
    expect(quartersRun(2020, '2020-07-07', '2020-10-15')).toEqual(['2020-Q3', '2020-Q4'])
    expect(quartersRun(2020, '2020-07-07', '2020-08-31')).toEqual(['2020-Q3'])
    expect(quartersRun(2020, '2020-01-01', '2026-12-07')).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4'])
    expect(periodName('2020-Q3')).toBe('2020年第三季度')
    expect(periodName('2020')).toBe('2020年全年')
  })

  it('names the events behind a score for people (得分反查)', () => {
    expect(eventName('ledger.LedgerTaskApproved.v1')).toBe('审核通过六定')
    expect(eventName('scoring.SupervisionScoreAssigned.v1')).toBe('督办评分')
    expect(eventName('ledger.SomethingNew.v2')).toBe('SomethingNew')
  })
})

describe('the what-if', () => {
  it('shows who moves up and who down (arrows and places)', () => {
    const lines = rankChanges([
      { department: 'B', current: 68.75, proposed: 86.11, delta: 17.36, currentRank: 2, proposedRank: 1 },
      { department: 'A', current: 74.62, proposed: 72.34, delta: -2.28, currentRank: 1, proposedRank: 2 },
      { department: 'C', current: 50, proposed: 50, delta: 0, currentRank: 3, proposedRank: 3 },
    ])
    expect(lines.map((l) => [l.department, l.arrow, l.moved])).toEqual([['B', '↑', 1], ['A', '↓', -1], ['C', '—', 0]])
  })
})

describe('the rules editor', () => {
  const v0: RuleSet = { version: 0, components: components([], []).map(({ name, label, weight }) => ({ name, label, weight })),
    thresholds: { green: 95, yellow: 85 }, latePenaltyPerDay: 10, defaultDeduction: 2, breachRules: [],
    chaseRules: { overduePenalty: 5, overduePerDay: 1, reopenedPenalty: 3 }, adoptedBy: 'system', reason: '默认规则' }
  const weightOf = (rules: { components: ComponentRule[] }, name: string) =>
    rules.components.find((c) => c.name === name)!

  it('lists what a draft changes, in words, and leaves the version read untouched', () => {
    const draft = draftOf(v0)
    weightOf(draft, 'completion').weight = 70
    weightOf(draft, 'timeliness').weight = 10
    weightOf(draft, 'supervision').label = '督查督办'
    draft.components = draft.components.filter((c) => c.name !== 'materials')
    draft.chaseRules.reopenedPenalty = 6
    draft.breachRules.push({ indicatorId: 'n5', deduction: 5, veto: true })
    expect(weightOf(v0, 'completion').weight).toBe(40)
    expect(diffRules(draftOf(v0), draft, (id) => (id === 'n5' ? '负面清单-5' : id))).toEqual([
      { field: '完成情况权重', before: '40', after: '70' },
      { field: '及时性权重', before: '20', after: '10' },
      { field: '资料报送及归档权重', before: '20', after: '不计' },
      { field: '“督办”的名称', before: '督办', after: '督查督办' },
      { field: '督办单退回重办每次扣分', before: '3', after: '6' },
      { field: '负面清单“负面清单-5”', before: '—', after: '一票否决' },
    ])
    expect(diffRules(draftOf(v0), draftOf(v0))).toEqual([])
  })

  it('refuses weights not adding to 100, thresholds out of order and duplicate items before asking', () => {
    const draft = draftOf(v0)
    weightOf(draft, 'completion').weight = 50
    draft.thresholds = { green: 80, yellow: 90 }
    draft.chaseRules.overduePenalty = -1
    draft.breachRules = [{ indicatorId: 'n1', deduction: 2, veto: false }, { indicatorId: 'n1', deduction: 3, veto: false }]
    expect(draftProblems(draft)).toEqual({
      components: '各评分项权重之和须为 100（现为 110）',
      chaseRules: '督办单扣分须在 0 到 100 之间',
      thresholds: '须满足 0 < 黄灯线 < 绿灯线 ≤ 100',
      breachRules: '同一负面清单事项只能有一条规则',
    })
    expect(draftProblems(draftOf(v0))).toEqual({})
  })
})

describe('a scorecard\'s arithmetic', () => {
  const card = {
    base: 73.62, bonus: 3, deductions: 2, total: 74.62, vetoed: false,
    components: [
      { name: 'completion', label: '完成情况', weight: 40, applicable: true, score: 69.06 },
      { name: 'timeliness', label: '及时性', weight: 20, applicable: true, score: 65 },
      { name: 'materials', label: '资料报送及归档', weight: 20, applicable: true, score: 75 },
      { name: 'supervision', label: '督办', weight: 20, applicable: false, score: 0 },
    ],
  } as unknown as Scorecard

  it('writes the weighted mean over the components that apply, then bonus and deductions', () => {
    expect(baseArithmetic(card)).toBe('基础分 =（完成情况 69.06 × 40 + 及时性 65 × 20 + 资料报送及归档 75 × 20）÷ 80 = 73.62')
    expect(totalArithmetic(card)).toBe('总分 = 基础分 73.62 + 加分 3 − 扣分 2 = 74.62')
    expect(totalArithmetic({ ...card, vetoed: true })).toBe('触发一票否决，总分 0')
  })
})
