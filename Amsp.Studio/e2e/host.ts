// The real host for browser tests and the benchmark: the amsp built by `dotnet build` (Release first), started on
// a free loopback port with a fresh data directory, in Development so that the demo users exist.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const hostProject = resolve(import.meta.dirname, '..', '..', 'Amsp.Host');

function hostDll(): string {
  const candidates = ['Release', 'Debug'].map((c) => join(hostProject, 'bin', c, 'net10.0', 'amsp.dll'));
  const found = candidates.find(existsSync);
  if (!found) throw new Error(`Build the host first (dotnet build Amsp.Host -c Release): none of ${candidates.join(', ')} exists.`);
  return process.env.AMSP_HOST_DLL ?? found;
}

// Chosen once in the runner and inherited by its workers through the environment.
process.env.AMSP_E2E_PORT ??= String(41000 + Math.floor(Math.random() * 9000));
process.env.AMSP_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'amsp-e2e-'));

export const port = Number(process.env.AMSP_E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;

export const webServer = {
  command: `dotnet "${hostDll()}" --urls ${baseURL} --Amsp:DataDirectory="${process.env.AMSP_E2E_DATA}"`,
  url: `${baseURL}/health/ready`,
  env: { ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_NOLOGO: '1' },
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
};

/** Debian's Chromium, headless; Playwright never downloads a browser here. */
export const chromium = {
  browserName: 'chromium' as const,
  headless: true,
  launchOptions: {
    executablePath: process.env.AMSP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  },
};

export const demo = {
  analyst: { email: 'analyst@demo.amsp.local', password: 'Demo-Analyst-2026' },
  admin: { email: 'admin@demo.amsp.local', password: 'Demo-Admin-2026' },
  operator: { email: 'operator@demo.amsp.local', password: 'Demo-Operator-2026' },
  customer: { email: 'customer@demo.amsp.local', password: 'Demo-Customer-2026' },
  inspector: { email: 'qualityinspector@demo.amsp.local', password: 'Demo-QualityInspector-2026' },
  manufacturer: { email: 'manufacturer@demo.amsp.local', password: 'Demo-Manufacturer-2026' },
};
