import { describe, expect, it, vi, beforeEach } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/api/problem'
import type { ComponentRule, RuleSet } from '@/api/scoring'

const weighted = (completion: number, timeliness: number, materials: number, supervision: number): ComponentRule[] => [
  { name: 'completion', label: '完成情况', weight: completion }, { name: 'timeliness', label: '及时性', weight: timeliness },
  { name: 'materials', label: '资料报送及归档', weight: materials }, { name: 'supervision', label: '督办', weight: supervision }]
const v0: RuleSet = { version: 0, components: weighted(40, 20, 20, 20),
  thresholds: { green: 95, yellow: 85 }, latePenaltyPerDay: 10, defaultDeduction: 2, breachRules: [],
  chaseRules: { overduePenalty: 5, overduePerDay: 1, reopenedPenalty: 3 }, adoptedBy: 'system', reason: '默认规则' }
const v1: RuleSet = { ...v0, version: 1, components: weighted(70, 10, 10, 10),
  adoptedBy: '另一位管理员', reason: '加大完成情况权重' }

const api = vi.hoisted(() => ({
  ruleVersions: vi.fn(),
  whatIf: vi.fn(),
  adoptRules: vi.fn(),
}))
vi.mock('@/api/scoring', () => api)
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn().mockResolvedValue('confirm') },
}))

import RulesEditor from '@/components/scoring/RulesEditor.vue'

describe('the rules editor', () => {
  beforeEach(() => {
    api.ruleVersions.mockReset()
    api.whatIf.mockReset()
    api.adoptRules.mockReset()
  })

  it('adopts with the version read as If-Match, and on 412 says so and shows what the other version changed', async () => {
    api.ruleVersions.mockResolvedValueOnce({ data: [v0], etag: '"0"' })
      .mockResolvedValueOnce({ data: [v0, v1], etag: '"1"' })
    api.whatIf.mockResolvedValue({ planId: 'p', period: '2020', currentVersion: 0, departments: [
      { department: 'B', current: 68.75, proposed: 86.11, delta: 17.36, currentRank: 2, proposedRank: 1 },
      { department: 'A', current: 74.62, proposed: 72.34, delta: -2.28, currentRank: 1, proposedRank: 2 }] })
    api.adoptRules.mockRejectedValue(new ApiError(412, { status: 412, code: 'stale-version', detail: '数据已被他人修改' }))

    const editor = mount(RulesEditor, { props: { planId: 'p', year: 2020, items: [], editable: true },
      attachTo: document.body })
    await flushPromises()
    await editor.get('[data-test=rules-edit]').trigger('click')
    const vm = editor.vm as unknown as { draft: { components: ComponentRule[] }; adopt: (reason: string) => Promise<void> }
    expect(editor.get('[data-test=rules-components]').findAll('.rule')).toHaveLength(4)
    expect(editor.find('[data-test=rules-chase]').exists()).toBe(true)
    const weight = (name: string) => vm.draft.components.find((c) => c.name === name)!
    weight('completion').weight = 50
    weight('timeliness').weight = 10
    await flushPromises()
    await editor.get('[data-test=what-if]').trigger('click')
    await flushPromises()
    expect(editor.get('[data-test=what-if-result]').text()).toContain('↑1 名')
    expect(editor.get('[data-test=what-if-result]').text()).toContain('↓1 名')

    await vm.adopt('加大完成情况权重')
    await flushPromises()
    expect(api.adoptRules).toHaveBeenCalledWith('p', expect.objectContaining({ reason: '加大完成情况权重' }), '"0"')
    const conflict = editor.get('[data-test=rules-conflict]').text()
    expect(conflict).toContain('该记录已被他人修改')
    expect(conflict).toContain('完成情况权重：40 → 70')
    // the draft is kept, now measured against the newer version
    expect(weight('completion').weight).toBe(50)
    editor.unmount()
  })
})
