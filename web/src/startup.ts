import { isNavigationFailure, NavigationFailureType, type Router } from 'vue-router'

/**
 * The app's start, so that nobody ever faces a white page: index.html shows 正在加载 until the app mounts, each step
 * before mounting has a deadline, and a step that fails or hangs puts a message with 重新加载 in its place.
 */

/** How long each step before mounting may take on a slow phone or a loaded server before the person is told. */
export const STEP_DEADLINES = { config: 15_000, session: 15_000, firstPage: 20_000 }

/** A step that did not finish in time, named for the person (the messages are theirs). */
export class StepTimeout extends Error {
  constructor(step: string) {
    super(`${step}超时，服务器或网络可能繁忙`)
    this.name = 'StepTimeout'
  }
}

/** {@code promise}, or a StepTimeout once {@code ms} have passed. */
export function within<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new StepTimeout(step)), ms) })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export interface StartSteps {
  /** Reads what the app needs before anything (the gateway's /config.json). */
  config(): Promise<void>
  /** Restores the signed-in person from this tab's storage. */
  session(): Promise<void>
  /** The router installed: resolves once the first page's code is in and its guards passed. */
  firstPage(): Promise<void>
  mount(): void
}

/** Runs the steps in order, each within its deadline; on a failure the page says so instead of staying empty. */
export async function start(steps: StartSteps, deadlines = STEP_DEADLINES): Promise<void> {
  try {
    await within(steps.config(), deadlines.config, '读取系统配置')
    await within(steps.session(), deadlines.session, '恢复登录状态')
    await within(leavingOrReady(steps.firstPage()), deadlines.firstPage, '打开页面')
    sessionStorage.removeItem(STALLED_AT)
    steps.mount()
  } catch (error) {
    if (error instanceof StepTimeout && error.message.startsWith('打开页面') && reloadedOnce()) return
    showFailure(error)
  }
}

const STALLED_AT = 'kaohe.first-page-stalled-at'

/**
 * The first page hung: seen in Chromium under load as its code file requested and never answered (no error, no
 * failed request; a reload drew the page). A fresh load is tried once by itself; true when it is under way.
 */
function reloadedOnce(): boolean {
  const here = window.location.pathname + window.location.search
  if (sessionStorage.getItem(STALLED_AT) === here) {
    sessionStorage.removeItem(STALLED_AT)
    return false
  }
  sessionStorage.setItem(STALLED_AT, here)
  console.warn(`kaohe: ${here} did not open within ${STEP_DEADLINES.firstPage / 1000} s; loading it afresh once`)
  window.location.reload()
  return true
}

/**
 * The first navigation is aborted when its guard sends the person to the provider's sign-in page: the page is
 * leaving, so it goes on showing 正在加载 — unless it is still here at the deadline.
 */
function leavingOrReady(ready: Promise<void>): Promise<void> {
  return ready.catch((error: unknown) => {
    if (isNavigationFailure(error, NavigationFailureType.aborted)) return new Promise<never>(() => undefined)
    throw error
  })
}

/** The page's only content: what went wrong, in the person's words, and a button that loads the page again. */
export function showFailure(error: unknown): void {
  const root = document.getElementById('app')
  if (!root) return
  const panel = document.createElement('div')
  panel.className = 'boot boot-failed'
  panel.setAttribute('role', 'alert')
  panel.dataset.test = 'startup-failure'
  const brand = document.createElement('div')
  brand.className = 'boot-brand'
  brand.textContent = '考核'
  const title = document.createElement('p')
  title.className = 'boot-title'
  title.textContent = '页面未能打开'
  const detail = document.createElement('p')
  detail.className = 'boot-detail'
  detail.textContent = `${messageOf(error)}。请重新加载；如仍不行，请稍后再试或联系办公室。`
  const reload = document.createElement('button')
  reload.type = 'button'
  reload.className = 'boot-reload'
  reload.textContent = '重新加载'
  reload.addEventListener('click', () => window.location.reload())
  panel.append(brand, title, detail, reload)
  root.replaceChildren(panel)
}

function messageOf(error: unknown): string {
  if (isChunkLoadError(error)) return '页面的程序文件未能加载（系统可能刚刚更新）'
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/[。.\s]+$/, '') || '未知错误'
}

/** The browser could not fetch a page's code (a dynamic import or its styles): a redeploy or the network. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message)
}

const RELOADED_FOR = 'kaohe.reloaded-for'

/**
 * A page whose code cannot be fetched — after a redeploy its hashed file is gone, and the index.html this tab holds
 * still names it — is loaded in full once (the new index.html names the new files); failing again, the page says so.
 */
export function reloadOnceWhenCodeIsMissing(router: Router): void {
  router.onError((error, to) => {
    if (!isChunkLoadError(error)) return
    if (sessionStorage.getItem(RELOADED_FOR) === to.fullPath) {
      sessionStorage.removeItem(RELOADED_FOR)
      showFailure(error)
      return
    }
    sessionStorage.setItem(RELOADED_FOR, to.fullPath)
    window.location.assign(to.fullPath)
  })
  // a page that opened clears the mark, so a later redeploy gets its one reload too
  router.afterEach((to, _from, failure) => {
    if (!failure && sessionStorage.getItem(RELOADED_FOR) === to.fullPath) sessionStorage.removeItem(RELOADED_FOR)
  })
}
