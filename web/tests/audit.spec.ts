import { describe, expect, it } from 'vitest'
import {
  actorText, emptyFilters, EVENT_TYPES, eventQuery, eventTypeName, fieldLabel, filtersOf, parseType, typeGroups,
  valueText, verifyCommand, type ChainKey,
} from '@/api/audit'

describe('the search filters as the audit view\'s query', () => {
  it('asks for a page of events with no filter when nothing is chosen', () => {
    expect(eventQuery(emptyFilters())).toEqual({ limit: 50 })
  })

  it('sends each chosen filter under the gateway\'s name, trimmed, and leaves blanks out', () => {
    const query = eventQuery({ ...emptyFilters(), department: '督查处', actorId: '  liaison-duchachu ',
      type: 'ledger.QuarterlyReportReturned.v1', aggregateId: '   ' })
    expect(query).toEqual({ limit: 50, department: '督查处', actorId: 'liaison-duchachu',
      type: 'ledger.QuarterlyReportReturned.v1' })
  })

  it('sends the time range as instants, [from, to)', () => {
    const query = eventQuery({ ...emptyFilters(),
      range: [new Date('2020-10-01T00:00:00+08:00'), new Date('2020-10-15T18:30:00+08:00')] })
    expect(query.from).toBe('2020-09-30T16:00:00.000Z')
    expect(query.to).toBe('2020-10-15T10:30:00.000Z')
  })

  it('reads on from the cursor the last page gave', () => {
    expect(eventQuery({ ...emptyFilters(), department: '督查处' }, 'ledger:63,identity:21', 20))
      .toEqual({ limit: 20, department: '督查处', cursor: 'ledger:63,identity:21' })
  })

  it('takes the filters back from the page\'s address, a range only when both ends are instants', () => {
    const filters = filtersOf({ department: '督查处', type: 'ledger.GapFound.v1', from: '2020-09-30T16:00:00.000Z',
      to: '2020-10-15T10:30:00.000Z', limit: '50' })
    expect(filters.department).toBe('督查处')
    expect(filters.type).toBe('ledger.GapFound.v1')
    expect(filters.range?.map((d) => d.toISOString())).toEqual(['2020-09-30T16:00:00.000Z', '2020-10-15T10:30:00.000Z'])
    expect(eventQuery(filters)).toEqual({ limit: 50, department: '督查处', type: 'ledger.GapFound.v1',
      from: '2020-09-30T16:00:00.000Z', to: '2020-10-15T10:30:00.000Z' })
    expect(filtersOf({ from: 'yesterday', to: '2020-10-15T10:30:00.000Z' }).range).toBeNull()
    expect(filtersOf({ from: '2020-09-30T16:00:00.000Z' }).range).toBeNull()
    expect(filtersOf({ actorId: ['a', 'b'] }).actorId).toBe('')
  })
})

describe('event types', () => {
  it('names the wire type in the office\'s words', () => {
    expect(eventTypeName('ledger.QuarterlyReportReturned.v1')).toBe('退回季度报告')
    expect(eventTypeName('indicator.IndicatorTargetRevised.v1')).toBe('修改目标值')
    expect(eventTypeName('scoring.NegativeListBreachRecorded.v1')).toBe('认定负面清单事项')
    expect(eventTypeName('identity.AccountLocked.v1')).toBe('连续输错密码，锁定')
    expect(eventTypeName('evidence.EvidenceUploaded.v2')).toBe('上传佐证材料')
  })

  it('falls back to the bare name for a type no context knows', () => {
    expect(eventTypeName('ledger.SomethingNew.v1')).toBe('SomethingNew')
    expect(eventTypeName('odd type')).toBe('odd type')
  })

  it('reads context, name and version off the type', () => {
    expect(parseType('ledger.GapFound.v3')).toEqual({ context: 'ledger', name: 'GapFound', version: 3 })
    expect(parseType('GapFoundEvent')).toEqual({ context: null, name: 'GapFound', version: 1 })
  })

  it('offers every type grouped by its context, as the filter the API takes, each with a Chinese name', () => {
    const groups = typeGroups()
    expect(groups.map((group) => group.label)).toEqual(['指标', '台账与报告', '佐证材料', '督办与评分', '账号'])
    const values = groups.flatMap((group) => group.options)
    expect(values).toHaveLength(Object.values(EVENT_TYPES).reduce((n, names) => n + Object.keys(names).length, 0))
    for (const group of groups) {
      for (const option of group.options) {
        expect(option.value).toMatch(new RegExp(`^${group.context}\\.[A-Z][A-Za-z]+\\.v1$`))
        expect(option.label).toMatch(/[\u4e00-\u9fa5]/)
        expect(eventTypeName(option.value)).toBe(option.label)
      }
    }
  })
})

