import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputJsonSchema, inputSchemaNames, inputSchemas } from './input-schemas.js';
import { inputOverrides } from './testing/overrides.js';
import { arbitraryFromZod } from './testing/zod-arbitrary.js';

// `format` is an annotation in draft 2020-12 (no format-assertion vocabulary): validators in other languages
// need not check it, so the schemas must not rely on it. zod writes the same constraint as a `pattern`.
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  validateFormats: false,
});
// The library's own annotation on personal identifiers (NUMEN…): exporters redact what it marks.
ajv.addKeyword({ keyword: 'sensitive', schemaType: 'boolean' });

const validators = Object.fromEntries(inputSchemaNames.map((n) => [n, ajv.compile(inputJsonSchema(n))]));

function validator(name: (typeof inputSchemaNames)[number]) {
  const v = validators[name];
  if (!v) throw new Error(`no validator for ${name}`);
  return v;
}

describe('published JSON Schemas', () => {
  it.each(inputSchemaNames)('%s compiles under ajv strict mode and names itself', (name) => {
    const schema = inputJsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:tremplin:schema:${name}`);
    expect(schema.title).toBe(inputSchemas[name].title);
  });

  it.each(inputSchemaNames)('%s accepts what zod accepts, on random samples', (name) => {
    const { schema } = inputSchemas[name];
    const validate = validator(name);
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryFromZod(schema, inputOverrides), (sample) => {
        const json = JSON.parse(JSON.stringify(sample)) as unknown;
        if (!schema.safeParse(json).success) return; // a refinement run in code: not representable
        accepted++;
        if (!validate(json)) {
          throw new Error(
            `${name}: zod accepts, the JSON Schema refuses: ${ajv.errorsText(validate.errors)}`,
          );
        }
      }),
      { numRuns: 150, seed: 20221130 },
    );
    // The generator must exercise the schema: most samples pass zod's refinements too.
    expect(accepted).toBeGreaterThan(15);
  });

  it.each(inputSchemaNames)('%s and zod both refuse an unknown key or a missing required key', (name) => {
    const { schema } = inputSchemas[name];
    const validate = validator(name);
    const json = inputJsonSchema(name);
    const required = Array.isArray(json.required) ? (json.required as string[]) : [];
    fc.assert(
      fc.property(arbitraryFromZod(schema, inputOverrides), fc.nat(), (sample, pick) => {
        if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return;
        const value = JSON.parse(JSON.stringify(sample)) as Record<string, unknown>;
        if (!schema.safeParse(value).success) return;
        const withUnknown = { ...value, cleInconnue: 1 };
        if (json.additionalProperties === false) {
          expect(schema.safeParse(withUnknown).success).toBe(false);
          expect(validate(withUnknown)).toBe(false);
        }
        const missing = required[pick % Math.max(1, required.length)];
        if (missing !== undefined) {
          const { [missing]: _dropped, ...without } = value;
          expect(schema.safeParse(without).success).toBe(false);
          expect(validate(without)).toBe(false);
        }
      }),
      { numRuns: 50, seed: 20230430 },
    );
  });

  it.each(inputSchemaNames)('the committed packages/core/schemas/%s.json is the generated one', (name) => {
    const file = join(import.meta.dirname, '..', '..', 'schemas', `${name}.json`);
    const committed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(committed, 'run `npm run schemas` at the root to regenerate').toEqual(inputJsonSchema(name));
  });
});
