// The journey of the issue, in a real Chromium against the real host: an analyst inserts an activity between two
// connected ones, gives it a JavaScript input, undoes and redoes, compares versions, publishes version 2 and starts
// an instance; a stale save meets the conflict; an operator sees the instance's path and no designer.
import { expect, test, type Page } from '@playwright/test';
import { demo } from './host';
import { failOnPageErrors, signIn, signOut, snap } from './steps';

const workflow = 'design-review';
const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);
const edge = (page: Page, key: string) => page.locator(`.react-flow__edge[data-id="${key}"]`);

test('an analyst redesigns a workflow and an operator follows its instance', async ({ page, browser }) => {
  // Sixteen steps, two people, a machine that may be busy with other builds.
  test.setTimeout(480_000);
  const errors = failOnPageErrors(page);
  let instanceId = '';

  await test.step('sign in as an analyst', async () => {
    await signIn(page, demo.analyst);
    await expect(page).toHaveURL(/\/studio\/designer$/);
    await expect(page.getByRole('link', { name: 'Design review with a deadline' })).toBeVisible();
    await snap(page, '01-analyst-workflows');
  });

  await test.step('open the shipped workflow, laid out automatically', async () => {
    await page.getByRole('link', { name: 'Design review with a deadline' }).click();
    await expect(node(page, 'start')).toBeVisible();
    await expect(node(page, 'finish')).toBeVisible();
    await expect(page.getByTestId('document-status')).toHaveText('Version 1 · published');
    await expect(page.getByRole('button', { name: '✓ No problems' })).toBeVisible();
    await snap(page, '02-designer-opened');
  });

  await test.step('insert an activity between two connected ones', async () => {
    await page.getByTestId('insert-on-start:Done->model-from-input').click();
    await page.getByRole('searchbox', { name: 'Search activities to insert' }).fill('log');
    await snap(page, '03-insert-menu');
    await page.keyboard.press('Enter');
    await expect(node(page, 'log-1')).toBeVisible();
    await expect(edge(page, 'start:Done->log-1')).toHaveCount(1);
    await expect(edge(page, 'log-1:Done->model-from-input')).toHaveCount(1);
    await expect(edge(page, 'start:Done->model-from-input')).toHaveCount(0);
    // The Log needs its Message: the API's validation marks the node.
    await expect(page.getByRole('button', { name: /1 problem/ })).toBeVisible();
    await expect(node(page, 'log-1').locator('.node-issues')).toHaveText('1');
    await snap(page, '04-inserted-with-problem');
  });

  await test.step('set its input with a JavaScript expression', async () => {
    const message = page.locator('[data-input="Message"]');
    await message.getByRole('radio', { name: 'JavaScript' }).click();
    await message.getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.type("'Review of ' + input.modelName");
    await expect(message.locator('.cm-content')).toHaveText("'Review of ' + input.modelName");
    await expect(page.getByRole('button', { name: '✓ No problems' })).toBeVisible();
    await expect(page.getByTestId('document-status')).toHaveText('Version 1 · published · unsaved changes');
    await snap(page, '05-javascript-input');
  });

  await test.step('undo and redo the edit', async () => {
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('[data-input="Message"] .cm-content')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /1 problem/ })).toBeVisible();
    await snap(page, '06-undone');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.locator('[data-input="Message"] .cm-content')).toHaveText("'Review of ' + input.modelName");
    await expect(page.getByRole('button', { name: '✓ No problems' })).toBeVisible();
    // The keyboard does the same, once focus is off the fields.
    await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
    await page.keyboard.press('Control+z');
    await expect(node(page, 'log-1').locator('.node-issues')).toHaveText('1');
    await page.keyboard.press('Control+Shift+z');
    await expect(node(page, 'log-1').locator('.node-issues')).toHaveCount(0);
    await snap(page, '07-redone');
  });

  await test.step('publish version 2', async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Published version 2')).toBeVisible();
    await expect(page.getByTestId('document-status')).toHaveText('Version 2 · published');
    await snap(page, '08-published-v2');
  });

  await test.step('see the difference between version 1 and version 2', async () => {
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByRole('combobox', { name: 'Older side' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Newer side' }).selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByText('Changes from version 1 to version 2')).toBeVisible();
    await expect(node(page, 'log-1').locator('.activity-node')).toHaveClass(/tone-added/);
    await expect(page.locator('.react-flow__edge-path.tone-removed')).toHaveCount(1);
    await expect(page.locator('.react-flow__edge-path.tone-added')).toHaveCount(2);
    await snap(page, '09-diff-v1-v2');
    await page.getByRole('button', { name: 'Back to editing' }).click();
  });

  await test.step('start an instance', async () => {
    await page.getByRole('button', { name: 'Run…' }).click();
    await page.getByLabel('Input (JSON object)').fill('{ "modelName": "bracket-v3.stl" }');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const result = page.locator('.run-result');
    await expect(result).toContainText('is Suspended');
    instanceId = (await result.locator('code').first().textContent()) ?? '';
    expect(instanceId).toMatch(/^[0-9a-f]{32}$/);
    await snap(page, '10-instance-started');
    await page.getByRole('dialog', { name: 'Start an instance' }).getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('a stale save gets the conflict, not an overwrite', async () => {
    const other = await browser.newContext();
    const admin = await other.newPage();
    await signIn(admin, demo.admin);
    await admin.goto(`/studio/designer/${workflow}`);
    await expect(node(admin, 'log-1')).toBeVisible();
    await admin.getByLabel('Name', { exact: true }).fill('Design review, by the admin');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(admin.getByText('Saved as draft version 3')).toBeVisible();
    await other.close();

    await page.getByLabel('Name', { exact: true }).fill('Design review, by the analyst');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this workflow' });
    await expect(dialog).toContainText('Someone else saved version 3');
    await snap(page, '11-conflict');
    await dialog.getByRole('button', { name: 'Load their version' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Design review, by the admin');
    await expect(page.getByTestId('document-status')).toHaveText('Version 3 · draft');
  });

  await test.step('an operator sees no designer', async () => {
    await signOut(page);
    await signIn(page, demo.operator);
    await expect(page).toHaveURL(/\/studio\/operations$/);
    await expect(page.getByRole('link', { name: 'Designer' })).toHaveCount(0);
    await page.goto(`/studio/designer/${workflow}`);
    await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
    await snap(page, '12-operator-no-designer');
  });

  await test.step('the operator sees the instance with its path highlighted', async () => {
    await page.getByRole('link', { name: 'Instances' }).click();
    await page.getByLabel('Definition id').fill(workflow);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByRole('link', { name: instanceId.slice(0, 12) })).toBeVisible();
    await snap(page, '13-instances');
    await page.getByRole('link', { name: instanceId.slice(0, 12) }).click();
    await expect(page.getByRole('heading', { name: /version 2/ })).toBeVisible();
    await expect(node(page, 'log-1').locator('.node-mark')).toHaveText('Completed');
    await expect(node(page, 'wait-review').locator('.node-mark')).toHaveText('Suspended');
    await expect(node(page, 'deadline').locator('.node-mark')).toHaveText('Suspended');
    await expect(node(page, 'http').locator('.activity-node')).toHaveClass(/tone-idle/);
    await expect(page.locator('.react-flow__edge-path.tone-followed')).toHaveCount(5);
    await expect(page.getByRole('tab', { name: 'Bookmarks (2)' })).toBeVisible();
    await snap(page, '14-instance-path');
    await node(page, 'log-1').click();
    await expect(page.getByRole('region', { name: 'Activity log-1' })).toContainText("'Review of ' + input.modelName");
    await snap(page, '15-activity-details');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect(page.getByRole('list', { name: 'Journal' })).toContainText('Review of bracket-v3.stl');
    await snap(page, '16-timeline');
  });

  expect(errors).toEqual([]);
});
