import { describe, expect, it } from 'vitest'
import { onceKeys, pageOf, type ReminderPolicyFields } from '@/api/supervision'
import {
  chaseActions, chaseProgress, inboxKind, monthRange, obligationState, policyErrors, policySummary, stepKind, stepLabel,
  subjectLink,
} from '@/components/supervision/supervision'

const policy = (fields: Partial<ReminderPolicyFields> = {}): ReminderPolicyFields => ({
  daysBefore: [3, 1], onDueDay: true,
  escalation: [{ daysAfter: 1, audiences: ['LIAISON'] }, { daysAfter: 3, audiences: ['LIAISON', 'LEADER'] },
    { daysAfter: 7, audiences: ['LIAISON', 'LEADER', 'OFFICE'] }],
  quietFrom: '22:00', quietUntil: '08:00', channels: ['INBOX', 'EMAIL'], ...fields,
})

describe('a 督办单 on its five steps', () => {
  it('names a step whatever the service calls it', () => {
    expect(stepKind('ChaseSentBackEvent')).toBe('SENT_BACK')
    expect(stepKind('ChaseOpened')).toBe('OPENED')
    expect(stepKind('SENT_BACK')).toBe('SENT_BACK')
    expect(stepLabel('ChaseAcceptedEvent')).toBe('复核通过')
    expect(stepLabel('WITHDRAWN')).toBe('撤销')
  })

  it('stands on 立项 → 签收 → 反馈 → 复核 → 办结 by its status', () => {
    expect(chaseProgress('OPENED')).toEqual({ active: 1, processStatus: 'process' })
    expect(chaseProgress('REPLIED').active).toBe(3)
    expect(chaseProgress('SENT_BACK')).toEqual({ active: 2, processStatus: 'error' })
    expect(chaseProgress('CLOSED').active).toBe(5)
  })

  it('stops a withdrawn one where its last step left it', () => {
    const steps = [{ type: 'OPENED', at: '' }, { type: 'SIGNED', at: '' }, { type: 'WITHDRAWN', at: '' }]
    expect(chaseProgress('WITHDRAWN', steps)).toEqual({ active: 2, processStatus: 'error' })
  })

  it('offers the department\'s liaison signing and replying, the office reviewing, nobody else anything', () => {
    const opened = { status: 'OPENED' as const, department: '宣传教育处' }
    expect(chaseActions(opened, ['LIAISON'], '宣传教育处').sign).toBe(true)
    expect(chaseActions(opened, ['LIAISON'], '督查处').sign).toBe(false)
    expect(chaseActions({ ...opened, status: 'SENT_BACK' }, ['LIAISON'], '宣传教育处').reply).toBe(true)
    const replied = chaseActions({ ...opened, status: 'REPLIED' }, ['OFFICE'], null)
    expect([replied.accept, replied.sendBack, replied.close, replied.withdraw]).toEqual([true, true, false, true])
    expect(chaseActions({ ...opened, status: 'ACCEPTED' }, ['OFFICE'], null).close).toBe(true)
    expect(Object.values(chaseActions({ ...opened, status: 'REPLIED' }, ['AUDITOR', 'LEADER'], null))).not.toContain(true)
    expect(chaseActions({ ...opened, status: 'CLOSED' }, ['OFFICE'], null).withdraw).toBe(false)
  })

  it('links its subject to the page where the reader works on it', () => {
    const check = { kind: 'MONTHLY_CHECK' as const, id: 'c-9', label: '2020年9月' }
    expect(subjectLink(check, ['LIAISON'])).toBe('/mine/checks/c-9')
    expect(subjectLink(check, ['OFFICE'])).toBe('/ledger')
    expect(subjectLink({ kind: 'QUARTERLY_REPORT', id: 'r 1' }, ['LEADER'])).toBe('/reports/r%201')
    expect(subjectLink({ kind: 'DEPARTMENT', label: '宣传教育处' }, ['OFFICE'])).toBeNull()
  })
})

describe('the reminder policy form', () => {
  it('accepts the default policy', () => {
    expect(policyErrors(policy())).toEqual({})
  })

  it('states the service\'s rules beside the fields', () => {
    expect(policyErrors(policy({ daysBefore: [3, 3] })).daysBefore).toMatch(/重复/)
    expect(policyErrors(policy({ daysBefore: [61] })).daysBefore).toMatch(/0–60/)
    expect(policyErrors(policy({ daysBefore: [1, 2, 3, 4, 5, 6] })).daysBefore).toMatch(/最多 5/)
    const steps = policyErrors(policy({ escalation: [{ daysAfter: 3, audiences: ['LIAISON'] }, { daysAfter: 3, audiences: [] }] }))
    expect(steps['escalation.1.daysAfter']).toMatch(/大于上一级/)
    expect(steps['escalation.1.audiences']).toMatch(/至少/)
    expect(policyErrors(policy({ quietFrom: '24:00' })).quietFrom).toMatch(/HH:mm/)
    expect(policyErrors(policy({ channels: ['EMAIL'] })).channels).toMatch(/站内信/)
  })

  it('sums a policy up in one line', () => {
    expect(policySummary(policy())).toBe('提前 3、1 天；到期当天提醒；逾期 1 天提醒联络员；逾期 3 天提醒联络员、责任领导；'
      + '逾期 7 天提醒联络员、责任领导、办公室；免打扰 22:00–08:00；渠道：站内信、邮件')
    expect(policySummary(policy({ daysBefore: [], escalation: [], quietFrom: '00:00', quietUntil: '00:00' })))
      .toMatch(/^不提前提醒；.*逾期不升级；无免打扰时段/)
  })
})

describe('lists and writes', () => {
  it('reads a page: a full one may have a next', () => {
    expect(pageOf([1, 2], 2)).toEqual({ items: [1, 2], more: true })
    expect(pageOf([1], 2)).toEqual({ items: [1], more: false })
    expect(pageOf(null, 2)).toEqual({ items: [], more: false })
  })

  it('names an inbox item by its reminder\'s or its 督办单\'s step', () => {
    expect(inboxKind('before-3')).toEqual({ label: '提前 3 天提醒', tag: 'primary' })
    expect(inboxKind('due~v2').label).toBe('今日到期')
    expect(inboxKind('after-15')).toEqual({ label: '逾期 15 天提醒', tag: 'danger' })
    expect(inboxKind('opened').label).toBe('督办单')
    expect(inboxKind('sent-back-1').label).toBe('退回重办')
    expect(inboxKind('something-else').label).toBe('消息')
  })

  it('sends the same body with the same idempotency key and a changed one with a new key', () => {
    const keyFor = onceKeys()
    const first = keyFor({ title: 'a' })
    expect(keyFor({ title: 'a' })).toBe(first)
    expect(keyFor({ title: 'b' })).not.toBe(first)
  })

  it('names an obligation\'s state and a month\'s days', () => {
    expect(obligationState({ done: false, daysOverdue: 15 })).toEqual({ label: '逾期 15 天', tag: 'danger' })
    expect(obligationState({ done: true, doneOn: '2020-10-08' }).label).toBe('已完成（10月8日）')
    expect(monthRange('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' })
  })
})
