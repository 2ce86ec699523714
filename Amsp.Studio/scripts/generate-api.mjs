// Regenerates src/api/schema.d.ts from a running host (default http://127.0.0.1:5080), or checks it with --check.
//   npm run api:generate -- [--url http://127.0.0.1:5080/openapi/v1.json]
import { readFile, writeFile } from 'node:fs/promises';
import { schemaFile, typesFor } from './api-types.mjs';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : 'http://127.0.0.1:5080/openapi/v1.json';
const response = await fetch(url).catch((e) => {
  console.error(`cannot read ${url}: ${e.message} (is the host running?)`);
  process.exit(2);
});
if (!response.ok) {
  console.error(`${url} answered ${response.status}`);
  process.exit(2);
}
const text = await typesFor(await response.json());
if (args.includes('--check')) {
  const committed = await readFile(schemaFile, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('src/api/schema.d.ts does not match the served OpenAPI document: run npm run api:generate');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches the served OpenAPI document');
} else {
  await writeFile(schemaFile, text);
  console.log(`wrote ${schemaFile.pathname}`);
}
