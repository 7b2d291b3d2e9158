import type { Role } from '@/auth/roles'
import type {
  Audience, Channel, ChaseStatus, ChaseStep, ChaseSubject, ChaseSubjectKind, ChaseView, Obligation,
  ReminderPolicyFields,
} from '@/api/supervision'

/**
 * What the supervision pages say and offer: the 督办单's states and steps in the bureau's words, who may do what to
 * one, where its subject is opened, and the reminder policy's rules checked before the service checks them again.
 */

type Tag = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const CHASE_STATES: Record<ChaseStatus, { label: string; tag: Tag }> = {
  OPENED: { label: '已立项', tag: 'primary' },
  SIGNED: { label: '已签收', tag: 'primary' },
  REPLIED: { label: '已反馈', tag: 'warning' },
  SENT_BACK: { label: '退回重办', tag: 'danger' },
  ACCEPTED: { label: '复核通过', tag: 'success' },
  CLOSED: { label: '已办结', tag: 'info' },
  WITHDRAWN: { label: '已撤销', tag: 'info' },
}

export const chaseState = (status: string): { label: string; tag: Tag } =>
  CHASE_STATES[status as ChaseStatus] ?? { label: status, tag: 'info' }

export const SUBJECT_KINDS: Record<ChaseSubjectKind, string> = {
  DEPARTMENT: '处室整体工作',
  INDICATOR: '考核指标',
  LEDGER_TASK: '台账任务',
  MONTHLY_CHECK: '月度检查',
  QUARTERLY_REPORT: '季度报告',
  GAP: '问题清单',
}

export const AUDIENCES: Record<Audience, string> = { LIAISON: '联络员', LEADER: '责任领导', OFFICE: '办公室' }

export const CHANNELS: Record<Channel, string> = { INBOX: '站内信', EMAIL: '邮件', WECOM: '企业微信', DINGTALK: '钉钉' }

/** The five steps a 督办单 runs through (el-steps). */
export const CHASE_STEPS = ['立项', '签收', '反馈', '复核', '办结'] as const

/** A step's kind whatever the service calls it: OPENED, Opened, ChaseOpened, ChaseSentBackEvent → SENT_BACK. */
export function stepKind(type: string): string {
  const bare = type.replace(/^Chase/, '').replace(/Event$/, '')
  return /[a-z]/.test(bare) ? bare.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() : bare.toUpperCase()
}

const STEP_LABELS: Record<string, string> = {
  OPENED: '立项', SIGNED: '签收', REPLIED: '反馈', ACCEPTED: '复核通过', SENT_BACK: '退回重办', CLOSED: '办结',
  WITHDRAWN: '撤销',
}

export const stepLabel = (type: string): string => STEP_LABELS[stepKind(type)] ?? type

/** Where a status stands on the five steps: el-steps' `active` and the state of the step in progress. */
export function chaseProgress(status: ChaseStatus, steps: ChaseStep[] = [])
  : { active: number; processStatus: 'process' | 'error' | 'wait' | 'finish' } {
  const at: Record<string, number> = { OPENED: 1, SIGNED: 2, SENT_BACK: 2, REPLIED: 3, ACCEPTED: 4, CLOSED: 5 }
  if (status === 'WITHDRAWN') {
    // it stopped where the last step before the withdrawal left it
    const before = steps.map((step) => stepKind(step.type)).filter((kind) => kind !== 'WITHDRAWN').pop() ?? 'OPENED'
    return { active: at[before] ?? 1, processStatus: 'error' }
  }
  return { active: at[status] ?? 0, processStatus: status === 'SENT_BACK' ? 'error' : 'process' }
}

/** What this person may do to the 督办单 now (the service decides again; this only spares refused clicks). */
export function chaseActions(view: Pick<ChaseView, 'status' | 'department'>, roles: Role[], department: string | null)
  : { sign: boolean; reply: boolean; accept: boolean; sendBack: boolean; close: boolean; withdraw: boolean } {
  const office = roles.includes('OFFICE')
  const ownLiaison = roles.includes('LIAISON') && !!department && department === view.department
  const status = view.status
  return {
    sign: ownLiaison && status === 'OPENED',
    reply: ownLiaison && (status === 'SIGNED' || status === 'SENT_BACK'),
    accept: office && status === 'REPLIED',
    sendBack: office && status === 'REPLIED',
    close: office && status === 'ACCEPTED',
    withdraw: office && status !== 'CLOSED' && status !== 'WITHDRAWN',
  }
}

/** Where the chased item is read, for this person (null: a department as a whole has no page). */
export function subjectLink(subject: ChaseSubject, roles: Role[]): string | null {
  const id = subject.id ? encodeURIComponent(subject.id) : null
  const liaison = roles.includes('LIAISON')
  const office = roles.includes('OFFICE') || roles.includes('AUDITOR')
  const leader = roles.includes('LEADER')
  switch (subject.kind) {
    case 'INDICATOR':
      if (!id) return null
      return office ? `/indicators/${id}` : leader ? `/leader/indicators/${id}` : liaison ? '/mine' : null
    case 'LEDGER_TASK':
      return liaison ? (id ? `/mine/tasks/${id}` : '/mine/tasks') : office ? '/ledger?tab=tasks' : leader ? '/leader' : null
    case 'MONTHLY_CHECK':
      return liaison ? (id ? `/mine/checks/${id}` : '/mine/checks') : office || leader ? '/ledger' : null
    case 'QUARTERLY_REPORT':
      if (liaison) return id ? `/mine/reports/${id}` : '/mine/reports'
      return id && (office || leader) ? `/reports/${id}` : office ? '/ledger' : null
    case 'GAP':
      return liaison ? '/mine/checks' : office ? '/ledger?tab=gaps' : null
    default:
      return null
  }
}

