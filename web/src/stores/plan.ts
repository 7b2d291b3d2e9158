import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { get } from '@/api/http'

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

/** The plan every office page works on: the one chosen last, else the newest year's. */
export const usePlanStore = defineStore('plan', () => {
  const plans = ref<PlanSummary[]>([])
  const chosen = ref<string | null>(localStorage.getItem(KEY))
  const loaded = ref(false)

  const current = computed<PlanSummary | null>(() =>
    plans.value.find((plan) => plan.planId === chosen.value)
      ?? [...plans.value].sort((a, b) => b.year - a.year)[0] ?? null)
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
