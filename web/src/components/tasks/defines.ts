import type { CarriedIndicator, DefineChange, DefineKey, DefinesRequest, LedgerTaskView, SixDefines }
  from '@/api/tasks'
import type { HistoryEntry } from '@/api/history'
import type { Target } from '@/api/indicator'
import { formatDate, formatNumber } from '@/util/format'

/**
 * The six defines (六定) of a ledger task as the liaison's form holds them: which are still missing (the same rule
 * as the ledger service's SixDefinesRules), the form ↔ request mapping, and how states, extensions and define
 * changes are told in the notice's words.
 */

/** The six, in the notice's order; 主要措施 is recorded beside them but is not one of them. */
export const SIX_DEFINES: DefineKey[] = ['NATURE', 'QUANTITY', 'STANDARD', 'DEADLINE', 'RESPONSIBLE_UNIT',
  'RESPONSIBLE_PERSON']

export const DEFINE_LABELS: Record<DefineKey, string> = {
  NATURE: '定性质',
  QUANTITY: '定数量',
  STANDARD: '定标准',
  DEADLINE: '定时限',
  RESPONSIBLE_UNIT: '定责任单位',
  RESPONSIBLE_PERSON: '定责任人',
  MEASURES: '主要措施',
}

export interface MilestoneRow {
  dueOn: string | null
  description: string
}

export interface DefinesForm {
  nature: string
  qualitative: boolean
  quantityValue: number | null
  quantityUnit: string
  targetKey: string | null
  standard: string
  deadline: string | null
  milestones: MilestoneRow[]
  responsibleUnit: string
  responsiblePerson: string
  measures: string
}

export const emptyForm = (): DefinesForm => ({
  nature: '', qualitative: false, quantityValue: null, quantityUnit: '', targetKey: null, standard: '',
  deadline: null, milestones: [], responsibleUnit: '', responsiblePerson: '', measures: '',
})

const blank = (text: string | null | undefined): boolean => !text || text.trim() === ''

/** The six defines the form still lacks: a qualitative task's quantity counts as set; milestones alone do not set 定时限. */
export function missingDefines(form: DefinesForm): DefineKey[] {
  const set: Record<string, boolean> = {
    NATURE: !blank(form.nature),
    QUANTITY: form.qualitative || (form.quantityValue !== null && !blank(form.quantityUnit)),
    STANDARD: !blank(form.standard),
    DEADLINE: !!form.deadline,
    RESPONSIBLE_UNIT: !blank(form.responsibleUnit),
    RESPONSIBLE_PERSON: !blank(form.responsiblePerson),
  }
  return SIX_DEFINES.filter((define) => !set[define])
}

/** 0–100, for the meter. */
export const completenessPercent = (missing: DefineKey[]): number =>
  Math.round(((SIX_DEFINES.length - missing.length) / SIX_DEFINES.length) * 100)

/** "还缺：定标准、定时限", or that all six are set. */
export function missingText(missing: DefineKey[]): string {
  return missing.length === 0 ? '六定已齐全' : `还缺：${missing.map((define) => DEFINE_LABELS[define]).join('、')}`
}

/** The form of a task as the service answered it. */
export function formOf(defines: SixDefines): DefinesForm {
  return {
    nature: defines.nature ?? '',
    qualitative: defines.qualitative,
    quantityValue: defines.quantity ? Number(defines.quantity.value) : null,
    quantityUnit: defines.quantity?.unit ?? '',
    targetKey: defines.quantity?.targetKey ?? null,
    standard: defines.standard ?? '',
    deadline: defines.deadline ?? null,
    milestones: (defines.milestones ?? []).map((m) => ({ dueOn: m.dueOn, description: m.description })),
    responsibleUnit: defines.responsibleUnit ?? '',
    responsiblePerson: defines.responsiblePerson ?? '',
    measures: defines.measures ?? '',
  }
}

const textOrNull = (text: string): string | null => (blank(text) ? null : text.trim())

/**
 * The request of a form: a qualitative task sends no quantity, an untouched quantity none either; milestone rows
 * left wholly empty are dropped. Call {@link formProblems} first: a half-filled quantity or milestone is refused.
 */
