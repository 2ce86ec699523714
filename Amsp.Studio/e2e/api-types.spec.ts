// The typed client's types are generated from the host's OpenAPI document; this fails when they drift apart.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { schemaFile, typesFor } from '../scripts/api-types.mjs';

test('the committed API types match the OpenAPI document the host serves', async ({ request }) => {
  const document = await (await request.get('/openapi/v1.json')).json();
  const committed = await readFile(schemaFile, 'utf8');
  expect(committed, 'src/api/schema.d.ts is stale: run npm run api:generate against a running host').toBe(await typesFor(document));
});
