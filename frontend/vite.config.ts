import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In production the gateway serves dist/ and everything below on one origin; in development the same
// paths are forwarded to it. The Host header is rewritten to the gateway's, because Keycloak accepts
// redirects to http://localhost:8080 only; cookies on localhost are shared across ports, so the session
// made there is sent from the dev server's pages too.
const gateway = process.env.BENLING_GATEWAY_URL ?? 'http://localhost:8080';
const proxied = ['/api/', '/login', '/logout', '/q/', '/app-config.json'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: true }])),
    // the reasons' texts are the server's own catalogue (src/domain/reasons.ts imports it)
    fs: { allow: ['.', '../services/contracts/src/main/resources/org/benling/contracts/text'] },
  },
  build: {
    outDir: 'dist',
    // Rolldown's default split keeps antd's shared core in one chunk of about 650 kB (210 kB gzipped)
    // and loads each page, Table, Tree and Upload lazily; named vendor groups made the first load larger.
    chunkSizeWarningLimit: 800,
    // ECharts (and its zrender) in a chunk of their own, named for what it is: only pages with a chart load it.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // CI's machine has two cores and the whole suite shares them: a page test that renders antd tables can take more
    // than vitest's 5 s default there (CadreListPage took 7.5 s on a loaded clean-clone run); a test that hangs still
    // fails. Tests that need longer say so themselves.
    testTimeout: 15_000,
    // nuqs's router adapter must use the same react-router module (and so the same router context) as the app.
    server: { deps: { inline: ['nuqs'] } },
  },
});
