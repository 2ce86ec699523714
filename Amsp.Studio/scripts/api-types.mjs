// The typed API client's types, generated from the host's OpenAPI document with openapi-typescript.
// Shared by the generator (scripts/generate-api.mjs) and the end-to-end check that the committed file matches
// the document the running host serves.
import openapiTS, { astToString } from 'openapi-typescript';

export const schemaFile = new URL('../src/api/schema.d.ts', import.meta.url);

const header = `// Generated from the host's /openapi/v1.json by \`npm run api:generate\`; do not edit by hand.
// The end-to-end suite fails when this file no longer matches what the host serves.
`;

/** The text of src/api/schema.d.ts for an OpenAPI document (parsed JSON). */
export async function typesFor(document) {
  return header + astToString(await openapiTS(document, { alphabetize: true }));
}
