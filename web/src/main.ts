import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { loadConfig } from './auth/config'
import { useSession } from './api/http'
import { useSessionStore } from './stores/session'
import './styles.css'

async function start(): Promise<void> {
  const app = createApp(App)
  app.use(createPinia())
  const session = useSessionStore()
  session.init(await loadConfig())
  await session.restore()
  useSession({ token: () => session.token(), renew: () => session.renew() })
  app.use(router)
  app.mount('#app')
}

start().catch((error: unknown) => {
  document.getElementById('app')!.innerHTML =
    `<p style="padding:2em">考核系统无法启动：${String(error instanceof Error ? error.message : error)
      .replace(/[<>&]/g, '')}。请稍后刷新页面，或联系办公室。</p>`
})
