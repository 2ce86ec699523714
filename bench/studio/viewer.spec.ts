// The 3D viewer benchmark: a customer uploads a 1M-triangle part (a torus with holes and flipped faces, made by
// bench/mesh/make_torus_stl.py) on the new-order page, and the page measures the time from the last byte of the
// binary mesh to the first frame drawn with it (performance marks of src/viewer/api.ts; the frame is waited for with
// a one-pixel read). The bracket (800 triangles) is the peer in the same run. One JSON line per round; viewer.sh tabulates.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demo } from '../../Amsp.Studio/e2e/host';
import { signIn } from '../../Amsp.Studio/e2e/steps';

const rounds = Number(process.env.ROUNDS ?? 3);
const triangles = Number(process.env.TRIANGLES ?? 1_000_000);
const root = resolve(import.meta.dirname, '..', '..');

async function shown(page: Page, file: string) {
  await page.goto('/studio/orders/new');
  await page.getByLabel('Model file (STL, OBJ or 3MF)').setInputFiles(file);
  await expect(page.getByTestId('viewer-canvas')).toBeVisible({ timeout: 240_000 });
  const handle = await page.waitForFunction(() => {
    const m = performance.getEntriesByType('measure').find((e) => e.name.startsWith('amsp-mesh-shown:'));
    const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/mesh'));
    return m && r ? { shownMs: m.duration, bytes: (r as PerformanceResourceTiming).encodedBodySize,
      fetchMs: (r as PerformanceResourceTiming).responseEnd - r.startTime } : null;
  }, undefined, { timeout: 60_000 });
  return handle.jsonValue();
}

test('a 1M-triangle part shows within 2 s of its bytes', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const dir = mkdtempSync(join(tmpdir(), 'amsp-viewer-'));
  const big = join(dir, `torus-${triangles}.stl`);
  execFileSync('python3', [join(root, 'bench', 'mesh', 'make_torus_stl.py'), String(triangles), big, 'damaged', '97']);
  const cases = [{ what: 'bracket (800 triangles)', file: join(root, 'samples', 'models', 'bracket.stl') },
    { what: `torus (${triangles} triangles, damaged)`, file: big }];
  await signIn(page, demo.customer);
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const r = await shown(page, c.file);
      console.log(`BENCH ${JSON.stringify({ what: c.what, round, stlBytes: statSync(c.file).size, ...r })}`);
      if (round === 0) await page.screenshot({ path: join(root, 'bench', 'out', 'studio', `viewer-${c.what.split(' ')[0]}.png`), fullPage: true });
    }
  }
});
