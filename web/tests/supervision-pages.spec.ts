import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import InboxView from '@/views/supervision/InboxView.vue'
import ChaseView from '@/views/supervision/ChaseView.vue'
import * as supervision from '@/api/supervision'
import { ApiError } from '@/api/problem'
import { useSessionStore } from '@/stores/session'
import type { ChaseView as Chase, InboxItem } from '@/api/supervision'

const push = vi.fn()
vi.mock('vue-router', async (original) => ({
  ...(await original<typeof import('vue-router')>()),
  useRoute: () => ({ query: {}, params: {}, fullPath: '/inbox' }),
  useRouter: () => ({ push, replace: vi.fn() }),
}))
vi.mock('@/api/supervision', async (original) => ({
  ...(await original<typeof import('@/api/supervision')>()),
  inbox: vi.fn(), markRead: vi.fn(), markAllRead: vi.fn(), unreadCount: vi.fn(async () => 1),
  chase: vi.fn(), signChase: vi.fn(), sendChaseBack: vi.fn(),
}))
vi.mock('@/components/ledger/narrow', () => ({ useNarrow: () => ref(false) }))

const item = (fields: Partial<InboxItem>): InboxItem => ({
  id: 'm1', kind: 'after-15', title: '2020年9月月度检查已逾期 15 天', body: '请尽快提交。', link: '/mine/checks',
  department: '宣传教育处', dueOn: '2020-09-30', createdAt: '2020-10-15T02:00:00Z', readAt: null, ...fields,
})

const chase = (fields: Partial<Chase> = {}): Chase => ({
  chaseId: 'ch-1', planId: 'plan-2020', department: '宣传教育处', subject: { kind: 'DEPARTMENT', label: '宣传教育处' },
  title: '9月月度检查逾期未报', message: '请说明原因并限期补报。', replyBy: '2020-10-16', status: 'OPENED',
  statusLabel: '已立项', round: 1, overdue: false, daysOverdue: 0, openedOn: '2020-10-15', openedBy: 'office-admin',
  openedByName: '办公室管理员', replies: [],
  steps: [{ type: 'OPENED', at: '2020-10-15T02:00:00Z', by: 'office-admin', byName: '办公室管理员' }], version: 0, ...fields,
})

function signedIn(roles: string[], department: string | null) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.user = { profile: { sub: 'u', name: 'n', roles, department }, access_token: 't', expired: false } as never
  return pinia
}

const mountPage = async (component: unknown, pinia: ReturnType<typeof createPinia>, props: Record<string, unknown> = {}) => {
  const wrapper = mount(component as never, {
    props: props as never, attachTo: document.body,
    global: { plugins: [pinia], stubs: { RouterLink: { template: '<a><slot /></a>' } }, mocks: { $route: { meta: { title: 't' } } } },
  })
  await flushPromises()
  return wrapper
}

describe('the inbox', { timeout: 30_000 }, () => {
  beforeEach(() => vi.clearAllMocks())

  it('puts unread items first and in bold; opening one marks it read and goes to its item', async () => {
    vi.mocked(supervision.inbox).mockResolvedValue({ more: false, items: [
      item({ id: 'old', kind: 'before-3', title: '10月月度检查将于 3 天后到期', readAt: '2020-10-14T05:00:00Z' }),
      item({ id: 'new' }),
    ] })
    vi.mocked(supervision.markRead).mockResolvedValue()
    const page = await mountPage(InboxView, signedIn(['LIAISON'], '宣传教育处'))

    const rows = page.findAll('[data-test=inbox-item]')
    expect(rows[0].text()).toContain('已逾期 15 天')
    expect(rows[0].classes()).toContain('unread')
    expect(rows[0].text()).toContain('逾期 15 天提醒')
    expect(rows[1].classes()).not.toContain('unread')
    await rows[0].trigger('click')
    await flushPromises()
    expect(supervision.markRead).toHaveBeenCalledWith('new')
    expect(push).toHaveBeenCalledWith('/mine/checks')
  })

  it('says when there is nothing yet', async () => {
    vi.mocked(supervision.inbox).mockResolvedValue({ more: false, items: [] })
    const page = await mountPage(InboxView, signedIn(['OFFICE'], null))
    expect(page.text()).toContain('还没有消息')
  })
})

