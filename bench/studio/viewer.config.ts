// The 3D viewer benchmark: the same host and Chromium as the end-to-end tests (Amsp.Studio/e2e/host.ts).
import { defineConfig } from '@playwright/test';
import { baseURL, chromium, webServer } from '../../Amsp.Studio/e2e/host';

export default defineConfig({
  testDir: '.',
  testMatch: 'viewer.spec.ts',
  outputDir: '../out/studio',
  workers: 1,
  reporter: 'list',
  use: { ...chromium, baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' },
  webServer,
});
