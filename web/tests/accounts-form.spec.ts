import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { useSession } from '@/api/http'
import AccountFormDialog from '@/components/accounts/AccountFormDialog.vue'
import OneTimePassword from '@/components/accounts/OneTimePassword.vue'

// the first mount of Element Plus' dialog and form takes seconds on a busy machine
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => { vi.unstubAllGlobals(); document.body.innerHTML = '' })

function answering(...responses: Response[]) {
  const calls: { url: string; body: unknown }[] = []
  vi.stubGlobal('fetch', vi.fn(async (target: string, init: RequestInit) => {
    calls.push({ url: target, body: JSON.parse(String(init.body)) })
    return responses.shift() ?? new Response(null, { status: 500 })
  }))
  return calls
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {
  status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
})

async function openForm(prefill: Record<string, unknown> | null) {
  useSession({ token: () => 'tok', renew: async () => false })
  const wrapper = mount(AccountFormDialog, {
    attachTo: document.body,
    props: { modelValue: false, prefill, departments: ['督查处', '综合处'] },
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

const field = (test: string) => document.querySelector<HTMLInputElement>(`[data-test="${test}"] input, input[data-test="${test}"], [data-test="${test}"] textarea`)!
const errorBeside = (test: string) =>
  document.querySelector(`[data-test="${test}"]`)!.closest('.el-form-item')!.querySelector('.el-form-item__error')?.textContent?.trim()
const clickCreate = async () => {
  document.querySelector<HTMLButtonElement>('[data-test="account-create"]')!.click()
  await flushPromises()
  // a form item shows its error 100 ms after its state turns to error (Element Plus debounces it)
  await new Promise((resolve) => setTimeout(resolve, 150))
  await nextTick()
}

describe('the new-account form', () => {
  it('refuses a bad phone and an over-long name beside the fields without sending anything', async () => {
    const calls = answering()
    const wrapper = await openForm({ name: '张'.repeat(33), department: '督查处', phone: '1390000', roles: ['LIAISON'] })
    await clickCreate()
    expect(calls).toHaveLength(0)
    expect(errorBeside('account-phone')).toContain('11 位手机号')
    expect(errorBeside('account-name')).toBe('姓名不能超过 32 个字')
    expect(wrapper.emitted('created')).toBeUndefined()
    wrapper.unmount()
  })

  it('sends a liaison pre-filled from the register with the reason and hands on the one-time password', async () => {
    const created = { account: { id: 'liaison-ab12cd34', name: '张三', department: '督查处', phone: '13900001111',
      roles: ['LIAISON'], state: 'ACTIVE', lockedUntil: null, createdAt: '2020-03-01T02:00:00Z' }, initialPassword: 'Pw-0123456789' }
    const calls = answering(json(201, created))
    const wrapper = await openForm({ name: '张三', department: '督查处', phone: '13900001111', roles: ['LIAISON'] })
    await clickCreate()
    expect(calls).toEqual([{ url: '/api/identity/accounts', body: { name: '张三', department: '督查处', phone: '13900001111',
      roles: ['LIAISON'], userId: null, reason: '为已指定的联络员开通账号' } }])
    expect(wrapper.emitted('created')![0]).toEqual([created])
    wrapper.unmount()
  })

  it('puts the service\'s field errors beside the fields and keeps the form open', async () => {
    answering(json(400, { code: 'invalid-input', detail: '输入有误', errors: [{ field: 'phone', message: '电话号码格式不正确' }] }))
    const wrapper = await openForm({ name: '张三', department: '督查处', phone: '13900001111', roles: ['LIAISON'] })
    await clickCreate()
    expect(errorBeside('account-phone')).toBe('电话号码格式不正确')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    wrapper.unmount()
  })

  it('says a duplicate account beside the sign-in id', async () => {
    answering(json(409, { code: 'account-exists', detail: '账号 liaison-duchachu 已存在' }))
    const wrapper = await openForm({ name: '张三', department: '督查处', roles: ['LIAISON'] })
    field('account-user-id').value = 'liaison-duchachu'
    field('account-user-id').dispatchEvent(new Event('input'))
    await clickCreate()
    expect(errorBeside('account-user-id')).toBe('账号 liaison-duchachu 已存在')
    wrapper.unmount()
  })

  it('requires a reason', async () => {
    const calls = answering()
    const wrapper = await openForm(null)
    field('account-name').value = '李四'
    field('account-name').dispatchEvent(new Event('input'))
    await clickCreate()
    expect(calls).toHaveLength(0)
    expect(errorBeside('reason')).toBe('请填写理由')
    expect(errorBeside('account-department')).toBe('联络员须属于一个处室')
    wrapper.unmount()
  })
})

describe('the one-time password', () => {
  it('shows the password with the instruction to pass it on safely', async () => {
    const wrapper = mount(OneTimePassword, { attachTo: document.body,
      props: { modelValue: true, title: '账号已开通', who: '张三', password: 'Pw-0123456789' } })
    await flushPromises()
    const shown = document.querySelector('[data-test="initial-password"]')!
    expect(shown.querySelector('input')!.value).toBe('Pw-0123456789')
    expect(document.body.textContent).toContain('请通过安全渠道告知本人，首次登录后请修改')
    wrapper.unmount()
  })
})
