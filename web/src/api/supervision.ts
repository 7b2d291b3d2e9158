import { get, post, put, request, type Versioned } from './http'

/**
 * The supervision context (/api/supervision): the plan's reminder policy, 督办单 (chases), what is due by whom
 * (obligations), each person's inbox and preferences, and how reminders went out (deliveries). Shapes follow
 * supervision-service's views; a null field may be absent.
 */

export type Audience = 'LIAISON' | 'LEADER' | 'OFFICE'
export type Channel = 'INBOX' | 'EMAIL' | 'WECOM' | 'DINGTALK'

export interface EscalationStep {
  daysAfter: number
  audiences: Audience[]
}

/** What the office edits: when to remind before, on and after a due date, when to keep quiet, by which channels. */
export interface ReminderPolicyFields {
  daysBefore: number[]
  onDueDay: boolean
  escalation: EscalationStep[]
  /** HH:mm in Asia/Shanghai; equal times mean no quiet hours. */
  quietFrom: string
  quietUntil: string
  channels: Channel[]
}

export interface ReminderPolicyView extends ReminderPolicyFields {
  planId: string
  /** 0 is the default every plan follows until the office adopts its own. */
  version: number
  adoptedAt?: string | null
  adoptedBy?: string | null
  adoptedByName?: string | null
  reason?: string | null
}

export type ChaseStatus = 'OPENED' | 'SIGNED' | 'REPLIED' | 'SENT_BACK' | 'ACCEPTED' | 'CLOSED' | 'WITHDRAWN'
export type ChaseSubjectKind = 'DEPARTMENT' | 'INDICATOR' | 'LEDGER_TASK' | 'MONTHLY_CHECK' | 'QUARTERLY_REPORT' | 'GAP'

export interface ChaseSubject {
  kind: ChaseSubjectKind
  id?: string | null
  label?: string | null
}

export interface ChaseReply {
  round: number
  progress: string
  evidence: string[]
  repliedOn: string
  daysLate: number
  by?: string | null
  byName?: string | null
}

export interface ChaseStep {
  /** The step's name (OPENED, SIGNED … or the event's name). */
  type: string
  at: string
  by?: string | null
  byName?: string | null
  reason?: string | null
}

export interface ChaseView {
  chaseId: string
  planId: string
  department: string
  subject: ChaseSubject
  title: string
  message: string
  replyBy: string
  status: ChaseStatus
  statusLabel?: string | null
  round: number
  overdue: boolean
  daysOverdue?: number | null
  openedOn: string
  openedBy?: string | null
  openedByName?: string | null
  replies: ChaseReply[]
  steps: ChaseStep[]
  version: number
}

export interface OpenChaseRequest {
  planId: string
  department: string
  subject: ChaseSubject
  title: string
  message: string
  replyBy: string
}

export interface ChaseFilters {
  planId: string
  department?: string | null
  status?: ChaseStatus | null
  overdue?: boolean | null
}

export interface Obligation {
  key: string
  kind: string
  kindLabel?: string | null
  planId: string
  department: string
  subjectId?: string | null
  label: string
  dueOn: string
  owner: 'LIAISON' | 'OFFICE'
  done: boolean
  doneOn?: string | null
  daysOverdue?: number | null
  /** The page of the app where it is done, for the person reading. */
  link?: string | null
}

export type ObligationState = 'open' | 'overdue' | 'done'

export interface ObligationFilters {
  planId: string
  department?: string | null
  from?: string | null
  to?: string | null
  state?: ObligationState | null
}

export interface SweepResult {
  day: string
  obligations: number
  remindersDue: number
  newlyRecorded: number
  tookMs: number
}

export interface InboxItem {
  id: string
  /** The reminder's step: before-3, due, after-1 …; a 督办单's: opened, replied-1, sent-back-1, accepted … */
  kind: string
  title: string
  body?: string | null
  /** A route of this app (/chases/…, /mine/checks/…). */
  link?: string | null
  planId?: string | null
  department?: string | null
  dueOn?: string | null
  createdAt: string
  readAt?: string | null
}

export interface Preferences {
  email: string
  emailOn: boolean
  groupMentionOn: boolean
}

export type DeliveryStatus = 'PENDING' | 'HELD' | 'SENDING' | 'SENT' | 'RETRYING' | 'FAILED' | 'SKIPPED' | 'UNCERTAIN'

/** One (obligation, step, recipient, channel) as sent or not yet. */
export interface Delivery {
  id: number | string
  obligationKey?: string | null
  step?: string | null
  recipientId?: string | null
  recipientName?: string | null
  audience?: string | null
  channel: Channel
  planId?: string | null
  department?: string | null
  title?: string | null
  link?: string | null
  dueAt?: string | null
  status: DeliveryStatus
  attempts?: number | null
  nextAttemptAt?: string | null
  acceptedAt?: string | null
  lastError?: string | null
  lastErrorAt?: string | null
  createdAt?: string | null
}

export interface ChannelCounts {
  channel: Channel
  pending?: number
  sent: number
  failed: number
  retrying: number
  held: number
  skipped: number
  /** Being sent when its process died: never sent again, the office checks by hand. */
  uncertain?: number
}

export interface DeliverySummary {
  byChannel: ChannelCounts[]
  lastFailure?: { channel: Channel; at: string; error: string } | null
}

/** One page of a list: the items, and whether a next page may follow (a full page may not be the last). */
export interface Page<T> {
  items: T[]
  more: boolean
}

