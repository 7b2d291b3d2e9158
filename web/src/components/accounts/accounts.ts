import type { Account, AccountHistoryEntry } from '@/api/identity'

/** The page's own rules for accounts: Chinese labels, the form's checks before sending, the register's gaps. */

export const ROLE_NAMES: Record<string, string> = { OFFICE: '办公室', LIAISON: '联络员', LEADER: '分管领导', AUDITOR: '审计' }
export const ROLES = Object.keys(ROLE_NAMES)

const ZONE = 'Asia/Shanghai'
const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

export interface StateTag {
  label: string
  type: 'success' | 'info' | 'danger'
}

/**
 * 正常 / 停用 / 锁定至 HH:mm (Beijing time; a lock running past today names its day too). A lock whose time has
 * passed is 正常 again: the service lifts it by the clock, not by an event.
 */
export function stateOf(account: Pick<Account, 'state' | 'lockedUntil'>, now: Date = new Date()): StateTag {
  if (account.state === 'DISABLED') return { label: '停用', type: 'info' }
  if (account.state === 'LOCKED') {
    const until = account.lockedUntil ? new Date(account.lockedUntil) : null
    if (!until || Number.isNaN(until.getTime())) return { label: '锁定', type: 'danger' }
    if (until.getTime() <= now.getTime()) return { label: '正常', type: 'success' }
    const sameDay = dayKey.format(until) === dayKey.format(now)
    const time = clock.format(until)
    const [, month, date] = dayKey.format(until).split('-').map(Number)
    return { label: sameDay ? `锁定至 ${time}` : `锁定至 ${month}月${date}日 ${time}`, type: 'danger' }
  }
  return { label: '正常', type: 'success' }
}

export const roleNames = (roles: string[]): string => roles.map((role) => ROLE_NAMES[role] ?? role).join('、')

export interface AccountForm {
  name: string
  department: string
  phone: string
  roles: string[]
  userId: string
}

/** The service's own rules (CreateAccountRequest), checked before sending so the message sits beside the field. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/
export const USER_ID = /^[a-z0-9][a-z0-9-]{1,63}$/

export function checkAccountForm(form: AccountForm): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = form.name.trim()
  if (!name) errors.name = '请填写姓名'
  else if (/[\r\n\t]/.test(form.name)) errors.name = '姓名只能是一行文字'
  else if ([...name].length > 32) errors.name = '姓名不能超过 32 个字'
  const phone = form.phone.trim()
  if (phone && !PHONE.test(phone)) errors.phone = '请填写 11 位手机号或带区号的座机号（如 0931-1234567）'
  if (form.roles.length === 0) errors.roles = '请至少选择一个角色'
  if (form.roles.includes('LIAISON') && !form.department.trim()) errors.department = '联络员须属于一个处室'
  else if ([...form.department.trim()].length > 64) errors.department = '处室名称不能超过 64 个字'
  const userId = form.userId.trim()
  if (userId && !USER_ID.test(userId)) errors.userId = '账号只能用小写字母、数字和连字符，2–64 位，以字母或数字开头'
  return errors
}

/** One line of the liaison register (联络员名单, indicator-service). */
export interface LiaisonEntry {
  department: string
  liaisonName: string | null
  phone: string | null
  designatedOn: string | null
  dueOn: string | null
  daysLate: number
  status: 'DESIGNATED' | 'LATE' | 'OVERDUE' | 'PENDING'
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.replace(/\s+/g, '') === b.replace(/\s+/g, '')

/**
 * The designated liaisons who cannot sign in yet: no liaison account of their department under their name or
 * phone. A department whose liaison changed shows the new person even though the old one still has an account.
 */
export function liaisonsWithoutAccount(register: LiaisonEntry[], accounts: Account[]): LiaisonEntry[] {
  return register.filter((entry) => entry.liaisonName && (entry.status === 'DESIGNATED' || entry.status === 'LATE'))
    .filter((entry) => !accounts.some((account) => account.roles.includes('LIAISON')
      && account.department === entry.department
      && (same(account.name, entry.liaisonName) || same(account.phone, entry.phone))))
}

export interface AccountFilter {
  role: string
  department: string
  state: string
  text: string
}

export function filterAccounts(accounts: Account[], filter: AccountFilter, now: Date = new Date()): Account[] {
  const text = filter.text.trim().toLowerCase()
  return accounts.filter((account) => (!filter.role || account.roles.includes(filter.role))
    && (!filter.department || account.department === filter.department)
    && (!filter.state || effectiveState(account, now) === filter.state)
    && (!text || [account.name, account.id, account.phone ?? ''].some((value) => value.toLowerCase().includes(text))))
}

/** LOCKED only while the lock lasts. */
export function effectiveState(account: Pick<Account, 'state' | 'lockedUntil'>, now: Date = new Date()): string {
  if (account.state !== 'LOCKED') return account.state
  return account.lockedUntil && new Date(account.lockedUntil).getTime() <= now.getTime() ? 'ACTIVE' : 'LOCKED'
}

const EVENT_NAMES: Record<string, string> = {
  AccountCreated: '开通账号',
  AccountPasswordReset: '重置密码',
  AccountPasswordChanged: '本人修改密码',
  AccountDisabled: '停用',
  AccountEnabled: '启用',
  AccountLocked: '连续输错密码，锁定',
  AccountUnlocked: '解除锁定',
}

/** `identity.AccountDisabled.v1` → 停用. */
export function eventName(type: string): string {
  const name = type.split('.').find((part) => part.startsWith('Account')) ?? type
  return EVENT_NAMES[name] ?? name
}

/** What an event recorded, in words (the creation's details, a lock's end); nothing for the plain acts. */
export function eventDetails(entry: AccountHistoryEntry): string {
  const payload = entry.payload ?? {}
  const parts: string[] = []
  if (typeof payload.name === 'string') parts.push(`姓名 ${payload.name}`)
  if (typeof payload.department === 'string') parts.push(`处室 ${payload.department}`)
  if (typeof payload.phone === 'string') parts.push(`电话 ${payload.phone}`)
  if (Array.isArray(payload.roles)) parts.push(`角色 ${roleNames(payload.roles as string[])}`)
  if (typeof payload.lockedUntil === 'string') parts.push(`锁定至 ${clock.format(new Date(payload.lockedUntil))}`)
  if (typeof payload.failures === 'number') parts.push(`连续失败 ${payload.failures} 次`)
  return parts.join('；')
}

/** Who did it: a name with department, else the system (demo accounts, locks by the sign-in page). */
export function actorOf(entry: AccountHistoryEntry): string {
  if (!entry.actorName && !entry.actorId) return '系统'
  const who = entry.actorName ?? entry.actorId ?? ''
  return entry.actorDepartment ? `${who}（${entry.actorDepartment}）` : who
}
