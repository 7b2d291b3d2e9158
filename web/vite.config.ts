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
  // the browser sees one origin (the dev server); the gateway would refuse its Origin header as a cross-origin call
  // (403), so the proxy drops it — as in production, where the gateway serves the app itself
  server: { host: '127.0.0.1', proxy: {
    '/api': { target: gateway, configure: (proxy) => proxy.on('proxyReq', (outgoing) => outgoing.removeHeader('origin')) },
    '/config.json': gateway, '/v3': gateway } },
  // element-plus is inlined so Vite, not Node, loads the CSS its components import
  // mounting Element Plus in jsdom takes seconds on a loaded 2-core machine: a generous timeout, not a flaky one
  test: { environment: 'jsdom', include: ['tests/**/*.spec.ts'], testTimeout: 30_000,
    server: { deps: { inline: ['element-plus'] } } },
})
