// Setting the scene through the API, as another person would at the same time: signed-in request contexts and a
// customer's order of the sample bracket, quoted by the centres.
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseURL } from './host';

const bracket = resolve(import.meta.dirname, '..', '..', 'samples', 'models', 'bracket.stl');
export const centreName = 'Demo AM Centre B.V.';

/**
 * An API client signed in as `who` (the session cookie, as the app's), in a browser context of its own; `close` ends
 * it. A browser context rather than a standalone request context: the trace of a standalone one with a file upload in
 * it could fail to be written when disposed.
 */
export async function signedInApi(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL });
  const login = await context.request.post('/api/auth/login?useCookies=true', { data: who });
  expect(login.ok(), await login.text()).toBeTruthy();
  return { request: context.request, close: () => context.close() };
}

/** The customer orders the bracket through the API and waits for the quotes; answers the demo centre's quote. */
export async function orderBracket(api: APIRequestContext, title: string) {
  const upload = await api.post('/api/models', { multipart: { file: { name: 'bracket.stl', mimeType: 'model/stl', buffer: readFileSync(bracket) } } });
  expect(upload.ok(), await upload.text()).toBeTruthy();
  const modelId = (await upload.json()).model.id;
  const draft = await (await api.post('/api/requirements', { data: {
    title, modelId, units: 'mm', quantity: 1, material: 'PLA', dueDate: '2099-06-30', certificateLevel: 'None',
    deliveryAddress: { street: 'Industriestraße 12', postalCode: '70565', city: 'Stuttgart', country: 'DE' },
  } })).json();
  const submitted = await api.post(`/api/requirements/${draft.id}/submit`);
  expect(submitted.ok(), await submitted.text()).toBeTruthy();
  const number: string = (await submitted.json()).number;
  await expect.poll(async () => (await (await api.get(`/api/orders/${number}`)).json()).status, { timeout: 90_000, intervals: [1_000] }).toBe('Quoted');
  const order = await (await api.get(`/api/orders/${number}`)).json();
  const quote = order.quotes.find((q: { amCentreName: string }) => q.amCentreName === centreName);
  expect(quote).toBeTruthy();
  return { number, quote: quote as { id: string; total: number; lines: { description: string; amount: number }[] } };
}
