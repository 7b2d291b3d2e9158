/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The gateway serves the build from its class path (static/); `npm run dev` proxies the API to a running gateway.
const gateway = process.env.KAOHE_GATEWAY_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components and their styles imported where a template uses them: a first route without the
    // whole library (a full import is ~490 KB of gzipped JavaScript)
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'components.d.ts' }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  // the dev server's origin is not the gateway's: its Origin header is dropped, or the gateway's CORS policy refuses
  // every POST/PUT made through the proxy (in production the gateway serves the app, one origin)
  server: { host: '127.0.0.1', proxy: Object.fromEntries(['/api', '/config.json', '/v3'].map((path) => [path, {
    target: gateway, configure: (proxy: { on: (event: 'proxyReq', listener: (request: { removeHeader: (name: string) => void }) => void) => void }) =>
      proxy.on('proxyReq', (request) => request.removeHeader('origin')),
  }])) },
  // element-plus is inlined so Vite, not Node, loads the CSS its components import
  test: { environment: 'jsdom', include: ['tests/**/*.spec.ts'], server: { deps: { inline: ['element-plus'] } } },
})
