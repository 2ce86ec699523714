// The canvas benchmark: the same host and Chromium as the end-to-end tests (Amsp.Studio/e2e/host.ts).
import { defineConfig } from '@playwright/test';
import { baseURL, chromium, webServer } from '../../Amsp.Studio/e2e/host';

export default defineConfig({
  testDir: '.',
  testMatch: 'canvas.spec.ts',
  outputDir: '../out/studio',
  workers: 1,
  reporter: 'list',
  use: { ...chromium, baseURL, viewport: { width: 1440, height: 900 } },
  webServer,
});
