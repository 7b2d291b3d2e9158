import { describe, expect, it } from 'vitest'
import { resultSentence, summarise, uploadProblemTitle } from '@/components/indicator/importSummary'
import type { ImportReport, ImportedIndicator, IndicatorKind } from '@/api/indicator'

const row = (code: string, kind: IndicatorKind, status: 'NEW' | 'EXISTS', targets: ImportedIndicator['parsed']['targets'] = []) => ({
  indicatorId: `plan-2020-${code}`, status,
  parsed: { kind, code, text: `${code} 的内容`, provincial: false, leadDepartments: ['办公室'], cooperatingDepartments: [],
    allDepartmentsCooperate: false, leaders: ['段局长'], targets, source: '表1 第3行' },
})

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  committed: false, planId: 'plan-2020', planExists: false, plan: { year: 2020, title: '2020年度目标责任考核' },
  counts: { PROVINCIAL_COMMON: 1, MUNICIPAL_KEY_WORK: 15, COMMON: 27, NEGATIVE_LIST: 9 }, total: 52,
  departments: ['办公室'], leaders: ['段局长'],
  indicators: [
    row('省考共性-1', 'PROVINCIAL_COMMON', 'NEW', [{ value: 30, unit: '个', subject: '示范镇街', phrase: '建成30个示范镇街' }]),
    row('市考个性工作-1', 'MUNICIPAL_KEY_WORK', 'EXISTS', [{ value: 75.5, unit: '%', subject: null }]),
  ],
  problems: [], created: 0, unchanged: 0, ...overrides,
})

describe('import dry run summary', () => {
  it('lists the four kinds in the notice order with their Chinese names, counts and the total', () => {
    const summary = summarise(report())
    expect(summary.counts.map((line) => [line.label, line.count])).toEqual([
      ['省考共性', 1], ['市考个性工作', 15], ['共性指标', 27], ['负面清单', 9]])
    expect(summary.total).toBe(52)
  })

  it('shows a kind absent from the file as 0 rather than leaving it out', () => {
    const summary = summarise(report({ counts: { COMMON: 27 }, total: 27 }))
    expect(summary.counts.map((line) => line.count)).toEqual([0, 0, 27, 0])
    expect(summary.total).toBe(27)
  })

  it('counts new and existing rows and puts each proposed target beside its indicator code', () => {
    const summary = summarise(report())
    expect(summary.newCount).toBe(1)
    expect(summary.existingCount).toBe(1)
    expect(summary.targets).toEqual([
      { code: '省考共性-1', subject: '示范镇街', value: '30', unit: '个', phrase: '建成30个示范镇街' },
      { code: '市考个性工作-1', subject: '', value: '75.5', unit: '%', phrase: '' },
    ])
  })

  it('says what a commit did in one sentence', () => {
    expect(resultSentence(report({ committed: true, created: 52, unchanged: 0 })))
      .toBe('导入完成：「2020年度目标责任考核」新建 52 项，已存在未改动 0 项，共 52 项。')
  })

  it('titles the upload refusals so the office knows what to do with the file', () => {
    expect(uploadProblemTitle(413, 'payload-too-large')).toContain('文件过大')
    expect(uploadProblemTitle(415, 'unsupported-media-type')).toContain('无法识别的文件类型')
    expect(uploadProblemTitle(422, 'file-too-complex')).toContain('文件过于复杂')
    expect(uploadProblemTitle(422, 'import-has-problems')).toContain('无法识别的行')
  })
})