describe('who acted and what changed', () => {
  it('writes the actor with id, department and roles in Chinese', () => {
    expect(actorText({ actorId: 'liaison-duchachu', actorName: '督查处联络员', actorDepartment: '督查处',
      actorRoles: 'LIAISON' })).toBe('督查处联络员（liaison-duchachu，督查处，联络员）')
    expect(actorText({ actorId: 'office-admin', actorName: '办公室管理员', actorRoles: 'AUDITOR,OFFICE' }))
      .toBe('办公室管理员（office-admin，审计、办公室）')
    expect(actorText({ actorId: 'system', actorName: null })).toBe('system')
    expect(actorText({})).toBe('系统')
  })

  it('labels a revised field by what the event revises', () => {
    expect(fieldLabel('indicator.IndicatorTextRevised.v1', 'value')).toBe('指标内容')
    expect(fieldLabel('indicator.IndicatorTargetRevised.v1', 'value')).toBe('目标值')
    expect(fieldLabel('ledger.ExtensionApproved.v1', 'value')).toBe('完成时限')
    expect(fieldLabel('ledger.LedgerTaskDefinesRevised.v1', 'responsibleUnit')).toBe('定责任单位')
    expect(fieldLabel('ledger.LedgerTaskDefinesRevised.v1', 'quantity.value')).toBe('定数量（数值）')
    expect(fieldLabel('ledger.QuarterlyReportRevised.v1', 'narrative')).toBe('报告正文')
    expect(fieldLabel('ledger.Unknown.v1', 'somewhere.deep')).toBe('somewhere.deep')
  })

  it('writes revised values for people: nothing, lists, yes/no, dates, milestones', () => {
    expect(valueText(null)).toBe('（空）')
    expect(valueText([])).toBe('（空）')
    expect(valueText(['督查处', '政策法规处'])).toBe('督查处、政策法规处')
    expect(valueText(true)).toBe('是')
    expect(valueText(35)).toBe('35')
    expect(valueText('2020-12-31')).toBe('2020年12月31日')
    expect(valueText([{ dueOn: '2020-09-30', description: '完成验收' }])).toBe('2020年9月30日 完成验收')
    expect(valueText({ a: 1 })).toBe('{"a":1}')
  })
})

describe('the offline verification command', () => {
  const key = (keyId: string, ...retired: string[]): ChainKey =>
    ({ keyId, algorithm: 'Ed25519', publicKey: 'MCow', retired: retired.map((id) => ({ keyId: id, algorithm: 'Ed25519', publicKey: 'x' })) })

  it('names the exported file and pins each context\'s current and retired keys, contexts in order', () => {
    expect(verifyCommand('933cc904-372a', { ledger: key('2d5c', 'aa01', 'aa02'), evidence: key('d39f') }))
      .toBe('./kaohe verify-export history-933cc904-372a.json --key evidence=d39f --key ledger=2d5c,aa01,aa02')
  })

  it('leaves a context whose key could not be read unpinned', () => {
    expect(verifyCommand('plan-2020', { indicator: null, ledger: key('2d5c') }))
      .toBe('./kaohe verify-export history-plan-2020.json --key ledger=2d5c')
  })

  it('quotes an id the shell would split or expand', () => {
    expect(verifyCommand("a b's $x", {})).toBe(`./kaohe verify-export 'history-a b'\\''s $x.json'`)
  })
})
