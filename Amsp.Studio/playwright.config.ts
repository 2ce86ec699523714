// End-to-end tests in a real Chromium against the real host (see e2e/host.ts). Screenshots of each step of the
// journey go to test-results/journey/; the JUnit report feeds ./test.sh's summary.
import { defineConfig } from '@playwright/test';
import { baseURL, chromium, webServer } from './e2e/host';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-output',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['junit', { outputFile: process.env.AMSP_E2E_JUNIT ?? 'test-results/e2e-junit.xml' }]],
  use: {
    ...chromium,
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer,
});
