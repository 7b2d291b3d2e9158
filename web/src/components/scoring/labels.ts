import { quarterName } from '@/util/format'

/** What an alert asks of a department, in the notice's words. */
export const ALERT_KINDS: Record<string, string> = {
  RED: '红灯任务',
  YELLOW: '黄灯任务',
  OVERDUE_CHECK: '月度检查逾期',
  OVERDUE_REPORT: '季度报告逾期',
  OVERDUE_GAP: '整改逾期',
  OPEN_GAP: '整改未完成',
}

export const alertKind = (kind: string) => ALERT_KINDS[kind] ?? kind

export const BREACH_STATES: Record<string, { label: string; tag: 'danger' | 'warning' | 'info' | 'success' }> = {
  RECORDED: { label: '已认定', tag: 'danger' },
  APPEALED: { label: '申诉中', tag: 'warning' },
  APPEAL_REJECTED: { label: '申诉驳回', tag: 'danger' },
  REVOKED: { label: '已撤销', tag: 'info' },
}

/** A period as the API writes it (2020, 2020-Q3) in words. */
export function periodName(period: string): string {
  const match = /^(\d{4})(?:-(Q[1-4]))?$/.exec(period)
  if (!match) return period
  return match[2] ? `${match[1]}年${quarterName(match[2])}` : `${match[1]}年全年`
}

/** The quarters (2020-Q3 …) a plan issued on `issuedOn` has run in by `day` (dates as 2020-09-30). */
export function quartersRun(year: number, issuedOn: string, day: string): string[] {
  return [1, 2, 3, 4].filter((q) => {
    const first = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`
    const last = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`
    return last >= issuedOn && first <= day
  }).map((q) => `${year}-Q${q}`)
}

/** The periods of a plan year: the whole year, then its quarters. */
export const periodsOf = (year: number) => [String(year), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`)]

/** The events scoring reads, named for people (the type is `context.EventName`). */
const EVENT_NAMES: Record<string, string> = {
  TaskProgressRecorded: '填报进度',
  LedgerTaskApproved: '审核通过六定',
  LedgerTaskSubmitted: '报送六定',
  LedgerTaskDrafted: '起草台账任务',
  LedgerTaskDefinesRevised: '修改六定',
  LedgerTaskReturned: '退回六定',
  MonthlyCheckOpened: '开启月度检查',
  MonthlyCheckSubmitted: '提交月度检查',
  QuarterlyReportDrafted: '起草季度报告',
  QuarterlyReportSubmitted: '提交季度报告',
  QuarterlyReportAccepted: '审核通过季度报告',
  QuarterlyReportReturned: '退回季度报告',
  QuarterlyReportRevised: '修改季度报告',
  ExtensionApproved: '批准延期',
  EvidenceLinked: '关联佐证材料',
  EvidenceArchived: '归档佐证材料',
  EvidenceUploaded: '上传佐证材料',
  EvidenceWithdrawn: '撤回佐证材料',
  GapFound: '发现问题',
  GapClosed: '问题整改完成',
  SupervisionScoreAssigned: '督办评分',
  BonusPointsAwarded: '加分',
  NegativeListBreachRecorded: '认定负面清单事项',
  BreachAppealed: '提出申诉',
  BreachAppealRejected: '驳回申诉',
  BreachRevoked: '撤销负面清单事项',
  ScoringRulesAdopted: '调整评分规则',
  IndicatorTargetRevised: '调整目标值',
}

/** `ledger.TaskProgressRecorded.v1` → 填报进度 (the type is `context.Name.vN`). */
export function eventName(type: string): string {
  const name = type.split('.').filter((part) => !/^v\d+$/.test(part)).pop() ?? type
  const simple = name.replace(/Event$/, '')
  return EVENT_NAMES[simple] ?? simple
}

/** A department's alerts counted by kind, the most pressing first (for a one-line reason). */
export function alertSummary(alerts: { kind: string }[]): { kind: string; label: string; count: number }[] {
  const order = ['RED', 'OVERDUE_REPORT', 'OVERDUE_CHECK', 'OVERDUE_GAP', 'YELLOW', 'OPEN_GAP']
  const counts = new Map<string, number>()
  for (const alert of alerts) counts.set(alert.kind, (counts.get(alert.kind) ?? 0) + 1)
  const rank = (kind: string) => (order.indexOf(kind) < 0 ? order.length : order.indexOf(kind))
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([kind, count]) => ({ kind, label: alertKind(kind), count }))
}

export const alertTag = (kind: string) => (kind.startsWith('OVERDUE') || kind === 'RED' ? 'danger' : 'warning')
