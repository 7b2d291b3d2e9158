import { describe, expect, it } from 'vitest'
import { createdOf, listOf, type Account } from '@/api/identity'
import {
  actorOf, checkAccountForm, eventDetails, eventName, filterAccounts, liaisonsWithoutAccount, stateOf,
  type AccountForm, type LiaisonEntry,
} from '@/components/accounts/accounts'

const account = (over: Partial<Account> = {}): Account => ({
  id: 'liaison-1', name: '张三', department: '督查处', phone: '13900001111', roles: ['LIAISON'], state: 'ACTIVE',
  lockedUntil: null, createdAt: '2020-03-01T02:00:00Z', ...over,
})
const form = (over: Partial<AccountForm> = {}): AccountForm => ({
  name: '张三', department: '督查处', phone: '', roles: ['LIAISON'], userId: '', ...over,
})

describe('account states in Chinese', () => {
  const now = new Date('2020-09-30T06:00:00Z') // 14:00 in Beijing

  it('names active and disabled accounts', () => {
    expect(stateOf(account(), now)).toEqual({ label: '正常', type: 'success' })
    expect(stateOf(account({ state: 'DISABLED', lockedUntil: '2020-09-30T07:00:00Z' }), now)).toEqual({ label: '停用', type: 'info' })
  })

  it('says until when a lock lasts, in Beijing time, with the day when it is not today', () => {
    expect(stateOf(account({ state: 'LOCKED', lockedUntil: '2020-09-30T06:15:00Z' }), now).label).toBe('锁定至 14:15')
    expect(stateOf(account({ state: 'LOCKED', lockedUntil: '2020-09-30T16:05:00Z' }), now).label).toBe('锁定至 10月1日 00:05')
  })

  it('treats a lock that has run out as active again', () => {
    const expired = account({ state: 'LOCKED', lockedUntil: '2020-09-30T05:59:00Z' })
    expect(stateOf(expired, now).label).toBe('正常')
    expect(filterAccounts([expired], { role: '', department: '', state: 'LOCKED', text: '' }, now)).toEqual([])
    expect(filterAccounts([expired], { role: '', department: '', state: 'ACTIVE', text: '' }, now)).toHaveLength(1)
  })
})

describe('the account form checks what the service would refuse', () => {
  it('accepts a liaison with a mobile or a landline, or no phone', () => {
    expect(checkAccountForm(form({ phone: '13900001111' }))).toEqual({})
    expect(checkAccountForm(form({ phone: '0931-1234567' }))).toEqual({})
    expect(checkAccountForm(form())).toEqual({})
  })

  it('puts a bad phone beside the phone field', () => {
    for (const phone of ['1390000111', '12900001111', '139000011112', '09311234567', '0931-123456', '电话']) {
      expect(checkAccountForm(form({ phone })), phone).toHaveProperty('phone')
    }
  })

  it('requires a one-line name of at most 32 characters', () => {
    expect(checkAccountForm(form({ name: '  ' })).name).toBe('请填写姓名')
    expect(checkAccountForm(form({ name: '张\n三' })).name).toBe('姓名只能是一行文字')
    expect(checkAccountForm(form({ name: '张'.repeat(33) })).name).toBe('姓名不能超过 32 个字')
    expect(checkAccountForm(form({ name: '张'.repeat(32) }))).toEqual({})
  })

  it('requires a department for a liaison only, and a role', () => {
    expect(checkAccountForm(form({ department: '' })).department).toBe('联络员须属于一个处室')
    expect(checkAccountForm(form({ department: '', roles: ['AUDITOR'] }))).toEqual({})
    expect(checkAccountForm(form({ roles: [] })).roles).toBe('请至少选择一个角色')
  })

  it('checks a chosen sign-in id', () => {
    expect(checkAccountForm(form({ userId: 'liaison-duchachu' }))).toEqual({})
    expect(checkAccountForm(form({ userId: 'Zhang San' }))).toHaveProperty('userId')
  })
})

describe('the liaison register against the accounts', () => {
  const entry = (over: Partial<LiaisonEntry>): LiaisonEntry => ({
    department: '督查处', liaisonName: '张三', phone: '13900001111', designatedOn: '2020-03-01', dueOn: '2020-03-05',
    daysLate: 0, status: 'DESIGNATED', ...over,
  })

  it('offers the designated liaisons without a liaison account of their department', () => {
    const register = [
      entry({}),
      entry({ department: '综合处', liaisonName: '李四', phone: '13900002222', status: 'LATE', daysLate: 3 }),
      entry({ department: '法规处', liaisonName: null, phone: null, designatedOn: null, status: 'OVERDUE' }),
      entry({ department: '信息处', liaisonName: '王五', phone: null }),
    ]
    const accounts = [
      account(),
      account({ id: 'x', name: '王五', department: '信息处', roles: ['AUDITOR'] }), // not a liaison account
    ]
    expect(liaisonsWithoutAccount(register, accounts).map((e) => e.liaisonName)).toEqual(['李四', '王五'])
  })

  it('knows a liaison by phone when the name is written differently, and a new liaison despite the old account', () => {
    expect(liaisonsWithoutAccount([entry({ liaisonName: '张 三' })], [account({ name: '张三', phone: null })])).toEqual([])
    expect(liaisonsWithoutAccount([entry({ liaisonName: '张叁' })], [account({ name: '张三' })])).toEqual([])
    expect(liaisonsWithoutAccount([entry({ liaisonName: '赵六', phone: '13900009999' })], [account()])).toHaveLength(1)
  })
})

describe('answers of the identity API', () => {
  it('reads a created account nested or flat', () => {
    const nested = createdOf({ account: account(), initialPassword: 'Abc-123456789' })
    const flat = createdOf({ ...account(), initialPassword: 'Abc-123456789' })
    expect(nested).toEqual(flat)
    expect(flat.account).not.toHaveProperty('initialPassword')
  })

  it('reads a list plain or paged', () => {
    expect(listOf([1, 2])).toEqual([1, 2])
    expect(listOf({ items: [3] })).toEqual([3])
    expect(listOf({ content: [4] })).toEqual([4])
    expect(listOf(null)).toEqual([])
  })

  it('tells a history entry in words', () => {
    const entry = {
      sequence: 0, eventId: 'e', type: 'identity.AccountCreated.v1', occurredAt: '2020-03-01T02:00:00Z',
      actorId: 'office-admin', actorName: '办公室管理员', actorDepartment: '办公室', actorRoles: 'OFFICE',
      reason: '开通', payload: { accountId: 'liaison-1', name: '张三', department: '督查处', phone: null, roles: ['LIAISON'] },
    }
    expect(eventName(entry.type)).toBe('开通账号')
    expect(eventName('identity.AccountLocked.v1')).toBe('连续输错密码，锁定')
    expect(actorOf(entry)).toBe('办公室管理员（办公室）')
    expect(actorOf({ ...entry, actorId: 'system', actorName: '系统', actorDepartment: null })).toBe('系统')
    expect(eventDetails(entry)).toBe('姓名 张三；处室 督查处；角色 联络员')
  })
})
