// Writes the JSON Schemas for pack files (schemas/*.schema.json) from the zod schemas.
// Run: npx tsx scripts/generate-schemas.ts   (a unit test fails when the committed files are stale)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packJsonSchemas, serializeSchema } from '../src/core/packs/jsonSchema';

const outDir = path.resolve(__dirname, '..', 'schemas');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(packJsonSchemas())) {
  fs.writeFileSync(path.join(outDir, name), serializeSchema(schema));
  console.log(`wrote schemas/${name}`);
}
