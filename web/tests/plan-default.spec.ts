import { describe, expect, it } from 'vitest'
import { defaultPlan, type PlanSummary } from '@/stores/plan'

const plan = (planId: string, year: number, departments: string[]): PlanSummary =>
  ({ planId, year, title: planId, departments, leaders: [] })

describe('the plan a person starts in', () => {
  const seed = plan('seed-2020', 2020, ['办公室', '代办中心'])
  const other = plan('bench-2020', 2020, ['督查处'])
  const older = plan('seed-2019', 2019, ['代办中心'])

  it('is for a department the newest plan naming it, not another plan of the same year', () => {
    expect(defaultPlan([older, other, seed], '代办中心')?.planId).toBe('seed-2020')
    expect(defaultPlan([older, seed, other], '督查处')?.planId).toBe('bench-2020')
  })

  it('is the newest year\'s for whoever has no department, or one no plan names', () => {
    expect(defaultPlan([older, other, seed], null)?.planId).toBe('bench-2020')
    expect(defaultPlan([older, other], '审批处')?.planId).toBe('bench-2020')
    expect(defaultPlan([], '代办中心')).toBeNull()
  })
})
