import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { loadConfig } from './auth/config'
import { useSession } from './api/http'
import { useSessionStore } from './stores/session'
import { reloadOnceWhenCodeIsMissing, start } from './startup'
import './styles.css'

const app = createApp(App)
app.use(createPinia())
const session = useSessionStore()
reloadOnceWhenCodeIsMissing(router)

// mounted only once the first page is ready: until then index.html's 正在加载 stays, never an empty page
start({
  config: async () => { session.init(await loadConfig()) },
  session: () => session.restore(),
  firstPage: () => {
    useSession({ token: () => session.token(), renew: () => session.renew() })
    app.use(router)
    return router.isReady()
  },
  mount: () => { app.mount('#app') },
})
