// The order journey in a real Chromium against the real host: a customer orders the bracket through the form, sees
// the quotes and accepts one; the virtual printers print it; a quality inspector measures it by keyboard; the
// customer downloads the certificate and anyone can verify it.
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { demo } from './host';
import { failOnPageErrors, signIn, snap } from './steps';

const bracket = resolve(import.meta.dirname, '..', '..', 'samples', 'models', 'bracket.stl');
const status = (page: Page) => page.locator('.page-head .badge');

test('a customer orders a part, an inspector passes it, and the certificate can be verified', async ({ page, browser }) => {
  // Printing on the virtual printers (speed 600, polled every 5 s) and two people on a busy machine.
  test.setTimeout(300_000);
  const errors = failOnPageErrors(page);
  let number = '';

  await test.step('the customer starts on an empty order list', async () => {
    await signIn(page, demo.customer);
    await expect(page).toHaveURL(/\/studio\/orders$/);
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
    await snap(page, '20-customer-orders');
    await page.getByRole('link', { name: 'New order' }).first().click();
    await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
  });

  await test.step('upload the model with a progress bar, fill the requirement', async () => {
    await page.getByLabel('Title').fill('Mounting bracket');
    await page.getByLabel('Model file (STL, OBJ or 3MF)').setInputFiles(bracket);
    await expect(page.getByText('bracket.stl uploaded and analysed')).toBeVisible({ timeout: 60_000 });
    await page.getByLabel('Material').fill('PLA');
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Add a critical dimension' }).click();
    await page.getByLabel('Name of dimension 1').fill('Hole spacing');
    await page.getByLabel('Nominal of dimension 1').fill('40');
    await page.getByLabel('Lower deviation of dimension 1').fill('-0.2');
    await page.getByLabel('Upper deviation of dimension 1').fill('0.2');
    await page.getByLabel('Method of dimension 1').fill('caliper');
    await page.getByLabel('Street and number').fill('Industriestraße 12');
    await page.getByLabel('Postal code').fill('70565');
    await page.getByLabel('City').fill('Stuttgart');
    await page.getByLabel('Country (ISO code, e.g. DE)').fill('DE');
  });

  await test.step("the API's validation shows under the input it names", async () => {
    await page.getByRole('button', { name: 'Submit order' }).click();
    const due = page.getByLabel('Due date');
    await expect(due).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#req-dueDate-error')).toContainText('Due date is required to submit');
    await expect(due).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Due date is required to submit');
    await snap(page, '21-new-order-invalid');
    await due.fill('2099-06-30');
    await page.getByRole('button', { name: 'Submit order' }).click();
    await page.waitForURL(/\/studio\/orders\/AMSP-\d{4}-\d+$/);
    number = page.url().split('/').pop()!;
  });

  await test.step('the quotes arrive side by side; accepting one starts printing', async () => {
    await expect(page.getByRole('heading', { name: 'Choose a quote' })).toBeVisible({ timeout: 60_000 });
    await expect(status(page)).toHaveText('Quoted');
    const quote = page.getByRole('article').first();
    await expect(quote.getByText('Total')).toBeVisible();
    await expect(quote.getByText(/€/).first()).toBeVisible();
    await snap(page, '22-order-quotes');
    await page.setViewportSize({ width: 820, height: 1100 });
    await snap(page, '22b-order-quotes-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
    await quote.getByRole('button', { name: /^Accept / }).click();
    await expect(page.getByText(/Accepted the quote of/)).toBeVisible();
    await expect(status(page)).toHaveText(/Accepted|Printing/);
    await expect(status(page)).toHaveText('Printing', { timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Refreshing by itself' })).toBeVisible();
    await snap(page, '23-order-printing');
  });

  await test.step('the virtual printers finish and the order waits for inspection', async () => {
    await expect.poll(async () => (await (await page.request.get(`/api/orders/${number}`)).json()).status,
      { timeout: 120_000, intervals: [2_000] }).toBe('Inspecting');
    await expect(status(page)).toHaveText('Inspecting');
  });

  await test.step('the inspector enters the measurements by keyboard', async () => {
    const context = await browser.newContext();
    const inspector = await context.newPage();
    const inspectorErrors = failOnPageErrors(inspector);
    await signIn(inspector, demo.inspector);
    await expect(inspector).toHaveURL(/\/studio\/inspections$/);
    await expect(inspector.getByRole('link', { name: number, exact: true })).toBeVisible();
    await snap(inspector, '24-inspection-queue');
    await inspector.getByRole('link', { name: number, exact: true }).click();
    await expect(inspector.getByRole('table', { name: 'Inspection plan' })).toBeVisible();
    const rows = inspector.getByRole('table', { name: 'Inspection plan' }).locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);

    // A value out of tolerance first: the preview fails and asks for the note.
    await inspector.getByLabel('Hole spacing').click();
    await inspector.keyboard.type('40.5');
    await expect(inspector.getByTestId('verdict-preview')).toContainText('Hole spacing out of tolerance');
    await snap(inspector, '25-inspection-failing-preview');
    await inspector.keyboard.press('Control+a');
    await inspector.keyboard.type('40.05');

    // Then every line in plan order, Tab from one to the next.
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const name = (await row.locator('th').innerText()).trim();
      if (i === 0) await row.locator('input, select').click();
      else await inspector.keyboard.press('Tab');
      if (name === 'Visual check') {
        await expect(row.getByRole('combobox')).toBeFocused();
        await inspector.keyboard.type('Accept');
        await expect(row.getByRole('combobox')).toHaveValue('true');
      } else {
        await expect(row.getByRole('textbox')).toBeFocused();
        if (name === 'Hole spacing') continue;
        const nominal = (await row.locator('td').first().innerText()).replace(/[^\d.]/g, '');
        await inspector.keyboard.type(nominal);
      }
      await expect(row.locator('.verdict')).toHaveText('✓ Pass');
    }
    await expect(inspector.getByTestId('verdict-preview')).toContainText('the parts pass');
    await snap(inspector, '26-inspection-passing');
    await inspector.getByRole('button', { name: 'Submit inspection' }).click();
    await expect(inspector.getByRole('table', { name: 'Results of inspection 1' })).toBeVisible();
    await expect(inspector.getByRole('status').filter({ hasText: 'Inspection 1 is recorded: the parts passed.' })).toBeVisible();
    await expect(inspector.getByRole('link', { name: /Download certificate/ })).toBeVisible({ timeout: 30_000 });
    await snap(inspector, '27-inspection-passed');
    expect(inspectorErrors).toEqual([]);
    await context.close();
  });

  await test.step("the customer's page shows the results and the certificate", async () => {
    const download = page.getByRole('link', { name: 'Download certificate (PDF)' });
    await expect(download).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: 'Results of inspection 1' })).toContainText('Hole spacing');
    const pdf = await page.request.get((await download.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await snap(page, '28-order-certificate');
    await page.getByRole('link', { name: 'Verify it' }).click();
    await expect(page.getByText('Genuine certificate: the parts passed inspection')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Certificate' })).toContainText('Mounting bracket');
    await snap(page, '29-certificate-verified');
  });

  await test.step('the order list shows the part and its status', async () => {
    await page.goto('/studio/orders');
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Mounting bracket');
    await expect(row).toContainText('Inspecting');
    await snap(page, '30-customer-orders-list');
  });

  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
});
