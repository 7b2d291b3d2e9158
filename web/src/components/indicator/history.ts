import type { HistoryEntry, Target } from '@/api/indicator'
import { namesText, targetChanges, type FieldChange } from './indicatorDiff'

/** The indicator events (indicator.<Name>.v1 on the wire) in the office's words. */
const LABELS: Record<string, string> = {
  IndicatorDefined: '创建指标',
  IndicatorTextRevised: '修改指标内容',
  IndicatorTargetRevised: '修改目标值',
  IndicatorDepartmentsAssigned: '调整牵头/配合处室',
  IndicatorLeadersAssigned: '调整责任领导',
  IndicatorWithdrawn: '撤销指标',
}

/** `indicator.IndicatorTargetRevised.v1` → IndicatorTargetRevised. */
export const eventName = (type: string): string => type.split('.').length >= 3 ? type.split('.')[1] : type

export const eventLabel = (type: string): string => LABELS[eventName(type)] ?? eventName(type)

type Payload = Record<string, unknown>
const names = (value: unknown): string => namesText(Array.isArray(value) ? (value as string[]) : [])
const yesNo = (value: unknown): string => (value ? '是' : '否')

/** Each field an event changed, from what to what, as the history timeline lists it. */
export function eventChanges(entry: HistoryEntry): FieldChange[] {
  const p: Payload = entry.payload ?? {}
  switch (eventName(entry.type)) {
    case 'IndicatorTextRevised':
      return [{ field: '指标内容', before: String(p.before ?? ''), after: String(p.after ?? '') }]
    case 'IndicatorTargetRevised':
      return targetChanges(p.before as Target | null, p.after as Target | null)
    case 'IndicatorDepartmentsAssigned': {
      const changes: FieldChange[] = []
      const add = (field: string, before: string, after: string) => {
        if (before !== after) changes.push({ field, before, after })
      }
      add('牵头处室', names(p.leadBefore), names(p.lead))
      add('配合处室', names(p.cooperatingBefore), names(p.cooperating))
      add('各处室均配合', yesNo(p.allCooperatingBefore), yesNo(p.allCooperating))
      return changes
    }
    case 'IndicatorLeadersAssigned':
      return [{ field: '责任领导', before: names(p.before), after: names(p.after) }]
    default:
      return []
  }
}

/** Who acted: 张三（office-admin，考核办）. */
export function actorText(entry: HistoryEntry): string {
  const details = [entry.actorId, entry.actorDepartment].filter(Boolean).join('，')
  const name = entry.actorName || entry.actorId || '系统'
  return details && details !== name ? `${name}（${details}）` : name
}
