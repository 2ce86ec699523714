// The operator's journey: an order prints on the centre's virtual printers while a workflow stops on an incident; the
// operator signs in, sees the printers live and the jobs, finds the instance with the incident, retries it from the
// operations page, sees it finish and opens it in the instance viewer; then looks at the charts over a chosen period.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { orderBracket, signedInApi } from './api';
import { demo } from './host';
import { failOnPageErrors, signIn, snap } from './steps';

/**
 * A workflow whose check faults for real until a moment passes: the script asks the clock, as a call to a supplier
 * that is down until then would fail. Started through the API, it stops Faulted with one incident.
 */
async function faultingInstance(api: APIRequestContext, notBefore: Date) {
  const definitionId = `stock-check-${Date.now().toString(36)}`;
  const script = "if (Date.now() < Date.parse(input.notBefore)) throw new Error('The material supplier does not answer before ' + input.notBefore); 'reserved'";
  const imported = await api.post('/api/workflow-definitions/import?publish=true', { data: {
    definitionId, name: 'Stock check with the supplier',
    root: {
      activities: [
        { id: 'start', type: 'Start' },
        { id: 'reserve-stock', type: 'RunJavaScript', inputs: { Script: { syntax: 'Literal', value: script } } },
        { id: 'done', type: 'Log', inputs: { Message: { syntax: 'Literal', value: 'Stock reserved' } } },
      ],
      connections: [
        { source: { activity: 'start', outcome: 'Done' }, target: { activity: 'reserve-stock' } },
        { source: { activity: 'reserve-stock', outcome: 'Done' }, target: { activity: 'done' } },
      ],
    },
  } });
  expect(imported.ok(), await imported.text()).toBeTruthy();
  const run = await api.post(`/api/workflow-definitions/${definitionId}/execute`, { data: { input: { notBefore: notBefore.toISOString() } } });
  expect(run.ok(), await run.text()).toBeTruthy();
  const result = await run.json();
  expect(result.status).toBe('Faulted');
  expect(result.incidentCount).toBe(1);
  return { definitionId, instanceId: result.instanceId as string };
}

test('an operator retries an incident', async ({ page, browser }) => {
  // Two people, an order printing and three charts, on a machine that may be busy with other builds.
  test.setTimeout(480_000);
  const errors = failOnPageErrors(page);
  const customer = await signedInApi(browser, demo.customer);
  const analyst = await signedInApi(browser, demo.analyst);
  const order = await orderBracket(customer.request, 'Bracket for the operations journey');
  const accepted = await customer.request.post(`/api/orders/${order.number}/quotes/${order.quote.id}/accept`);
  expect(accepted.ok(), await accepted.text()).toBeTruthy();
  // The supplier answers again a few seconds from now: after the operator has found the incident, before the retry.
  const supplierBack = new Date(Date.now() + 4_000);
  const { definitionId, instanceId } = await faultingInstance(analyst.request, supplierBack);
  const short = instanceId.slice(0, 12);

  await test.step('the operator signs in on the operations page and sees the printers live', async () => {
    await signIn(page, demo.operator);
    await expect(page).toHaveURL(/\/studio\/operations$/);
    const printers = page.getByRole('list', { name: 'Printers' });
    await expect(printers.getByRole('listitem')).toHaveCount(3);
    await expect(printers.getByRole('listitem', { name: 'MEX 1 (PLA)' }).locator('.badge')).toHaveText(/Operational|Printing|Paused|Offline|Error|Maintenance/);
    // The accepted order's part is on a printer: its job is listed, and the printers and jobs refresh by themselves.
    await expect(page.getByRole('table', { name: 'Print jobs' })).toContainText(order.number, { timeout: 60_000 });
    await snap(page, '60-operations-printers');
  });

  await test.step('jobs and orders by status', async () => {
    const group = page.getByRole('group', { name: 'Orders by status' });
    // The virtual printer may finish between a look at the counts and the list: choose the status the order is in now,
    // and choose again if it moved on before its list came.
    await expect(async () => {
      const { status } = await (await customer.request.get(`/api/orders/${order.number}`)).json();
      expect(status).toMatch(/^(Printing|Inspecting)$/);
      const button = group.getByRole('button', { name: new RegExp(`^${status}\\b`) });
      if (await button.getAttribute('aria-pressed', { timeout: 5_000 }) !== 'true') await button.click({ timeout: 5_000 });
      await expect(page).toHaveURL(new RegExp(`orders=${status}`), { timeout: 5_000 });
      await expect(page.getByRole('table', { name: 'Orders' })).toContainText(order.number, { timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await snap(page, '61-operations-by-status');
  });

  await test.step('find the instance stopped by the incident', async () => {
    const incidents = page.getByRole('table', { name: 'Instances with incidents' });
    const row = incidents.getByRole('row').filter({ hasText: short });
    await expect(row).toContainText(definitionId);
    await expect(row).toContainText('reserve-stock');
    await expect(row).toContainText('The material supplier does not answer before');
    await expect(row.locator('.badge')).toHaveText('Faulted');
    await row.scrollIntoViewIfNeeded();
    await snap(page, '62-operations-incident');
  });

  await test.step('retry it from the page and see it finish', async () => {
    await expect.poll(() => Date.now(), { timeout: 30_000 }).toBeGreaterThan(supplierBack.getTime());
    const row = page.getByRole('table', { name: 'Instances with incidents' }).getByRole('row').filter({ hasText: short });
    await row.getByRole('button', { name: `Retry ${short}` }).click();
    await expect(row.locator('.badge')).toHaveText('Finished');
    await expect(page.getByText(`Retried ${short}: the instance is Finished`)).toBeVisible();
    await snap(page, '63-operations-retried');
  });

  await test.step('open it in the instance viewer', async () => {
    const row = page.getByRole('table', { name: 'Instances with incidents' }).getByRole('row').filter({ hasText: short });
    await row.getByRole('link', { name: 'See it in the viewer' }).click();
    await expect(page).toHaveURL(new RegExp(`/studio/instances/${instanceId}$`));
    await expect(page.getByRole('heading', { name: /Stock check with the supplier/ })).toBeVisible();
    await expect(page.locator('.instance-head .badge').first()).toHaveText('Finished');
    await page.getByRole('tab', { name: 'Incidents (1)' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('The material supplier does not answer before');
    await snap(page, '64-instance-after-retry');
  });

  await test.step('the charts over a chosen period, and a period too long', async () => {
    await page.getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('button', { name: 'Last 30 days' }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    for (const chart of ['throughput', 'utilisation', 'on-time']) {
      await expect(page.getByTestId(`chart-${chart}`).locator('svg.recharts-surface').last()).toBeVisible();
    }
    await expect(page.getByTestId('chart-throughput')).toContainText(/print jobs? completed/);
    await page.getByTestId('chart-utilisation').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await snap(page, '65-operations-charts');
    await page.getByLabel('From').fill('2026-01-01');
    await page.getByLabel('To').fill('2026-06-30');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('To must be at most 92 days after from');
    await snap(page, '66-operations-period-too-long');
  });

  await test.step('at tablet width', async () => {
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect(page.getByTestId('chart-throughput').locator('svg.recharts-surface').last()).toBeVisible();
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, '67-operations-tablet');
    await page.getByTestId('chart-on-time').scrollIntoViewIfNeeded();
    await snap(page, '67b-operations-tablet-charts');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await customer.close();
  await analyst.close();
  // 400: the period too long, which the page shows as a sentence.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
});
