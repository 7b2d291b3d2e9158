/** Dates as the bureau writes them (2020年9月30日), always in Asia/Shanghai whatever the browser's zone. */
const ZONE = 'Asia/Shanghai'

const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})

/** A calendar date (`2020-09-30`) or an instant, as 2020年9月30日. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (plain) return `${Number(plain[1])}年${Number(plain[2])}月${Number(plain[3])}日`
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? value : dateFormat.format(instant)
}

/** An instant as 2020年9月30日 14:05 in Beijing time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? value : timeFormat.format(instant).replace(/\s+/, ' ')
}

/** Numbers as the API gives them (plain decimals), without trailing zeros. */
export function formatNumber(value: number | string | null | undefined, digits = 2): string {
  if (value === null || value === undefined || value === '') return '—'
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(number) ? String(Number(number.toFixed(digits))) : String(value)
}

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const
export const quarterName = (quarter: string): string =>
  ({ Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度' } as Record<string, string>)[quarter] ?? quarter

export const LIGHTS: Record<string, { label: string; color: string }> = {
  GREEN: { label: '绿灯', color: '#2e9d5b' },
  YELLOW: { label: '黄灯', color: '#e6a23c' },
  RED: { label: '红灯', color: '#d03050' },
  NONE: { label: '无', color: '#a0a4ab' },
}
