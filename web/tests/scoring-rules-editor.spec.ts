import { describe, expect, it, vi, beforeEach } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/api/problem'
import type { RuleSet } from '@/api/scoring'

const v0: RuleSet = { version: 0, weights: { completion: 40, timeliness: 20, materials: 20, supervision: 20 },
  thresholds: { green: 95, yellow: 85 }, latePenaltyPerDay: 10, defaultDeduction: 2, breachRules: [],
  adoptedBy: 'system', reason: '默认规则' }
const v1: RuleSet = { ...v0, version: 1, weights: { completion: 70, timeliness: 10, materials: 10, supervision: 10 },
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
    const vm = editor.vm as unknown as { draft: { weights: RuleSet['weights'] }; adopt: (reason: string) => Promise<void> }
    Object.assign(vm.draft.weights, { completion: 50, timeliness: 10 })
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
    expect(vm.draft.weights.completion).toBe(50)
    editor.unmount()
  })
})
