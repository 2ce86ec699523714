import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const shots = join(import.meta.dirname, '..', 'test-results', 'journey');
mkdirSync(shots, { recursive: true });

/** A screenshot of a step of the journey, for a person to look at. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`) });
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