export function requestOf(form: DefinesForm): DefinesRequest {
  const untouched = form.quantityValue === null && blank(form.quantityUnit)
  return {
    nature: textOrNull(form.nature),
    quantity: form.qualitative || untouched ? null : {
      value: form.quantityValue as number, unit: form.quantityUnit.trim(), targetKey: form.targetKey || null,
    },
    qualitative: form.qualitative,
    standard: textOrNull(form.standard),
    deadline: form.deadline || null,
    milestones: form.milestones.filter((m) => m.dueOn || !blank(m.description))
      .map((m) => ({ dueOn: m.dueOn as string, description: m.description.trim() })),
    responsibleUnit: textOrNull(form.responsibleUnit),
    responsiblePerson: textOrNull(form.responsiblePerson),
    measures: textOrNull(form.measures),
  }
}

/** What the service would refuse in a form, said beside the field before anything is sent (field → message). */
export function formProblems(form: DefinesForm): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!form.qualitative) {
    if (form.quantityValue !== null && blank(form.quantityUnit)) problems['quantity.unit'] = '请填写计量单位'
    if (form.quantityValue === null && (!blank(form.quantityUnit) || form.targetKey)) {
      problems['quantity.value'] = '请填写数量'
    }
    if (form.quantityValue !== null && form.quantityValue <= 0) problems['quantity.value'] = '数量须大于 0；无法计数的任务请选“定性”'
  }
  form.milestones.forEach((m, index) => {
    const started = !!m.dueOn || !blank(m.description)
    if (started && (!m.dueOn || blank(m.description))) {
      problems[`milestones.${index}`] = '节点的日期和内容都要填写'
    } else if (m.dueOn && form.deadline && m.dueOn > form.deadline) {
      problems[`milestones.${index}`] = '节点日期不能晚于完成时限'
    }
  })
  return problems
}

/** The indicator target a quantity answers, and whether the quantity falls short of it. */
export function targetCheck(form: DefinesForm, targets: Target[]): { target: Target; below: boolean } | null {
  if (form.qualitative || !form.targetKey) return null
  const target = targets.find((t) => t.key === form.targetKey)
  if (!target) return null
  const value = Number(target.value)
  const below = form.quantityValue !== null && !Number.isNaN(value) && form.quantityValue < value
  return { target, below }
}

export const targetText = (target: Target): string =>
  `${target.key}：${target.subject ? `${target.subject} ` : ''}${formatNumber(target.value)}${target.unit}`

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

/** 草稿 / 已提交（待审核）/ 已审核 / 已退回, from the task's status and the office's review. */
export function taskState(task: Pick<LedgerTaskView, 'status' | 'review'>): { label: string; tag: TagType } {
  if (task.status === 'DRAFT') return { label: '草稿', tag: 'info' }
  switch (task.review?.state) {
    case 'APPROVED': return { label: '已审核', tag: 'success' }
    case 'RETURNED': return { label: '已退回', tag: 'danger' }
    default: return { label: '已提交（待审核）', tag: 'primary' }
  }
}

/** Lead indicators first, then by code; tasks grouped under the indicator they carry out. */
export function groupByIndicator(tasks: LedgerTaskView[], carried: CarriedIndicator[])
  : { indicator: CarriedIndicator | null; code: string; carriedAs: 'LEAD' | 'COOPERATING'; tasks: LedgerTaskView[] }[] {
  const groups = new Map<string, { indicator: CarriedIndicator | null; code: string;
    carriedAs: 'LEAD' | 'COOPERATING'; tasks: LedgerTaskView[] }>()
  for (const task of tasks) {
    const indicator = carried.find((c) => c.indicatorId === task.indicatorId) ?? null
    const group = groups.get(task.indicatorId) ?? { indicator, code: indicator?.code ?? task.indicatorCode ?? '',
      carriedAs: task.carriedAs, tasks: [] }
    group.tasks.push(task)
    groups.set(task.indicatorId, group)
  }
  return [...groups.values()].sort((a, b) => (a.carriedAs === b.carriedAs ? 0 : a.carriedAs === 'LEAD' ? -1 : 1)
    || a.code.localeCompare(b.code, 'zh-CN', { numeric: true }))
}

export interface ExtensionRecord {
  requestId: string
  currentDeadline: string | null
  requestedDeadline: string
  reason: string | null
  requestedAt: string
  requestedBy: string
  state: 'PENDING' | 'APPROVED' | 'REFUSED'
  decisionReason: string | null
  decidedAt: string | null
  decidedBy: string | null
}

const eventName = (type: string): string => type.replace(/^[a-z]+\./, '').replace(/\.v\d+$/, '')
const actor = (entry: HistoryEntry): string => entry.actorName ?? entry.actorId ?? '系统'

