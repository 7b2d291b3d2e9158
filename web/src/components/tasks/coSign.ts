import type { CoSignTask } from '@/api/tasks'
import { QUARTERS, quarterName } from '@/util/format'

/**
 * A quarter of the plan's year as the 会签 form offers it: whether this department signed it already, and whether it
 * is the quarter that ended last (its report is the one being written).
 */
export interface QuarterOption {
  quarter: string
  label: string
  signed: boolean
  lastEnded: boolean
}

/** The four quarters of the plan's year; the service refuses a co-signature outside it and a second one. */
export function quarterOptions(year: number, item: CoSignTask, department: string, today: string): QuarterOption[] {
  const todayYear = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const ended = todayYear > year ? 4 : todayYear < year ? 0 : Math.floor((month - 1) / 3)
  return QUARTERS.map((q, index) => {
    const quarter = `${year}-${q}`
    return { quarter, label: quarterName(q), lastEnded: index + 1 === ended,
      signed: (item.task.coSignatures ?? []).some((s) => s.quarter === quarter && s.department === department) }
  })
}

/** What this department wrote when it co-signed the quarter. */
export const signedBy = (item: CoSignTask, department: string, quarter: string): string =>
  (item.task.coSignatures ?? []).find((s) => s.quarter === quarter && s.department === department)?.contribution ?? ''
