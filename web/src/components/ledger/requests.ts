import { report, reportBoard, reportHistory, taskHistory, tasksInReview, type BoardRow, type LedgerTaskView }
  from '@/api/ledger'
import { QUARTERS } from '@/util/format'
import { lastOf } from './ledgerView'

/** What the office has to decide: extension requests (延期申请) and correction requests (更正申请). */

export interface ExtensionItem {
  task: LedgerTaskView
  requestId: string
  requestedDeadline: string
  reason: string | null
  requestedBy: string | null
  requestedAt: string | null
}

export interface CorrectionItem {
  reportId: string
  department: string
  quarter: string
  correctionId: string
  reason: string | null
  narrative: string | null
  requestedBy: string | null
  requestedAt: string | null
}

/** Tasks with a pending extension: only submitted tasks can ask, and every submitted task is in one review state. */
export async function extensionRequests(planId: string): Promise<ExtensionItem[]> {
  const lists = await Promise.all((['PENDING', 'APPROVED', 'RETURNED'] as const)
    .map((state) => tasksInReview(planId, state)))
  const asking = lists.flat().filter((task) => task.pendingExtension)
  return Promise.all(asking.map(async (task) => {
    const asked = lastOf(await taskHistory(task.taskId).catch(() => []), 'ExtensionRequested')
    return { task, requestId: task.pendingExtension!.requestId,
      requestedDeadline: task.pendingExtension!.requestedDeadline, reason: asked?.reason ?? null,
      requestedBy: asked?.actorName ?? null, requestedAt: asked?.occurredAt ?? null }
  }))
}

/**
 * Reports with a pending correction, from the four quarters' boards. A board without the pendingCorrection field
 * (a ledger service older than it) cannot say which, so then each accepted report is read instead.
 */
export async function correctionRequests(planId: string, year: number): Promise<CorrectionItem[]> {
  const boards = await Promise.all(QUARTERS.map((q) => reportBoard(planId, `${year}-${q}`)))
  const rows: (BoardRow & { quarter: string })[] = boards.flatMap((board) =>
    board.departments.map((row) => ({ ...row, quarter: board.quarter })))
  const knowsCorrections = rows.some((row) => 'pendingCorrection' in row)
  let pending: { row: BoardRow & { quarter: string }; correctionId: string }[]
  if (knowsCorrections) {
    pending = rows.filter((row) => row.pendingCorrection).map((row) => ({ row, correctionId: row.pendingCorrection! }))
  } else {
    const accepted = rows.filter((row) => row.status === 'ACCEPTED' && row.reportId)
    const read = await Promise.all(accepted.map(async (row) => ({ row, view: (await report(row.reportId!)).data })))
    pending = read.filter(({ view }) => view.pendingCorrection)
      .map(({ row, view }) => ({ row, correctionId: view.pendingCorrection! }))
  }
  return Promise.all(pending.map(async ({ row, correctionId }) => {
    const asked = lastOf(await reportHistory(row.reportId!).catch(() => []), 'ReportCorrectionRequested')
    const narrative = asked?.payload && typeof asked.payload.narrative === 'string' ? asked.payload.narrative : null
    return { reportId: row.reportId!, department: row.department, quarter: row.quarter, correctionId,
      reason: asked?.reason ?? null, narrative, requestedBy: asked?.actorName ?? null,
      requestedAt: asked?.occurredAt ?? null }
  }))
}
