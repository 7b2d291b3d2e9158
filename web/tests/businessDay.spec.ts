import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from '@/stores/session'
import { isAfterBusinessDay, outsidePlanDays } from '@/util/businessDay'

const day = (text: string) => new Date(`${text}T00:00:00`)

describe('date pickers bound by the business day', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().config = { issuer: 'http://idp', clientId: 'kaohe-web', scope: 'openid', apiBase: '/api',
      businessDate: '2020-10-15' }
  })

  it('offers no day after the business day the gateway announces, whatever the browser clock says', () => {
    expect(isAfterBusinessDay(day('2020-10-15'))).toBe(false)
    expect(isAfterBusinessDay(day('2020-10-16'))).toBe(true)
  })

  it('offers as-of days from the plan issue to the business day', () => {
    expect(outsidePlanDays(day('2020-07-06'), '2020-07-07')).toBe(true)
    expect(outsidePlanDays(day('2020-07-07'), '2020-07-07')).toBe(false)
    expect(outsidePlanDays(day('2020-11-01'), '2020-07-07')).toBe(true)
  })

  it('uses the real date in Shanghai when no business day is set', () => {
    useSessionStore().config = { ...useSessionStore().config!, businessDate: null }
    expect(isAfterBusinessDay(day('2020-10-16'))).toBe(false)
  })
})
