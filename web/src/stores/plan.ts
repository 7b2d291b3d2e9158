import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { get } from '@/api/http'
import { useSessionStore } from '@/stores/session'

/** A plan as the indicator context lists it (考核计划: one year's decomposition). */
export interface PlanSummary {
  planId: string
  year: number
  title: string
  issuingBody?: string
  documentNumber?: string
  issuedOn?: string
  liaisonDueOn?: string
  departments: string[]
  leaders: string[]
  leaderAccounts?: Record<string, string>
  [key: string]: unknown
}

const KEY = 'kaohe.plan'

/**
 * The plan a person starts in, before choosing one: the newest year's, and for a department's people the newest
 * that names their department (another plan of the same year, one their department is not in, is no place to start).
 */
export function defaultPlan(plans: PlanSummary[], department: string | null): PlanSummary | null {
  const newestFirst = [...plans].sort((a, b) => b.year - a.year)
  return (department ? newestFirst.find((plan) => plan.departments?.includes(department)) : undefined)
    ?? newestFirst[0] ?? null
}

/** The plan every page works on: the one chosen last, else {@link defaultPlan}. */
export const usePlanStore = defineStore('plan', () => {
  const session = useSessionStore()
  const plans = ref<PlanSummary[]>([])
  const chosen = ref<string | null>(localStorage.getItem(KEY))
  const loaded = ref(false)

  const current = computed<PlanSummary | null>(() =>
    plans.value.find((plan) => plan.planId === chosen.value) ?? defaultPlan(plans.value, session.department))
  const planId = computed(() => current.value?.planId ?? null)

  // pages and the layout ask at once when a page opens: they share one request
  let pending: Promise<void> | null = null
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve()
    pending ??= get<PlanSummary[]>('/indicator/plans')
      .then((answer) => { plans.value = answer; loaded.value = true })
      .finally(() => { pending = null })
    return pending
  }

  function choose(planId: string): void {
    chosen.value = planId
    localStorage.setItem(KEY, planId)
  }

  return { plans, current, planId, loaded, load, choose }
})
