// Writes the JSON Schema of every input of the library into packages/core/schemas/, from the built
// @tremplin/core (generated from its zod schemas; never edited by hand). A core test checks they are current.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputJsonSchemas } from '@tremplin/core/schemas';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'schemas');
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (old.endsWith('.json')) rmSync(join(out, old));
const schemas = inputJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`${Object.keys(schemas).length} JSON Schemas written to ${out}`);
