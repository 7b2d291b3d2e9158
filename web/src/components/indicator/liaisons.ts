import type { LiaisonEntry, LiaisonStatus } from '@/api/indicator'

/** The register's four states against the due date, as tags: on time green, late orange, overdue red. */
export const LIAISON_STATES: { status: LiaisonStatus; label: string; tag: 'success' | 'warning' | 'danger' | 'info' }[] = [
  { status: 'DESIGNATED', label: '按时报送', tag: 'success' },
  { status: 'LATE', label: '逾期报送', tag: 'warning' },
  { status: 'OVERDUE', label: '逾期未报', tag: 'danger' },
  { status: 'PENDING', label: '待报送', tag: 'info' },
]

export function liaisonCounts(entries: LiaisonEntry[]): Record<LiaisonStatus, number> {
  const counts: Record<LiaisonStatus, number> = { DESIGNATED: 0, LATE: 0, OVERDUE: 0, PENDING: 0 }
  for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1
  return counts
}

/** The API's own rules (DesignateLiaisonRequest), checked before sending so the form answers at once. */
export function checkLiaison(form: { liaisonName: string; phone: string }): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = form.liaisonName.trim()
  if (!name) errors.liaisonName = '请填写联络员姓名'
  else if (name.length > 100 || /[\r\n]/.test(name)) errors.liaisonName = '姓名须为一行，不超过 100 个字'
  const phone = form.phone.trim()
  if (phone && !/^[0-9+\- ]{3,40}$/.test(phone)) errors.phone = '电话只能包含数字、空格、+ 和 -（3–40 位）'
  return errors
}
