import { get, post } from './http'
import type { HistoryEntry as AccountHistoryEntry } from './history'

/**
 * The office's account administration at identity-service (`/api/identity/accounts`): who may sign in, with which
 * roles, and each change's who/when/why. Passwords come back once, in the answer that made them, never again.
 */
export type AccountState = 'ACTIVE' | 'DISABLED' | 'LOCKED'

export interface Account {
  id: string
  name: string
  department: string | null
  phone: string | null
  roles: string[]
  state: AccountState
  lockedUntil: string | null
  createdAt: string
}

export interface NewAccount {
  name: string
  department: string | null
  phone: string | null
  roles: string[]
  userId?: string | null
  reason: string
}

export interface CreatedAccount {
  account: Account
  initialPassword: string
}

/** One event of the account's history (the platform's HistoryEntry); the payload never holds a password. */
export type { HistoryEntry as AccountHistoryEntry } from './history'

/** A plain list, or a page of one (`items`/`content`), as a list. */
export function listOf<T>(answer: T[] | { items?: T[]; content?: T[] } | null | undefined): T[] {
  if (Array.isArray(answer)) return answer
  return answer?.items ?? answer?.content ?? []
}

/** The service answers `{account, initialPassword}`; a flat `{…account, initialPassword}` is read the same way. */
export function createdOf(answer: CreatedAccount | (Account & { initialPassword: string })): CreatedAccount {
  if ('account' in answer && answer.account) return { account: answer.account, initialPassword: answer.initialPassword }
  const { initialPassword, ...account } = answer as Account & { initialPassword: string }
  return { account, initialPassword }
}

const base = '/identity/accounts'
const one = (id: string) => `${base}/${encodeURIComponent(id)}`

export const listAccounts = async (): Promise<Account[]> =>
  listOf(await get<Account[] | { items?: Account[] }>(base))

export const createAccount = async (account: NewAccount): Promise<CreatedAccount> =>
  createdOf((await post<CreatedAccount>(base, account)).data)

export const resetPassword = async (id: string, reason: string): Promise<string> =>
  (await post<{ temporaryPassword: string }>(`${one(id)}/password-reset`, { reason })).data.temporaryPassword

export type AccountAct = 'disable' | 'enable' | 'unlock'

export const actOn = async (id: string, act: AccountAct, reason: string): Promise<void> => {
  await post(`${one(id)}/${act}`, { reason })
}

export const accountHistory = (id: string): Promise<AccountHistoryEntry[]> =>
  get<AccountHistoryEntry[]>(`${one(id)}/history`)
