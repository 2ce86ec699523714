// The part in 3D: a customer drops a damaged model on the new-order form, sees its defects where they are, turns it
// by keyboard, maps the overhangs and cuts it; after submitting, the order page shows it beside its repair.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demo } from './host';
import { dropFile, failOnPageErrors, signIn, snap } from './steps';

const root = resolve(import.meta.dirname, '..', '..');

/** A torus of about 4,000 triangles with holes and flipped faces (the mesh benchmark's generator). */
function damagedTorus(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'amsp-viewer-')), 'damaged-torus.stl');
  execFileSync('python3', [join(root, 'bench', 'mesh', 'make_torus_stl.py'), '4000', file, 'damaged', '397']);
  return file;
}

/** The canvas as pixels: a change in the picture shows the view really changed. */
const picture = async (page: Page) => (await page.getByTestId('viewer-canvas').first().screenshot()).toString('base64');

test('a customer sees the defects of a dropped model in 3D, then its repair beside it on the order', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = failOnPageErrors(page);
  const model = damagedTorus();
  await signIn(page, demo.customer);
  await page.goto('/studio/orders/new');

  await test.step('drop the file on the field: it uploads with the progress bar and shows in 3D', async () => {
    await dropFile(page, 'model-drop-zone', model);
    await expect(page.getByText('damaged-torus.stl uploaded and analysed')).toBeVisible({ timeout: 60_000 });
    const viewer = page.getByRole('figure', { name: 'Your part as uploaded' });
    await expect(viewer.getByTestId('viewer-canvas')).toBeVisible();
    await expect(viewer.getByTestId('part-size')).toHaveText(/160 × 160 × 40 mm/);
    const id = await page.evaluate(() => performance.getEntriesByType('measure').find((m) => m.name.startsWith('amsp-mesh-shown:'))?.name);
    expect(id).toBeTruthy();
    const check = (await (await page.request.get(`/api/models/${id!.split(':')[1]}`)).json()).check;
    expect(check.boundaryEdges).toBeGreaterThan(0);
    expect(check.flippedFaces).toBeGreaterThan(0);
    await expect(viewer.getByText(`Open edges (${check.boundaryEdges})`)).toBeVisible();
    await expect(viewer.getByText(`Flipped faces (${check.flippedFaces})`)).toBeVisible();
    await expect(viewer.getByText('Non-manifold edges (0)')).toBeVisible();
    await snap(page, '40-new-order-viewer-defects');
  });

  await test.step('turn it by keyboard, map the overhangs, cut it', async () => {
    const canvas = page.getByTestId('viewer-canvas');
    const before = await picture(page);
    await canvas.focus();
    await expect(canvas).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('+');
    await expect.poll(() => picture(page)).not.toBe(before);
    const turned = await picture(page);
    await page.getByLabel('Overhang map (over 45°)').check();
    await expect.poll(() => picture(page)).not.toBe(turned);
    const mapped = await picture(page);
    await page.getByLabel('Cut across').selectOption('2');
    await page.getByLabel(/^Position/).fill('30');
    await expect.poll(() => picture(page)).not.toBe(mapped);
    await page.getByLabel('Open edges').uncheck();
    await page.getByRole('button', { name: 'Reset view' }).click();
    await snap(page, '41-new-order-viewer-overhang-section');
  });

  await test.step('the order page shows the part as uploaded and the repaired part beside it', async () => {
    const modelId = (await page.evaluate(() => performance.getEntriesByType('measure')[0].name)).split(':')[1];
    const draft = await (await page.request.post('/api/requirements', { data: {
      title: 'Damaged torus', modelId, units: 'mm', quantity: 1, dueDate: '2099-06-30', certificateLevel: 'None',
      deliveryAddress: { street: 'Industriestraße 12', postalCode: '70565', city: 'Stuttgart', country: 'DE' },
    } })).json();
    const submitted = await page.request.post(`/api/requirements/${draft.id}/submit`);
    expect(submitted.ok(), await submitted.text()).toBeTruthy();
    const number = (await submitted.json()).number;
    await expect.poll(async () => (await (await page.request.get(`/api/orders/${number}`)).json()).repairedModelId,
      { timeout: 120_000, intervals: [2_000] }).toBeTruthy();
    await page.goto(`/studio/orders/${number}`);
    const original = page.getByRole('figure', { name: 'Part as uploaded' });
    const repaired = page.getByRole('figure', { name: 'Repaired part' });
    await expect(original.getByTestId('viewer-canvas')).toBeVisible({ timeout: 30_000 });
    await expect(repaired.getByTestId('viewer-canvas')).toBeVisible({ timeout: 30_000 });
    await expect(original.getByText(/^Open edges \([1-9]/)).toBeVisible();
    await expect(repaired.getByText('Open edges (0)')).toBeVisible();
    await expect(repaired.getByText('Flipped faces (0)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download the repaired file' })).toBeVisible();
    await repaired.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await snap(page, '42-order-part-and-repair');
    await page.setViewportSize({ width: 820, height: 1100 });
    await original.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await snap(page, '42b-order-part-and-repair-tablet');
  });

  expect(errors).toEqual([]);
});
