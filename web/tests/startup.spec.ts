import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { isChunkLoadError, reloadOnceWhenCodeIsMissing, start, STEP_DEADLINES, within } from '@/startup'

const LOADING = '<div class="boot" data-test="startup-loading"><p>正在加载目标责任考核系统…</p></div>'
const never = () => new Promise<never>(() => undefined)
const steps = (overrides = {}) => ({ config: async () => undefined, session: async () => undefined,
  firstPage: async () => undefined, mount: vi.fn(), ...overrides })
const app = () => document.getElementById('app')!
const shown = () => app().textContent ?? ''

beforeEach(() => {
  document.body.innerHTML = `<div id="app">${LOADING}</div>`
  sessionStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the app start', () => {
  it('mounts once every step is done, the loading shown until then', async () => {
    const all = steps()
    await start(all)
    expect(all.mount).toHaveBeenCalledOnce()
    expect(shown()).toContain('正在加载')
  })

  it('loads the page afresh once when its first page hangs, and says so with 重新加载 when it hangs again', async () => {
    vi.useFakeTimers()
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, pathname: '/indicators', search: '', reload })
    const first = steps({ firstPage: never })
    const started = start(first)
    await vi.advanceTimersByTimeAsync(STEP_DEADLINES.firstPage)
    await started
    expect(reload).toHaveBeenCalledOnce()
    expect(shown()).toContain('正在加载')
    // the reloaded page hangs too: the person is told, and a later hang gets its one reload again
    const again = steps({ firstPage: never })
    const restarted = start(again)
    await vi.advanceTimersByTimeAsync(STEP_DEADLINES.firstPage)
    await restarted
    expect(reload).toHaveBeenCalledOnce()
    expect(shown()).toContain('打开页面超时')
    expect(again.mount).not.toHaveBeenCalled()
    expect(sessionStorage.length).toBe(0)
  })

  it.each([
    ['config', '读取系统配置超时'],
    ['session', '恢复登录状态超时'],
  ] as const)('says so with 重新加载 when the %s step hangs, instead of a page left empty', async (step, message) => {
    vi.useFakeTimers()
    const all = steps({ [step]: never })
    const started = start(all)
    await vi.advanceTimersByTimeAsync(STEP_DEADLINES[step] - 1)
    expect(shown()).toContain('正在加载')
    await vi.advanceTimersByTimeAsync(1)
    await started
    expect(all.mount).not.toHaveBeenCalled()
    expect(app().querySelector('[data-test=startup-failure]')).not.toBeNull()
    expect(shown()).toContain(message)
    expect(app().querySelector('button')!.textContent).toBe('重新加载')
  })

  it('says why when a step fails, and its button loads the page again', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    await start(steps({ config: async () => { throw new Error('/config.json: 502') } }))
    expect(shown()).toContain('页面未能打开')
    expect(shown()).toContain('/config.json: 502')
    app().querySelector('button')!.click()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('shows a message from the server as text, never as markup', async () => {
    await start(steps({ config: async () => { throw new Error('<img src=x onerror=alert(1)>') } }))
    expect(app().querySelector('img')).toBeNull()
    expect(shown()).toContain('<img src=x onerror=alert(1)>')
  })

  it('goes on showing the loading while the first page sends the person to sign in, until the deadline', async () => {
    vi.useFakeTimers()
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, pathname: '/', search: '', reload })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: {} }] })
    router.beforeEach(() => false) // what the guard returns once the sign-in redirect has begun
    const all = steps({ firstPage: async () => { const ready = router.isReady(); await router.push('/'); return ready } })
    const started = start(all)
    await vi.advanceTimersByTimeAsync(STEP_DEADLINES.firstPage - 1)
    expect(shown()).toContain('正在加载')
    await vi.advanceTimersByTimeAsync(1)
    await started
    // still here at the deadline: loaded afresh once, as any first page that hangs
    expect(reload).toHaveBeenCalledOnce()
  })
})

describe('within', () => {
  it('passes the answer and the failure of a step that ends in time', async () => {
    await expect(within(Promise.resolve(4), 100, '步骤')).resolves.toBe(4)
    await expect(within(Promise.reject(new Error('坏了')), 100, '步骤')).rejects.toThrow('坏了')
  })
})

describe('a page whose code cannot be fetched', () => {
  const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Gone-abc.js'))
  let router: Router
  let assign: ReturnType<typeof vi.fn>

  beforeEach(async () => {
    assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign, reload: vi.fn() })
    router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/', component: { template: '<p>首页</p>' } },
      { path: '/gone', component: missing },
    ] })
    reloadOnceWhenCodeIsMissing(router)
    await router.push('/')
  })

  it('is recognised by the browsers\' and Vite\'s messages, and nothing else is', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/A.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: /assets/A.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/A.css'))).toBe(true)
    expect(isChunkLoadError(new Error('/config.json: 502'))).toBe(false)
  })

  it('loads that page in full once (a redeploy: the new index.html names the new files)', async () => {
    await router.push('/gone').catch(() => undefined)
    expect(assign).toHaveBeenCalledExactlyOnceWith('/gone')
    expect(shown()).not.toContain('页面未能打开')
  })

  it('failing again after that reload, says so with 重新加载 instead of reloading for ever', async () => {
    await router.push('/gone').catch(() => undefined)
    await router.push('/gone').catch(() => undefined)
    expect(assign).toHaveBeenCalledOnce()
    expect(shown()).toContain('页面的程序文件未能加载')
    expect(app().querySelector('button')!.textContent).toBe('重新加载')
  })

  it('a navigation that fails for another reason is left to the page', async () => {
    router.beforeEach((to) => { if (to.path === '/gone') throw new Error('守卫出错') })
    await router.push('/gone').catch(() => undefined)
    expect(assign).not.toHaveBeenCalled()
    expect(shown()).toContain('正在加载')
  })
})
