import type { Indicator, Target } from '@/api/indicator'
import { formatNumber } from '@/util/format'

/** One field that differs between two readings of an indicator, worded for the office. */
export interface FieldChange {
  field: string
  before: string
  after: string
}

const list = (names: string[] | null | undefined): string => (names && names.length ? names.join('、') : '（无）')
const yesNo = (value: boolean): string => (value ? '是' : '否')

export const targetText = (target: Target | null | undefined): string =>
  target ? `${formatNumber(target.value, 4)}${target.unit}${target.subject ? `（${target.subject}）` : ''}` : '（无）'

/** A target's own fields compared: 目标值 T1：70 → 75, 单位, 对象 — only those that changed. */
export function targetChanges(before: Target | null | undefined, after: Target | null | undefined): FieldChange[] {
  const key = after?.key ?? before?.key ?? ''
  if (!before || !after) return [{ field: `目标 ${key}`, before: targetText(before), after: targetText(after) }]
  const changes: FieldChange[] = []
  const value = (t: Target) => formatNumber(t.value, 4)
  if (value(before) !== value(after)) changes.push({ field: `目标值 ${key}`, before: value(before), after: value(after) })
  if (before.unit !== after.unit) changes.push({ field: `单位 ${key}`, before: before.unit, after: after.unit })
  if ((before.subject ?? '') !== (after.subject ?? '')) {
    changes.push({ field: `对象 ${key}`, before: before.subject || '（无）', after: after.subject || '（无）' })
  }
  return changes
}

/**
 * What someone else changed between the version this person read and the current one (after a 412): every field
 * of the indicator, compared one by one, so nobody re-applies a change without seeing what it would overwrite.
 */
export function diffIndicators(mine: Indicator, theirs: Indicator): FieldChange[] {
  const changes: FieldChange[] = []
  const add = (field: string, before: string, after: string) => { if (before !== after) changes.push({ field, before, after }) }
  add('指标内容', mine.text, theirs.text)
  const keys = [...new Set([...mine.targets, ...theirs.targets].map((t) => t.key))].sort()
  for (const key of keys) {
    const before = mine.targets.find((t) => t.key === key)
    const after = theirs.targets.find((t) => t.key === key)
    if (targetText(before) !== targetText(after)) changes.push(...targetChanges(before, after))
  }
  add('牵头处室', list(mine.leadDepartments), list(theirs.leadDepartments))
  add('配合处室', list(mine.cooperatingDepartments), list(theirs.cooperatingDepartments))
  add('各处室均配合', yesNo(mine.allDepartmentsCooperate), yesNo(theirs.allDepartmentsCooperate))
  add('责任领导', list(mine.leaders), list(theirs.leaders))
  add('状态', mine.withdrawn ? '已撤销' : '有效', theirs.withdrawn ? '已撤销' : '有效')
  return changes
}

export { list as namesText }
