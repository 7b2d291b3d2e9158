import { KINDS, type ImportReport, type IndicatorKind } from '@/api/indicator'
import { formatNumber } from '@/util/format'

/** One line of the dry run's count table: a kind by its Chinese name, and how many rows of it the file holds. */
export interface KindCount {
  kind: IndicatorKind
  label: string
  count: number
}

/** A proposed target as the preview lists it, with the indicator it was found in. */
export interface TargetLine {
  code: string
  subject: string
  value: string
  unit: string
  phrase: string
}

export interface ImportSummary {
  counts: KindCount[]
  total: number
  newCount: number
  existingCount: number
  targets: TargetLine[]
}

/**
 * The dry run turned into what the page shows: every kind in the notice's order (a kind absent from the file
 * shows 0, so a missing table is noticed), the total, how many rows a commit would create, and the targets the
 * parser proposes, each beside its indicator code.
 */
export function summarise(report: ImportReport): ImportSummary {
  const counts = KINDS.map(({ kind, label }) => ({ kind, label, count: report.counts?.[kind] ?? 0 }))
  const newCount = report.indicators.filter((row) => row.status === 'NEW').length
  const targets = report.indicators.flatMap((row) => row.parsed.targets.map((target) => ({
    code: row.parsed.code,
    subject: target.subject ?? '',
    value: formatNumber(target.value, 4),
    unit: target.unit,
    phrase: target.phrase ?? '',
  })))
  return { counts, total: report.total, newCount, existingCount: report.indicators.length - newCount, targets }
}

/** What a commit did, in one sentence: 新建 52 项，已存在 0 项. */
export function resultSentence(report: ImportReport): string {
  const plan = report.plan?.title ? `「${report.plan.title}」` : report.planId ?? ''
  return `导入完成${plan ? `：${plan}` : ''}新建 ${report.created} 项，已存在未改动 ${report.unchanged} 项，共 ${report.total} 项。`
}

/** Refusals of an upload, titled so the office knows what to do with the file; `detail` is the service's own. */
export function uploadProblemTitle(status: number, code: string): string {
  if (status === 413 || code === 'payload-too-large') return '文件过大：请拆分后分别导入，或删去无关的工作表'
  if (status === 415 || code === 'unsupported-media-type' || code === 'unreadable-file') {
    return '无法识别的文件类型：请上传 Excel（.xlsx）、Word（.docx）或文本文件'
  }
  if (code === 'file-too-complex') return '文件过于复杂：请删去无关的表格或工作表后再导入'
  if (code === 'import-has-problems') return '分解表中有无法识别的行：请按下方“问题”逐条修改文件后重新预览'
  if (code === 'import-needs-plan') return '请填写年度（文件中未写明考核年度）'
  return '导入失败'
}
