import { ApiError } from '@/api/problem'

/**
 * The ledger and the evidence service learn of each other's records from events, a moment after they are written:
 * evidence just uploaded is not yet "usable" to the ledger, a report just drafted not yet a link target to the
 * evidence service. Such a refusal is retried for a few seconds before it is shown.
 */
export const CATCHING_UP = ['unusable-evidence', 'link-target-not-found']

export async function retryWhileCatchingUp<T>(call: () => Promise<T>, attempts = 12, pauseMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (failure) {
      if (attempt >= attempts || !(failure instanceof ApiError) || !CATCHING_UP.includes(failure.code)) throw failure
      await new Promise((resume) => setTimeout(resume, pauseMs))
    }
  }
}