export const subjectText = (subject: ChaseSubject): string =>
  `${SUBJECT_KINDS[subject.kind] ?? subject.kind}${subject.label ? `：${subject.label}` : ''}`

/** An obligation's state as the list shows it. */
export function obligationState(item: Pick<Obligation, 'done' | 'daysOverdue' | 'doneOn'>): { label: string; tag: Tag } {
  if (item.done) {
    const [, month, day] = (item.doneOn ?? '').split('-').map(Number)
    return { label: month && day ? `已完成（${month}月${day}日）` : '已完成', tag: 'success' }
  }
  if (item.daysOverdue && item.daysOverdue > 0) return { label: `逾期 ${item.daysOverdue} 天`, tag: 'danger' }
  return { label: '待办', tag: 'primary' }
}

/** The first and last day of a month (`2020-09` → 2020-09-01 … 2020-09-30). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * The policy's rules as the service states them (field → message): days before 0–60, distinct, at most 5; escalation
 * days 1–90 strictly increasing, at most 5 steps, each with an audience; quiet times HH:mm; the inbox always on.
 */
export function policyErrors(policy: ReminderPolicyFields): Record<string, string> {
  const errors: Record<string, string> = {}
  const before = policy.daysBefore
  if (before.length > 5) errors.daysBefore = '提前提醒最多 5 个时间点'
  else if (before.some((day) => !Number.isInteger(day) || day < 0 || day > 60)) errors.daysBefore = '提前天数应为 0–60 的整数'
  else if (new Set(before).size !== before.length) errors.daysBefore = '提前天数不能重复'
  if (policy.escalation.length > 5) errors.escalation = '升级提醒最多 5 级'
  policy.escalation.forEach((step, index) => {
    if (!Number.isInteger(step.daysAfter) || step.daysAfter < 1 || step.daysAfter > 90) {
      errors[`escalation.${index}.daysAfter`] = '逾期天数应为 1–90 的整数'
    } else if (index > 0 && step.daysAfter <= policy.escalation[index - 1].daysAfter) {
      errors[`escalation.${index}.daysAfter`] = '每一级的逾期天数应大于上一级'
    }
    if (step.audiences.length === 0) errors[`escalation.${index}.audiences`] = '请至少选择一类提醒对象'
  })
  if (!TIME.test(policy.quietFrom)) errors.quietFrom = '请填写 HH:mm 格式的时间'
  if (!TIME.test(policy.quietUntil)) errors.quietUntil = '请填写 HH:mm 格式的时间'
  if (!policy.channels.includes('INBOX')) errors.channels = '站内信必须开启'
  return errors
}

/** The policy in one line, for the versions list and the confirmation. */
export function policySummary(policy: ReminderPolicyFields): string {
  const before = policy.daysBefore.length
    ? `提前 ${[...policy.daysBefore].sort((a, b) => b - a).join('、')} 天` : '不提前提醒'
  const day = policy.onDueDay ? '到期当天提醒' : '到期当天不提醒'
  const after = policy.escalation.length
    ? policy.escalation.map((step) => `逾期 ${step.daysAfter} 天提醒${step.audiences.map((a) => AUDIENCES[a] ?? a).join('、')}`)
      .join('；')
    : '逾期不升级'
  const quiet = policy.quietFrom === policy.quietUntil ? '无免打扰时段' : `免打扰 ${policy.quietFrom}–${policy.quietUntil}`
  const channels = policy.channels.map((channel) => CHANNELS[channel] ?? channel).join('、')
  return `${before}；${day}；${after}；${quiet}；渠道：${channels}`
}

/**
 * An inbox item's kind in Chinese, from the reminder's step (before-3, due, after-7, a moved due date's before-3~v2)
 * or the 督办单's (opened, replied-2, sent-back-1, accepted, closed, withdrawn); an unknown one is 消息.
 */
export function inboxKind(kind: string): { label: string; tag: Tag } {
  const step = (kind ?? '').replace(/~v\d+$/, '').toLowerCase()
  const days = /-(\d+)$/.exec(step)?.[1]
  if (step.startsWith('before-')) return { label: `提前 ${days} 天提醒`, tag: 'primary' }
  if (step === 'due') return { label: '今日到期', tag: 'warning' }
  if (step.startsWith('after-')) return { label: `逾期 ${days} 天提醒`, tag: 'danger' }
  const chase: Record<string, { label: string; tag: Tag }> = {
    opened: { label: '督办单', tag: 'danger' }, replied: { label: '督办反馈', tag: 'primary' },
    'sent-back': { label: '退回重办', tag: 'warning' }, accepted: { label: '复核通过', tag: 'success' },
    closed: { label: '督办办结', tag: 'info' }, withdrawn: { label: '督办撤销', tag: 'info' },
  }
  return chase[step.replace(/-\d+$/, '')] ?? { label: '消息', tag: 'info' }
}
