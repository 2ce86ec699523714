// Opens definitions in the designer in Chromium and measures (1) the time from navigation to the first paint of
// the canvas with its nodes, (2) frame times while a node is dragged, for a 300-activity definition and, in the
// same run, the 15-activity design-review as the peer. Prints one JSON line per measurement; run.sh tabulates.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demo } from '../../Amsp.Studio/e2e/host';
import { largeDefinition } from './definition';

const rounds = Number(process.env.ROUNDS ?? 3);
const size = Number(process.env.ACTIVITIES ?? 300);

// Set before any script of the page runs: the first frame after a node is in the DOM, and frame intervals on demand.
const probe = () => {
  const w = window as unknown as { __paint?: number; __frames?: number[]; __record?: boolean };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.react-flow__node') && w.__paint === undefined) {
      observer.disconnect();
      requestAnimationFrame(() => { w.__paint = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
  w.__frames = [];
  let last = 0;
  const tick = (t: number) => {
    if (w.__record) w.__frames!.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

function report(what: string, values: Record<string, unknown>) {
  console.log(`BENCH ${JSON.stringify({ what, ...values })}`);
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function openCanvas(page: Page, definitionId: string): Promise<number> {
  await page.goto(`/studio/designer/${definitionId}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __paint?: number }).__paint !== undefined);
  return page.evaluate(() => (window as unknown as { __paint: number }).__paint);
}

async function dragFrames(page: Page, nodeId: string): Promise<number[]> {
  const box = (await page.getByTestId(`rf__node-${nodeId}`).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + 12];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => { const w = window as unknown as { __frames: number[]; __record: boolean }; w.__frames = []; w.__record = true; });
  for (let i = 1; i <= 120; i++) await page.mouse.move(x + i * 2, y + Math.sin(i / 10) * 40);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const frames = await page.evaluate(() => { const w = window as unknown as { __frames: number[]; __record: boolean }; w.__record = false; return w.__frames.slice(1); });
  await page.mouse.up();
  return frames;
}

test('designer canvas: first paint and drag frame time', async ({ page, browser }) => {
  test.setTimeout(20 * 60_000);
  await page.goto('/studio/sign-in');
  await page.getByLabel('E-mail').fill(demo.analyst.email);
  await page.getByLabel('Password').fill(demo.analyst.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/studio\/designer$/);
  for (const [id, laidOut] of [[`bench-${size}-laid-out`, true], [`bench-${size}-first-open`, false]] as const) {
    const response = await page.request.post('/api/workflow-definitions/import', { data: largeDefinition(id, size, laidOut) });
    expect(response.status(), await response.text()).toBe(200);
  }
  const state = await page.context().storageState();

  const cases: [string, string, string][] = [
    ['design-review (15 activities, peer)', 'design-review', 'model-from-input'],
    [`${size} activities, laid out`, `bench-${size}-laid-out`, 'step-1'],
    [`${size} activities, first open (ELK layout)`, `bench-${size}-first-open`, 'step-1'],
  ];
  for (let round = 1; round <= rounds; round++) {
    for (const [what, id, drag] of cases) {
      // A fresh context each time: nothing cached in memory, the HTTP cache as a returning visitor has it.
      const context = await browser.newContext({ storageState: state, viewport: { width: 1440, height: 900 } });
      const tab = await context.newPage();
      await tab.addInitScript(probe);
      const paint = await openCanvas(tab, id);
      const nodes = await tab.locator('.react-flow__node').count();
      const frames = await dragFrames(tab, drag);
      report(what, {
        round, paintMs: Math.round(paint), renderedNodes: nodes, frames: frames.length,
        frameP50: +percentile(frames, 50).toFixed(1), frameP95: +percentile(frames, 95).toFixed(1), frameMax: +Math.max(...frames).toFixed(1),
      });
      await context.close();
    }
  }

  const assets = join(import.meta.dirname, '..', '..', 'Amsp.Studio', 'dist', 'assets');
  const index = readFileSync(join(assets, '..', 'index.html'), 'utf8');
  for (const file of readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).sort()) {
    const raw = statSync(join(assets, file)).size;
    report('bundle', { file, initial: index.includes(file), kB: +(raw / 1024).toFixed(1), gzipKB: +(gzipSync(readFileSync(join(assets, file))).length / 1024).toFixed(1) });
  }
});
