import type { HistoryEntry, ReportView } from '@/api/ledger'
import { historyLabel } from '@/components/ledger/ledgerView'
import { formatDate, formatDateTime } from '@/util/format'

/** How the liaison's report page tells the report's rounds, the office's reasons and the corrections. */

export interface TimelineStep {
  title: string
  /** When, as the bureau writes it. */
  when: string
  detail?: string
  /** Who decided (the office's decisions). */
  by?: string
  tone: 'primary' | 'success' | 'danger' | 'warning' | 'info'
}

/**
 * Every round in order: submitted on (and how late), returned with the office's reason or accepted; then every
 * correction asked for and how it was decided. Rounds come from the report itself (they carry the business day of
 * each submission); corrections from its history.
 */
export function reportTimeline(report: ReportView, history: HistoryEntry[]): TimelineStep[] {
  const steps: TimelineStep[] = []
  for (const round of report.rounds) {
    steps.push({
      title: round.round === 1 ? '第 1 轮报送' : `第 ${round.round} 轮重新报送`,
      when: formatDate(round.submittedOn),
      detail: round.daysLate > 0 ? `迟报 ${round.daysLate} 天` : '按时报送',
      tone: 'primary',
    })
    if (round.outcome === 'RETURNED') {
      steps.push({ title: '办公室退回', when: formatDateTime(round.decidedAt), detail: round.reason ?? undefined,
        by: round.decidedBy ?? undefined, tone: 'danger' })
    } else if (round.outcome === 'ACCEPTED') {
      steps.push({ title: '办公室接受', when: formatDateTime(round.decidedAt), by: round.decidedBy ?? undefined,
        tone: 'success' })
    }
  }
  for (const correction of corrections(history, report.pendingCorrection)) {
    steps.push({ title: '申请更正', when: formatDateTime(correction.requestedAt), detail: correction.reason,
      by: correction.requestedBy, tone: 'warning' })
    if (correction.state !== 'PENDING') {
      steps.push({ title: correction.state === 'APPROVED' ? '办公室批准更正' : '办公室拒绝更正',
        when: formatDateTime(correction.decidedAt), detail: correction.decisionReason, by: correction.decidedBy,
        tone: correction.state === 'APPROVED' ? 'success' : 'danger' })
    }
  }
  return steps
}

/** The office's reason of the last return, while the report is back with the department. */
export function returnReason(report: ReportView): string | null {
  if (report.status !== 'RETURNED') return null
  const returned = [...report.rounds].reverse().find((round) => round.outcome === 'RETURNED')
  return returned?.reason ?? null
}

export interface Correction {
  correctionId: string
  narrative: string | null
  reason?: string
  requestedAt: string
  requestedBy?: string
  state: 'PENDING' | 'APPROVED' | 'REFUSED'
  decisionReason?: string
  decidedAt?: string
  decidedBy?: string
}

export const CORRECTION_STATES: Record<Correction['state'], { label: string; tag: 'warning' | 'success' | 'danger' }> = {
  PENDING: { label: '待办公室审批', tag: 'warning' },
  APPROVED: { label: '已批准', tag: 'success' },
  REFUSED: { label: '未批准', tag: 'danger' },
}

/** The corrections asked for after acceptance, oldest first, each with the office's decision once made. */
export function corrections(history: HistoryEntry[], pending?: string | null): Correction[] {
  const found: Correction[] = []
  for (const entry of history) {
    const label = historyLabel(entry.type)
    const id = typeof entry.payload?.correctionId === 'string' ? entry.payload.correctionId : null
    if (!id) continue
    if (label === '申请更正') {
      found.push({ correctionId: id, requestedAt: entry.occurredAt, requestedBy: entry.actorName ?? undefined,
        reason: entry.reason ?? undefined, state: 'PENDING',
        narrative: typeof entry.payload?.narrative === 'string' ? entry.payload.narrative : null })
      continue
    }
    const asked = found.find((correction) => correction.correctionId === id)
    if (asked && (label === '批准更正' || label === '拒绝更正')) {
      Object.assign(asked, { state: label === '批准更正' ? 'APPROVED' : 'REFUSED', decidedAt: entry.occurredAt,
        decidedBy: entry.actorName ?? undefined, decisionReason: entry.reason ?? undefined })
    }
  }
  // the report's own field is the authority on what is still pending (its history may lag behind a write)
  if (pending && !found.some((correction) => correction.correctionId === pending)) {
    found.push({ correctionId: pending, narrative: null, requestedAt: '', state: 'PENDING' })
  }
  return found
}

/** Whole days a submission on `today` is after the due date (0 on or before it); both `YYYY-MM-DD`. */
export function daysLateOn(today: string, dueOn: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000
  return Number.isFinite(days) ? Math.max(0, Math.round(days)) : 0
}

/** What the submit confirmation says about timeliness. */
export function submitNotice(today: string, dueOn: string, round: number): string {
  const late = daysLateOn(today, dueOn)
  const which = round > 0 ? `第 ${round + 1} 轮重新报送` : '报送'
  return late > 0
    ? `报送截止日期为${formatDate(dueOn)}，今天（${formatDate(today)}）${which}将记为迟报 ${late} 天。`
    : `报送截止日期为${formatDate(dueOn)}，今天（${formatDate(today)}）${which}为按时报送。`
}
