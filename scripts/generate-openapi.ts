/** Writes the OpenAPI 3.1 document generated from the valibot schemas to src/api/openapi.json. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/api/openapi';

export const OPENAPI_PATH = fileURLToPath(new URL('../src/api/openapi.json', import.meta.url));

writeFileSync(OPENAPI_PATH, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${OPENAPI_PATH}`);
