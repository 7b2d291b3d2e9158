import type { ChartOption } from '@/components/KChart.vue'
import { LIGHTS, formatNumber, quarterName } from '@/util/format'
import type { ComponentWeights, IndicatorProgress, Light, QuarterTotals, RankingRow, WhatIfLine } from '@/api/scoring'

/**
 * The overview's answers turned into ECharts options — pure functions, so the arithmetic (colours by light,
 * weighted stacks, the trend, rank changes) is tested without a browser.
 */
export const COMPONENTS: { key: keyof ComponentWeights; label: string; short: string; color: string }[] = [
  { key: 'completion', label: '完成情况', short: '完成情况', color: '#3a7bd5' },
  { key: 'timeliness', label: '及时性', short: '及时性', color: '#36a3a3' },
  { key: 'materials', label: '资料报送及归档', short: '资料报送', color: '#8c6bd1' },
  { key: 'supervision', label: '督办', short: '督办', color: '#d4894a' },
]

export const lightOf = (warning: string | null | undefined) => LIGHTS[warning ?? 'NONE'] ?? LIGHTS.NONE

/** Long department names stay readable on the axis: 8 characters, then an ellipsis. */
const short = (name: string) => (name.length > 8 ? `${name.slice(0, 8)}…` : name)

/** The chart's height for n departments laid out as horizontal bars (each bar gets its row). */
export const barsHeight = (n: number) => `${Math.max(220, 60 + n * 30)}px`

/** Total per department as horizontal bars, first place at the top, each coloured by its light. */
export function rankingOption(ranking: RankingRow[]): ChartOption {
  const rows = [...ranking].reverse()
  return {
    tooltip: { trigger: 'item', formatter: (p: any) => `${p.name}<br/>第 ${p.data.rank} 名 · ${p.data.light}<br/>总分 ${formatNumber(p.value)}` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max)) },
    yAxis: { type: 'category', data: rows.map((row) => row.department), axisLabel: { formatter: short } },
    series: [{
      type: 'bar', name: '总分', barMaxWidth: 22,
      label: { show: true, position: 'right', formatter: (p: any) => formatNumber(p.value) },
      data: rows.map((row) => ({
        value: Number(row.total), rank: row.rank, light: lightOf(row.warning).label,
        itemStyle: { color: lightOf(row.warning).color },
      })),
    }],
  }
}

/**
 * What each component adds to a department's base: weight × score ÷ the weights of the components that apply
 * (as the scorer computes the base), so the stack of a department reaches its base score.
 */
export function contributions(row: RankingRow, weights: ComponentWeights): Record<keyof ComponentWeights, number | null> {
  const applicable = COMPONENTS.filter((c) => row[c.key] !== null && row[c.key] !== undefined)
  const sum = applicable.reduce((total, c) => total + weights[c.key], 0)
  const result = { completion: null, timeliness: null, materials: null, supervision: null } as Record<keyof ComponentWeights, number | null>
  for (const c of applicable) {
    result[c.key] = sum === 0 ? 0 : Math.round((weights[c.key] * Number(row[c.key]) / sum) * 100) / 100
  }
  return result
}

/** Each department's components stacked (weighted contributions), in ranking order. */
export function componentsOption(ranking: RankingRow[], weights: ComponentWeights): ChartOption {
  const rows = [...ranking].reverse()
  const parts = rows.map((row) => contributions(row, weights))
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 14, itemGap: 8 },
    grid: { left: 8, right: 24, top: 52, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max)) },
    yAxis: { type: 'category', data: rows.map((row) => row.department), axisLabel: { formatter: short } },
    series: COMPONENTS.map((c) => ({
      type: 'bar' as const, name: `${c.short} ${weights[c.key]}`, stack: 'base', barMaxWidth: 22,
      itemStyle: { color: c.color },
      data: parts.map((part) => part[c.key]),
    })),
  }
}

/** The quarters as a trend: one line per department (the top ones, so the legend stays readable). */
export function trendOption(quarters: QuarterTotals[], departments: string[], limit = 8): ChartOption {
  const shown = departments.slice(0, limit)
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll', formatter: short },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: quarters.map((q) => quarterName(q.period.replace(/^\d{4}-/, ''))) },
    yAxis: { type: 'value', min: 0 },
    series: shown.map((department) => ({
      type: 'line' as const, name: department, connectNulls: false,
      data: quarters.map((q) => (q.totals[department] === undefined ? null : Number(q.totals[department]))),
    })),
  }
}

/** The lights of the departments as a pie (green/yellow/red/none in their own colours). */
export function lightsOption(lights: Partial<Record<Light, number>>): ChartOption {
  const data = (['GREEN', 'YELLOW', 'RED', 'NONE'] as Light[]).filter((light) => (lights[light] ?? 0) > 0)
    .map((light) => ({ name: LIGHTS[light].label, value: lights[light] ?? 0, itemStyle: { color: LIGHTS[light].color } }))
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个处室（{d}%）' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['38%', '66%'], center: ['50%', '45%'], label: { formatter: '{b} {c}' }, data }],
  }
}

export interface RankChange extends WhatIfLine {
  /** Places gained (positive: moves up). */
  moved: number
  arrow: '↑' | '↓' | '—'
}

/** The what-if's rank changes: positive `moved` when a department climbs. */
export function rankChanges(lines: WhatIfLine[]): RankChange[] {
  return lines.map((line) => {
    const moved = line.currentRank - line.proposedRank
    return { ...line, moved, arrow: moved > 0 ? '↑' : moved < 0 ? '↓' : '—' }
  })
}

/** A leader's indicators: progress as % of the time-proportional plan, each bar in its light's colour. */
export function indicatorsOption(indicators: IndicatorProgress[]): ChartOption {
  const rows = [...indicators].reverse()
  return {
    tooltip: { trigger: 'item', formatter: (p: any) => `${p.name}<br/>${p.data.light} · ${formatNumber(p.value)}%` },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max)) },
    yAxis: { type: 'category', data: rows.map((row) => row.code), axisLabel: { formatter: (code: string) => (code.length > 12 ? `…${code.slice(-11)}` : code) } },
    series: [{
      type: 'bar', barMaxWidth: 20,
      label: { show: true, position: 'right', formatter: (p: any) => `${formatNumber(p.value)}%` },
      data: rows.map((row) => ({ value: Number(row.percentOfPlan ?? 0), light: lightOf(row.warning).label,
        itemStyle: { color: lightOf(row.warning).color } })),
    }],
  }
}
