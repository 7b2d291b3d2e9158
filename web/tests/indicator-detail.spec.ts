import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import IndicatorDetailView from '@/views/office/IndicatorDetailView.vue'
import * as api from '@/api/indicator'
import { ApiError } from '@/api/problem'
import { useSessionStore } from '@/stores/session'
import type { Indicator } from '@/api/indicator'

vi.mock('@/api/indicator', async (original) => ({
  ...(await original<typeof import('@/api/indicator')>()),
  getIndicator: vi.fn(), indicatorHistory: vi.fn(), reviseTarget: vi.fn(),
}))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), get: vi.fn(async () => []) }))

const read = (overrides: Partial<Indicator> = {}): Indicator => ({
  indicatorId: 'plan-2020-m3', planId: 'plan-2020', kind: 'MUNICIPAL_KEY_WORK', code: '市考个性工作-3',
  text: '推进一网通办', provincial: false, targets: [{ key: 'T1', value: 70, unit: '%', subject: '网办率' }],
  leadDepartments: ['政务服务处'], cooperatingDepartments: [], allDepartmentsCooperate: false, leaders: ['段局长'],
  withdrawn: false, version: 3, ...overrides,
})

/** ReasonDialog without its teleported el-dialog: its form slot rendered inline, its submit kept for the test. */
let submit: ((reason: string) => Promise<void>) | null = null
const ReasonDialogStub = defineComponent({
  props: ['modelValue', 'title', 'summary', 'submit', 'danger', 'confirmText'],
  setup(props, { slots }) {
    return () => { submit = props.submit; return props.modelValue ? h('div', { class: 'reason-dialog' }, slots.default?.()) : null }
  },
})

/** Element's form item shows its error after a short debounce. */
const settle = async () => { await flushPromises(); await new Promise((resolve) => setTimeout(resolve, 200)) }

async function mountAs(roles: string[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = { profile: { sub: 'office-admin', roles }, access_token: 't' } as never
  const wrapper = mount(IndicatorDetailView, {
    props: { indicatorId: 'plan-2020-m3' },
    global: { plugins: [pinia], stubs: { ReasonDialog: ReasonDialogStub, RouterLink: true }, mocks: { $router: { push: vi.fn() } } },
  })
  await flushPromises()
  return wrapper
}

describe('indicator detail', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.mocked(api.indicatorHistory).mockResolvedValue([])
    submit = null
  })

  it('on 412 reloads, shows what the other person changed field by field, and re-applies with the new version', async () => {
    vi.mocked(api.getIndicator)
      .mockResolvedValueOnce({ data: read(), etag: '"3"' })
      .mockResolvedValueOnce({ data: read({ version: 4, targets: [{ key: 'T1', value: 75, unit: '%', subject: '网办率' }],
        leaders: ['段局长', '王副局长'] }), etag: '"4"' })
    vi.mocked(api.reviseTarget)
      .mockRejectedValueOnce(new ApiError(412, { code: 'stale-version', detail: '版本已变' }))
      .mockResolvedValueOnce({ data: read({ version: 5, targets: [{ key: 'T1', value: 80, unit: '%', subject: '网办率' }] }), etag: '"5"' })
    const wrapper = await mountAs(['OFFICE'])

    await wrapper.get('[data-test="revise-target-T1"]').trigger('click')
    await wrapper.get('input[data-test="target-value"]').setValue('80')
    await expect(submit!('市考核办调整')).rejects.toThrow('该指标已被他人修改')
    await flushPromises()

    const changes = wrapper.findAll('[data-test="conflict-change"]').map((li) => li.text())
    expect(changes).toEqual(['目标值 T1：70 → 75', '责任领导：段局长 → 段局长、王副局长'])
    expect(vi.mocked(api.reviseTarget).mock.calls[0][1]).toBe('"3"')

    await submit!('市考核办调整')
    expect(vi.mocked(api.reviseTarget).mock.calls[1]).toEqual(
      ['plan-2020-m3', '"4"', 'T1', { value: '80', unit: '%', subject: '网办率' }, '市考核办调整'])
  })

  it('puts the service field error beside the value and sends nothing for a value that is not a number', async () => {
    vi.mocked(api.getIndicator).mockResolvedValue({ data: read(), etag: '"3"' })
    vi.mocked(api.reviseTarget).mockReset()
      .mockRejectedValueOnce(new ApiError(400, { code: 'invalid-field', detail: '目标值无效',
        errors: [{ field: 'value', message: '须大于 0' }] }))
    const wrapper = await mountAs(['OFFICE'])
    await wrapper.get('[data-test="revise-target-T1"]').trigger('click')

    await wrapper.get('input[data-test="target-value"]').setValue('七十')
    await expect(submit!('理由')).rejects.toThrow('请先改正')
    expect(api.reviseTarget).not.toHaveBeenCalled()
    await settle()
    expect(wrapper.text()).toContain('请填写大于 0 的数字')

    await wrapper.get('input[data-test="target-value"]').setValue('0.5')
    await expect(submit!('理由')).rejects.toThrow('目标值无效')
    await settle()
    expect(wrapper.text()).toContain('须大于 0')
  })

  it('hides every change button from an auditor', async () => {
    vi.mocked(api.getIndicator).mockResolvedValue({ data: read(), etag: '"3"' })
    const wrapper = await mountAs(['AUDITOR'])
    expect(wrapper.text()).toContain('推进一网通办')
    expect(wrapper.find('[data-test="revise-target-T1"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="withdraw"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="revise-text"]').exists()).toBe(false)
  })
})
