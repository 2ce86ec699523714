import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const shots = join(import.meta.dirname, '..', 'test-results', 'journey');
mkdirSync(shots, { recursive: true });

/**
 * A screenshot of a step of the journey, for a person to look at, and the accessibility check of the page as it is
 * then (soft: every violation of a journey is reported, and the test fails at its end).
 */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`) });
  await expectAccessible(page, name, true);
}

export async function fillSignIn(page: Page, who: { email: string; password: string }) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in from the app's address and waits until the app has left the sign-in page. */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/studio/');
  await fillSignIn(page, who);
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** Fails the test on any error the page logs (a broken script, a CSP violation, an unhandled rejection). */
export function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // 4xx answers the app expects and handles (the session probe, the stale save) are logged by the browser too.
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (401|409)/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** Fails on any serious or critical accessibility violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, what: string, soft = false) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  (soft ? expect.soft(bad) : expect(bad)).toEqual([]);
}

/** Drops a file on an element as a person drags it from their desktop. */
export async function dropFile(page: Page, testId: string, file: string, name = file.split('/').pop()!) {
  const { readFileSync } = await import('node:fs');
  const data = await page.evaluateHandle(({ b64, name }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    return transfer;
  }, { b64: readFileSync(file).toString('base64'), name });
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragenter', { dataTransfer: data });
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
}