/** Every 延期申请 of a task with the office's decision and its reason, oldest first, from the task's history. */
export function extensionsOf(history: HistoryEntry[]): ExtensionRecord[] {
  const records: ExtensionRecord[] = []
  for (const entry of history) {
    const p = (entry.payload ?? {}) as Record<string, unknown>
    const name = eventName(entry.type)
    if (name === 'ExtensionRequested') {
      records.push({ requestId: String(p.requestId), currentDeadline: (p.currentDeadline as string) ?? null,
        requestedDeadline: String(p.requestedDeadline), reason: entry.reason ?? null, requestedAt: entry.occurredAt,
        requestedBy: actor(entry), state: 'PENDING', decisionReason: null, decidedAt: null, decidedBy: null })
    } else if (name === 'ExtensionApproved' || name === 'ExtensionRefused') {
      const record = records.find((r) => r.requestId === p.requestId)
      if (record) {
        record.state = name === 'ExtensionApproved' ? 'APPROVED' : 'REFUSED'
        record.decisionReason = entry.reason ?? null
        record.decidedAt = entry.occurredAt
        record.decidedBy = actor(entry)
      }
    }
  }
  return records
}

/** Whether the defines were revised after the office's last return (the service refuses an unrevised resubmission). */
export function revisedSinceReturn(history: HistoryEntry[]): boolean {
  const names = history.map((entry) => eventName(entry.type))
  return names.lastIndexOf('LedgerTaskDefinesRevised') > names.lastIndexOf('LedgerTaskReturned')
}

export const EXTENSION_STATES: Record<ExtensionRecord['state'], { label: string; tag: TagType }> = {
  PENDING: { label: '待办公室审批', tag: 'warning' },
  APPROVED: { label: '已批准', tag: 'success' },
  REFUSED: { label: '未批准', tag: 'danger' },
}

const clip = (text: string, size = 60): string => (text.length > size ? `${text.slice(0, size)}…` : text)

/** One define's value as the history shows it. */
export function defineValueText(define: DefineKey, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (define === 'QUANTITY') {
    if (value === 'QUALITATIVE') return '定性（不计数量）'
    const q = value as { value: number; unit: string; targetKey?: string | null }
    return `${formatNumber(q.value)}${q.unit}${q.targetKey ? `（对应目标 ${q.targetKey}）` : ''}`
  }
  if (define === 'DEADLINE') {
    const d = value as { deadline?: string | null; milestones?: { dueOn: string; description: string }[] }
    const steps = d.milestones?.length ? `，节点 ${d.milestones.map((m) => `${formatDate(m.dueOn)} ${m.description}`)
      .join('；')}` : ''
    return clip(`${d.deadline ? formatDate(d.deadline) : '未定'}${steps}`, 120)
  }
  return clip(String(value))
}

/** The define changes an event made, by the event's sequence, for the history timeline. */
export function changesBySequence(changes: DefineChange[]): Map<number, { field: string; before: string; after: string }[]> {
  const bySequence = new Map<number, { field: string; before: string; after: string }[]>()
  for (const change of changes) {
    const list = bySequence.get(change.sequence) ?? []
    list.push({ field: DEFINE_LABELS[change.define] ?? change.define,
      before: change.before === undefined || change.before === null ? '' : defineValueText(change.define, change.before),
      after: defineValueText(change.define, change.after) })
    bySequence.set(change.sequence, list)
  }
  return bySequence
}

const VALUE_OF: Record<DefineKey, (request: DefinesRequest) => unknown> = {
  NATURE: (r) => r.nature,
  QUANTITY: (r) => (r.qualitative ? 'QUALITATIVE' : r.quantity),
  STANDARD: (r) => r.standard,
  DEADLINE: (r) => [r.deadline, r.milestones],
  RESPONSIBLE_UNIT: (r) => r.responsibleUnit,
  RESPONSIBLE_PERSON: (r) => r.responsiblePerson,
  MEASURES: (r) => r.measures,
}

/** The defines a revision changes (as the service counts them: a revision changing none is refused). */
export function changedDefines(before: DefinesRequest, after: DefinesRequest): DefineKey[] {
  return (Object.keys(VALUE_OF) as DefineKey[])
    .filter((define) => JSON.stringify(VALUE_OF[define](before)) !== JSON.stringify(VALUE_OF[define](after)))
}
