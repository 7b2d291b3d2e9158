import { useSessionStore } from '@/stores/session'

/**
 * Today as every service takes it: the business day the gateway announces (KAOHE_BUSINESS_DATE, for a
 * demonstration) or the real date in Asia/Shanghai. Date pickers bound by "today" use this, never the browser's
 * clock, so they offer exactly the days the API accepts.
 */
export function businessToday(): string {
  return useSessionStore().config?.businessDate
    ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

/** A picker's day (local midnight) after the business day. */
export function isAfterBusinessDay(day: Date): boolean {
  return day.getTime() > new Date(`${businessToday()}T00:00:00`).getTime()
}

/** The as-of days a plan can be seen on: from its issue to the business day. */
export function outsidePlanDays(day: Date, issuedOn: string | null | undefined): boolean {
  return isAfterBusinessDay(day) || (!!issuedOn && day.getTime() < new Date(`${issuedOn}T00:00:00`).getTime())
}