describe('a 督办单', { timeout: 30_000 }, () => {
  beforeEach(() => vi.clearAllMocks())

  it('offers its department\'s liaison 签收 and the office its review, never both', async () => {
    vi.mocked(supervision.chase).mockResolvedValue({ data: chase(), etag: '"0"' })
    const liaison = await mountPage(ChaseView, signedIn(['LIAISON'], '宣传教育处'), { chaseId: 'ch-1' })
    expect(liaison.find('[data-test=chase-sign]').exists()).toBe(true)
    expect(liaison.find('[data-test=chase-withdraw]').exists()).toBe(false)
    liaison.unmount()

    const other = await mountPage(ChaseView, signedIn(['LIAISON'], '督查处'), { chaseId: 'ch-1' })
    expect(other.find('[data-test=chase-sign]').exists()).toBe(false)
    other.unmount()

    vi.mocked(supervision.chase).mockResolvedValue({ data: chase({ status: 'REPLIED', statusLabel: '已反馈', version: 2,
      replies: [{ round: 1, progress: '已补报', evidence: ['ev-1'], repliedOn: '2020-10-15', daysLate: 0 }] }), etag: '"2"' })
    const office = await mountPage(ChaseView, signedIn(['OFFICE'], null), { chaseId: 'ch-1' })
    expect(office.find('[data-test=chase-accept]').exists()).toBe(true)
    expect(office.find('[data-test=chase-send-back]').exists()).toBe(true)
    expect(office.find('[data-test=chase-reply-submit]').exists()).toBe(false)
    expect(office.get('[data-test=chase-reply]').text()).toContain('ev-1')
    office.unmount()
  })

  it('shows an overdue one in red with its days, and every step with who and why', async () => {
    vi.mocked(supervision.chase).mockResolvedValue({ data: chase({ status: 'SENT_BACK', statusLabel: '退回重办',
      overdue: true, daysOverdue: 3, replyBy: '2020-10-12',
      steps: [...chase().steps, { type: 'SENT_BACK', at: '2020-10-14T02:00:00Z', byName: '办公室管理员', reason: '未说明逾期原因' }] }),
    etag: '"3"' })
    const page = await mountPage(ChaseView, signedIn(['AUDITOR'], null), { chaseId: 'ch-1' })
    expect(page.get('[data-test=chase-overdue]').text()).toContain('3 天')
    const steps = page.findAll('[data-test=chase-step]').map((step) => step.text())
    expect(steps[1]).toContain('退回重办')
    expect(steps[1]).toContain('办公室管理员')
    expect(steps[1]).toContain('未说明逾期原因')
    expect(page.find('[data-test=chase-accept]').exists()).toBe(false)
    page.unmount()
  })

  it('loads it as it is now when someone acted first', async () => {
    vi.mocked(supervision.chase).mockResolvedValueOnce({ data: chase(), etag: '"0"' })
      .mockResolvedValueOnce({ data: chase({ status: 'SIGNED', statusLabel: '已签收', version: 1 }), etag: '"1"' })
    vi.mocked(supervision.signChase).mockRejectedValue(new ApiError(412, { code: 'stale-version', detail: '已被修改' }))
    const page = await mountPage(ChaseView, signedIn(['LIAISON'], '宣传教育处'), { chaseId: 'ch-1' })
    await page.get('[data-test=chase-sign]').trigger('click')
    await flushPromises()
    const confirm = document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement | null
    confirm?.click()
    await flushPromises()
    await new Promise((settle) => setTimeout(settle, 50))
    await flushPromises()
    expect(supervision.signChase).toHaveBeenCalledWith('ch-1', '"0"')
    expect(page.get('[data-test=chase-status]').text()).toContain('已签收')
    page.unmount()
  })
})