export const PAGE_SIZE = 50

/**
 * A page as the platform answers it: a plain list, `offset`/`limit` in the query, a full page may have a next one
 * (the service says so in a Link header; a full page is the same fact without reading headers).
 */
export function pageOf<T>(answer: T[] | { items?: T[] } | null, size: number): Page<T> {
  const items = Array.isArray(answer) ? answer : answer?.items ?? []
  return { items, more: items.length >= size }
}

const paged = async <T>(path: string, query: Record<string, string | number | boolean | null | undefined>,
  page: number, size: number): Promise<Page<T>> =>
  pageOf(await get<T[]>(path, { ...query, offset: page * size, limit: size }), size)

/**
 * A write that must happen once however often it is sent (a double click, a retry after a timeout): the same body
 * goes with the same Idempotency-Key; a changed body gets a new key (the service refuses a key reused for another
 * request).
 */
export function onceKeys(): (body: unknown) => string {
  let last: { body: string; key: string } | null = null
  return (body) => {
    const text = JSON.stringify(body)
    if (!last || last.body !== text) last = { body: text, key: newKey() }
    return last.key
  }
}

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

const base = '/supervision'
const policyPath = (planId: string) => `${base}/plans/${encodeURIComponent(planId)}/reminder-policy`
const chasePath = (chaseId: string) => `${base}/chases/${encodeURIComponent(chaseId)}`

// ---- reminder policy (office edits, everyone reads) ---------------------------------------------------------------

export const reminderPolicy = (planId: string): Promise<Versioned<ReminderPolicyView>> =>
  request<ReminderPolicyView>(policyPath(planId))

export const adoptReminderPolicy = (planId: string, fields: ReminderPolicyFields, reason: string, etag: string | null)
  : Promise<Versioned<ReminderPolicyView>> =>
  put<ReminderPolicyView>(policyPath(planId), { ...fields, reason }, etag)

export const reminderPolicyVersions = (planId: string, page = 0, size = PAGE_SIZE): Promise<Page<ReminderPolicyView>> =>
  paged<ReminderPolicyView>(`${policyPath(planId)}/versions`, {}, page, size)

// ---- 督办单 ----------------------------------------------------------------------------------------------------------

export const chases = (filters: ChaseFilters, page = 0, size = PAGE_SIZE): Promise<Page<ChaseView>> =>
  paged<ChaseView>(`${base}/chases`, { planId: filters.planId, department: filters.department,
    status: filters.status, overdue: filters.overdue ? true : undefined }, page, size)

export const chase = (chaseId: string): Promise<Versioned<ChaseView>> => request<ChaseView>(chasePath(chaseId))

export const openChase = (body: OpenChaseRequest, idempotencyKey: string): Promise<Versioned<ChaseView>> =>
  request<ChaseView>(`${base}/chases`, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } })

export const signChase = (chaseId: string, etag: string | null): Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/sign`, {}, etag)

export const replyToChase = (chaseId: string, progress: string, evidence: string[], etag: string | null)
  : Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/replies`, { progress, evidence }, etag)

export const acceptChase = (chaseId: string, comment: string, etag: string | null): Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/accept`, { comment }, etag)

export const sendChaseBack = (chaseId: string, reason: string, replyBy: string, etag: string | null)
  : Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/send-back`, { reason, replyBy }, etag)

export const closeChase = (chaseId: string, etag: string | null): Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/close`, {}, etag)

export const withdrawChase = (chaseId: string, reason: string, etag: string | null): Promise<Versioned<ChaseView>> =>
  post<ChaseView>(`${chasePath(chaseId)}/withdraw`, { reason }, etag)

// ---- obligations ------------------------------------------------------------------------------------------------

export const obligations = (filters: ObligationFilters, page = 0, size = PAGE_SIZE): Promise<Page<Obligation>> =>
  paged<Obligation>(`${base}/obligations`, { ...filters }, page, size)

export const sweep = async (day?: string): Promise<SweepResult> =>
  (await post<SweepResult>(`${base}/sweeps`, day ? { day } : {})).data

// ---- the inbox (each person's own) ------------------------------------------------------------------------------

export const inbox = (unread: boolean | null = null, page = 0, size = PAGE_SIZE): Promise<Page<InboxItem>> =>
  paged<InboxItem>(`${base}/inbox`, { unread: unread === null ? undefined : unread }, page, size)

export const unreadCount = async (): Promise<number> =>
  (await get<{ unread: number }>(`${base}/inbox/unread-count`)).unread

export const markRead = async (id: string): Promise<void> => {
  await post<void>(`${base}/inbox/${encodeURIComponent(id)}/read`)
}

export const markAllRead = async (): Promise<number> =>
  (await post<{ marked: number }>(`${base}/inbox/read-all`)).data?.marked ?? 0

// ---- preferences and deliveries ---------------------------------------------------------------------------------

export const preferences = (): Promise<Preferences> => get<Preferences>(`${base}/me/preferences`)

export const savePreferences = async (body: Preferences): Promise<Preferences> =>
  (await put<Preferences>(`${base}/me/preferences`, body)).data ?? body

export const deliveries = (status: DeliveryStatus | null, channel: Channel | null, page = 0, size = PAGE_SIZE)
  : Promise<Page<Delivery>> =>
  paged<Delivery>(`${base}/deliveries`, { status, channel }, page, size)

export const deliverySummary = (): Promise<DeliverySummary> => get<DeliverySummary>(`${base}/deliveries/summary`)
