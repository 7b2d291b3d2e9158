import type { Indicator } from '@/api/indicator'
import { formatNumber } from '@/util/format'

export interface IndicatorListFilter {
  kind: string
  department: string
  /** Whether the department must lead (牵头), cooperate (配合, including 各处室) or either. */
  role: 'any' | 'lead' | 'cooperating'
  leader: string
  provincialOnly: boolean
  search: string
}

const leads = (indicator: Indicator, department: string) => indicator.leadDepartments.includes(department)
const cooperates = (indicator: Indicator, department: string) =>
  indicator.cooperatingDepartments.includes(department)
  || (indicator.allDepartmentsCooperate && !indicator.leadDepartments.includes(department))

/** The list's filters, applied on the page; the search matches code or text, ignoring case and spaces. */
export function filterIndicators(indicators: Indicator[], filter: IndicatorListFilter): Indicator[] {
  const needle = filter.search.replace(/\s+/g, '').toLowerCase()
  return indicators.filter((indicator) => {
    if (filter.kind && indicator.kind !== filter.kind) return false
    if (filter.provincialOnly && !indicator.provincial) return false
    if (filter.leader && !indicator.leaders.includes(filter.leader)) return false
    if (filter.department) {
      const lead = leads(indicator, filter.department)
      const cooperating = cooperates(indicator, filter.department)
      if (filter.role === 'lead' ? !lead : filter.role === 'cooperating' ? !cooperating : !(lead || cooperating)) return false
    }
    if (needle) {
      const haystack = `${indicator.code}${indicator.text}`.replace(/\s+/g, '').toLowerCase()
      if (!haystack.includes(needle)) return false
    }
    return true
  })
}

/** Targets in one cell: "示范镇街 30个；覆盖率 75%". */
export const targetsSummary = (indicator: Indicator): string => indicator.targets.length
  ? indicator.targets.map((t) => `${t.subject ? `${t.subject} ` : ''}${formatNumber(t.value, 4)}${t.unit}`).join('；')
  : '—'
