// Sign-in and who sees what: the pages follow the roles, the API decides.
import { expect, test } from '@playwright/test';
import { demo } from './host';
import { failOnPageErrors, fillSignIn, signIn, signOut, snap } from './steps';

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/studio/');
  await fillSignIn(page, { email: demo.analyst.email, password: 'not-the-password' });
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await snap(page, '00-sign-in-refused');
});

test('a manufacturer starts on the AM centre page and can sign out', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await signIn(page, demo.manufacturer);
  await expect(page).toHaveURL(/\/studio\/centre$/);
  await expect(page.getByRole('table', { name: 'Printers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Designer' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Orders' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a page opened while signed out comes back after signing in', async ({ page }) => {
  await page.goto('/studio/instances?status=Faulted');
  await fillSignIn(page, demo.operator);
  await expect(page).toHaveURL(/\/studio\/instances\?status=Faulted$/);
});

test('anyone checks a certificate code without signing in; an unknown code is plainly not found', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/studio/verify/NOSUCHCODE42');
  await expect(page.getByRole('alert')).toContainText('No certificate has the code “NOSUCHCODE42”');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
  await snap(page, '00-verify-not-found');
  expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
});

test('each person starts on the pages of their role', async ({ page }) => {
  await signIn(page, demo.customer);
  await expect(page).toHaveURL(/\/studio\/orders$/);
  await expect(page.getByRole('link', { name: 'Inspections' })).toHaveCount(0);
  await page.goto('/studio/inspections');
  await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
  await signOut(page);
  await signIn(page, demo.inspector);
  await expect(page).toHaveURL(/\/studio\/inspections$/);
  await expect(page.getByRole('link', { name: 'Orders' })).toHaveCount(0);
});
