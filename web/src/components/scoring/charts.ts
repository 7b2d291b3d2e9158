import type { ChartOption } from '@/components/KChart.vue'
import { LIGHTS, formatNumber, quarterName } from '@/util/format'
import type { IndicatorProgress, Light, QuarterTotals, RankingRow, WhatIfLine } from '@/api/scoring'

/**
 * The overview's answers turned into ECharts options — pure functions, so the arithmetic (colours by light,
 * weighted stacks, the trend, rank changes) is tested without a browser.
 */
/** The colours of the components scoring computes, by name; a component is labelled as the rules label it. */
export const COMPONENT_COLORS: Record<string, string> = {
  completion: '#3a7bd5', timeliness: '#36a3a3', materials: '#8c6bd1', supervision: '#d4894a',
}

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
 * What each component adds to a department's base, by name: its `weighted` share as the scorer computed it (weight ×
 * score ÷ the weights of the components that apply), so the stack of a department reaches its base score.
 */
export function contributions(row: RankingRow): Record<string, number | null> {
  return Object.fromEntries(row.components.map((c) => [c.name,
    c.weighted === null || c.weighted === undefined ? null : Number(c.weighted)]))
}

/** The components the ranking's rules count, in their order (the first row's; every row is under one version). */
export const componentsOf = (ranking: RankingRow[]) =>
  (ranking[0]?.components ?? []).map(({ name, label, weight }) => ({ name, label, weight }))

/** Each department's components stacked (weighted contributions), in ranking order. */
export function componentsOption(ranking: RankingRow[]): ChartOption {
  const rows = [...ranking].reverse()
  const parts = rows.map((row) => contributions(row))
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 14, itemGap: 8 },
    grid: { left: 8, right: 24, top: 52, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max)) },
    yAxis: { type: 'category', data: rows.map((row) => row.department), axisLabel: { formatter: short } },
    series: componentsOf(ranking).map((c) => ({
      type: 'bar' as const, name: `${c.label} ${c.weight}`, stack: 'base', barMaxWidth: 22,
      itemStyle: { color: COMPONENT_COLORS[c.name] ?? '#909399' },
      data: parts.map((part) => part[c.name] ?? null),
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
