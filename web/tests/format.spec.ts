import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatNumber } from '@/util/format'

describe('dates and numbers as the bureau writes them', () => {
  it('writes calendar dates as 2020年9月30日', () => {
    expect(formatDate('2020-09-30')).toBe('2020年9月30日')
    expect(formatDate(null)).toBe('—')
  })

  it('writes instants in Beijing time whatever the browser zone', () => {
    // 16:30 UTC on 30 September is already 1 October in Shanghai
    expect(formatDate('2020-09-30T16:30:00Z')).toBe('2020年10月1日')
    expect(formatDateTime('2020-09-30T06:05:00Z')).toBe('2020年9月30日 14:05')
  })

  it('drops trailing zeros from the API plain decimals', () => {
    expect(formatNumber('75.5000')).toBe('75.5')
    expect(formatNumber(3)).toBe('3')
    expect(formatNumber(undefined)).toBe('—')
  })
})
