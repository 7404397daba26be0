/**
 * Test support: a fast-check arbitrary of values a zod schema accepts, built by walking the schema's
 * definition (the subset of zod 4 the library's input schemas use). Refinements run in code cannot be
 * generated: the caller filters the samples through the schema. `@tremplin/core/testing` publishes it as
 * `buildSchemaArbitrary`.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Check {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly length?: number;
}

interface Def {
  readonly type: string;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: Check } }>;
  readonly innerType?: ZodLike;
  readonly element?: ZodLike;
  readonly shape?: Record<string, ZodLike>;
  readonly options?: readonly ZodLike[];
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, string | number>;
  readonly keyType?: ZodLike;
  readonly valueType?: ZodLike;
  readonly items?: readonly ZodLike[];
  readonly in?: ZodLike;
  readonly getter?: () => ZodLike;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly left?: ZodLike;
  readonly right?: ZodLike;
}

interface ZodLike {
  readonly _zod: { readonly def: Def };
}

/** Arbitraries to use instead of walking, for schemas whose refinements random values rarely pass. */
export type Overrides = ReadonlyMap<unknown, fc.Arbitrary<unknown>>;

const MAX_ARRAY = 3;
const MAX_DEPTH = 4;

function checksOf(def: Def): Check[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const patterns = [def.pattern, ...checks.map((c) => c.pattern)].filter(
    (p): p is RegExp => p instanceof RegExp,
  );
  let min = 0;
  let max: number | undefined;
  for (const c of checks) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max ?? c.maximum, c.maximum);
    if (c.check === 'length_equals' && c.length !== undefined) {
      min = c.length;
      max = c.length;
    }
  }
  const [first, ...others] = patterns;
  if (def.format === 'url') return fc.webUrl();
  if (!first)
    return fc.string({
      minLength: min,
      maxLength: Math.max(min, Math.min(max ?? 24, min + 24)),
      unit: 'grapheme',
    });
  return fc
    .stringMatching(first, { size: 'xsmall' })
    .filter(
      (s) => s.length >= min && (max === undefined || s.length <= max) && others.every((p) => p.test(s)),
    );
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integerFormats = ['safeint', 'int32', 'uint32'];
  const integer =
    integerFormats.includes(def.format ?? '') ||
    checks.some((c) => c.check === 'number_format' && integerFormats.includes(c.format ?? ''));
  let min = -1e6;
  let max = 1e6;
  for (const c of checks) {
    if (c.check === 'greater_than' && c.value !== undefined)
      min = c.inclusive ? c.value : c.value + (integer ? 1 : 1e-6);
    if (c.check === 'less_than' && c.value !== undefined)
      max = c.inclusive ? c.value : c.value - (integer ? 1 : 1e-6);
  }
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(def: Def, depth: number, o: Overrides): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(shape)) {
    const t = value._zod.def.type;
    if (t === 'optional' || t === 'default' || t === 'prefault') {
      const inner = value._zod.def.innerType;
      if (inner) model[key] = walk(inner, depth + 1, o);
    } else {
      model[key] = walk(value, depth + 1, o);
      required.push(key);
    }
  }
  return fc.record(model, { requiredKeys: required });
}

function walk(schema: ZodLike, depth: number, o: Overrides): fc.Arbitrary<unknown> {
  const override = o.get(schema);
  if (override) return override;
  const def = schema._zod.def;
  const arrayMax = depth >= MAX_DEPTH ? 0 : MAX_ARRAY;
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'optional':
      return fc.option(walk(required(def.innerType), depth, o), { nil: undefined });
    case 'nullable':
      return fc.option(walk(required(def.innerType), depth, o), { nil: null });
    case 'readonly':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'nonoptional':
      return walk(required(def.innerType), depth, o);
    case 'pipe':
      return walk(required(def.in), depth, o);
    case 'lazy':
      return walk(required(def.getter?.()), depth + 1, o);
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = Math.max(
        min,
        Math.min(arrayMax, checks.find((c) => c.check === 'max_length')?.maximum ?? arrayMax),
      );
      return fc.array(walk(required(def.element), depth + 1, o), { minLength: min, maxLength: max });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((i) => walk(i, depth + 1, o)));
    case 'object':
      return objectArbitrary(def, depth, o);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => walk(option, depth + 1, o)));
    case 'intersection':
      return fc
        .tuple(walk(required(def.left), depth, o), walk(required(def.right), depth, o))
        .map(([a, b]) => ({ ...(a as object), ...(b as object) }));
    case 'record': {
      const keys = required(def.keyType)._zod.def;
      if (keys.type === 'enum') {
        // A record keyed by an enum is exhaustive in zod 4: every key is required.
        const value = walk(required(def.valueType), depth + 1, o);
        return fc.record(Object.fromEntries(Object.values(keys.entries ?? {}).map((k) => [k, value])));
      }
      return fc.dictionary(
        walk(required(def.keyType), depth + 1, o) as fc.Arbitrary<string>,
        walk(required(def.valueType), depth + 1, o),
        { maxKeys: arrayMax },
      );
    }
    case 'any':
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new TypeError(`type zod « ${def.type} » non pris en charge`);
  }
}

function required(schema: ZodLike | undefined): ZodLike {
  if (!schema) throw new TypeError('définition zod incomplète');
  return schema;
}

/**
 * Values shaped like what `schema` accepts. Refinements are not generated: filter with `schema.safeParse`.
 *
 * @param schema - a zod 4 schema.
 * @param overrides - arbitraries for given schema instances (matched by identity).
 * @returns a fast-check arbitrary.
 */
export function arbitraryFromZod(schema: z.ZodType, overrides: Overrides = new Map()): fc.Arbitrary<unknown> {
  return walk(schema as unknown as ZodLike, 0, overrides);
}
