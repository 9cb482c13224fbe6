import { defineConfig } from '@playwright/test';

// Run by `./benling test` against the running stack (it starts one when none runs). Chromium comes from
// Debian (/usr/bin/chromium): Playwright cannot download its own browsers on our machines.
const baseURL = process.env.BENLING_URL ?? 'http://localhost:8080';
const reports = process.env.BENLING_REPORTS ?? '../reports/e2e';

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  outputDir: `${reports}/artifacts`,
  reporter: [
    ['list'],
    ['junit', { outputFile: `${reports}/junit.xml` }],
    ['html', { outputFolder: `${reports}/html`, open: 'never' }],
  ],
  use: {
    baseURL,
    locale: 'zh-CN',
    // the bureau's calendar: "today" in the browser is the services' today (support.ts beijingDay)
    timezoneId: 'Asia/Shanghai',
    // the web app turns antd's animations off for it: no popup or dialog is ever caught half-open or half-closed
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
