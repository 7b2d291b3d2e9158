import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import EventSearchView from '@/views/audit/EventSearchView.vue'
import AggregateTimelineView from '@/views/audit/AggregateTimelineView.vue'
import * as audit from '@/api/audit'
import { ApiError } from '@/api/problem'
import type { AuditEvent } from '@/api/audit'

const replace = vi.fn()
vi.mock('vue-router', async (original) => ({
  ...(await original<typeof import('vue-router')>()),
  useRoute: () => ({ query: { department: '督查处' }, params: {} }),
  useRouter: () => ({ replace }),
}))
vi.mock('@/api/audit', async (original) => ({
  ...(await original<typeof import('@/api/audit')>()),
  searchEvents: vi.fn(), aggregateHistory: vi.fn(), chainKey: vi.fn(), downloadExport: vi.fn(),
}))
// jsdom has no matchMedia: a desktop-wide screen
vi.mock('@/components/ledger/narrow', () => ({ useNarrow: () => ref(false) }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), get: vi.fn(async () => []) }))

const event = (fields: Partial<AuditEvent>): AuditEvent => ({
  context: 'ledger', globalIndex: 47, eventId: 'e47', type: 'ledger.QuarterlyReportReturned.v1',
  aggregateType: 'QuarterlyReport', aggregateId: 'r1', sequence: 3, occurredAt: '2020-10-09T02:00:00Z',
  actorId: 'office-admin', actorName: '办公室管理员', actorDepartment: '办公室', actorRoles: 'OFFICE',
  reason: '缺少示范点验收照片', changes: [], chainHash: 'ab'.repeat(32), ...fields,
})

const mountPage = async (component: unknown, props: Record<string, unknown> = {}) => {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(component as never, {
    props: props as never, global: { plugins: [pinia], stubs: { RouterLink: { template: '<a><slot /></a>' } }, mocks: { $route: { meta: { title: 't' } } } },
  })
  await flushPromises()
  return wrapper
}

describe('event search', { timeout: 30_000 }, () => {
  beforeEach(() => vi.clearAllMocks())

  it('searches with the address\'s filters, then reads on with the cursor the page gave', async () => {
    vi.mocked(audit.searchEvents)
      .mockResolvedValueOnce({ events: [event({})], next: 'ledger:47' })
      .mockResolvedValueOnce({ events: [event({ eventId: 'e49', globalIndex: 49, type: 'ledger.QuarterlyReportSubmitted.v1' })], next: null })
    const page = await mountPage(EventSearchView)

    expect(audit.searchEvents).toHaveBeenCalledWith({ limit: 50, department: '督查处' })
    expect(replace).toHaveBeenCalledWith({ query: { department: '督查处' } })
    const first = page.get('[data-test=audit-row]').text()
    expect(first).toContain('退回季度报告')
    expect(first).toContain('ledger.QuarterlyReportReturned.v1')
    expect(first).toContain('办公室管理员（office-admin，办公室）')
    expect(first).toContain('缺少示范点验收照片')

    await page.get('[data-test=audit-more]').trigger('click')
    await flushPromises()
    expect(audit.searchEvents).toHaveBeenLastCalledWith({ limit: 50, department: '督查处', cursor: 'ledger:47' })
    expect(page.findAll('[data-test=audit-row]')).toHaveLength(2)
    expect(page.find('[data-test=audit-more]').exists()).toBe(false)
  })

  it('says what to do when nothing matches, and shows the problem when the search is refused', async () => {
    vi.mocked(audit.searchEvents).mockResolvedValueOnce({ events: [], next: null })
    const page = await mountPage(EventSearchView)
    expect(page.text()).toContain('没有符合条件的事件')

    vi.mocked(audit.searchEvents).mockRejectedValueOnce(new ApiError(400, { detail: '游标格式不正确，请使用上一页返回的 next。' }))
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.text()).toContain('游标格式不正确')
  })
})

describe('an object\'s timeline', { timeout: 30_000 }, () => {
  beforeEach(() => vi.clearAllMocks())

  it('lists each event with who, why and the fields it changed, and the command with the keys pinned', async () => {
    vi.mocked(audit.aggregateHistory).mockResolvedValue({ aggregateId: 'r1', contexts: ['ledger'], truncated: false,
      next: null, events: [
        event({ eventId: 'e45', type: 'ledger.QuarterlyReportRevised.v1', actorId: 'liaison-duchachu',
          actorName: '督查处联络员', actorDepartment: '督查处', actorRoles: 'LIAISON', reason: null,
          changes: [{ field: 'narrative', before: '旧正文', after: '新正文' }] }),
        event({}),
      ] })
    vi.mocked(audit.chainKey).mockResolvedValue({ keyId: '2d5c', algorithm: 'Ed25519', publicKey: 'k',
      retired: [{ keyId: 'aa01', algorithm: 'Ed25519', publicKey: 'o' }] })
    const page = await mountPage(AggregateTimelineView, { aggregateId: 'r1' })

    const entries = page.findAll('[data-test=timeline-entry]')
    expect(entries).toHaveLength(2)
    expect(entries[0].text()).toContain('督查处联络员（liaison-duchachu，督查处，联络员）')
    expect(entries[0].text()).toContain('报告正文：')
    expect(entries[0].text()).toContain('旧正文')
    expect(entries[0].text()).toContain('新正文')
    expect(entries[1].text()).toContain('理由：缺少示范点验收照片')
    expect(entries[1].text()).toContain('事件库第 47 条')
    expect(page.get('[data-test=export-command]').text())
      .toBe('./kaohe verify-export history-r1.json --key ledger=2d5c,aa01')

    vi.mocked(audit.downloadExport).mockResolvedValue('history-r1.json')
    await page.get('[data-test=export-download]').trigger('click')
    expect(audit.downloadExport).toHaveBeenCalledWith('r1')
  })

  it('shows the service\'s refusal, not an empty page', async () => {
    vi.mocked(audit.aggregateHistory).mockRejectedValue(new ApiError(403, { detail: '只有办公室和审计人员可以查看审计记录。' }))
    const page = await mountPage(AggregateTimelineView, { aggregateId: 'r1' })
    expect(page.get('[data-test=refusal]').text()).toContain('只有办公室和审计人员可以查看审计记录。')
    expect(page.find('[data-test=export-download]').exists()).toBe(false)
  })
})
