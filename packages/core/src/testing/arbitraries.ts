/**
 * fast-check arbitraries for property tests: any value of an input the library accepts, from its zod schema.
 *
 * @remarks fast-check is an optional peer dependency of `@tremplin/core`: install it to import
 * `@tremplin/core/testing`.
 * @packageDocumentation
 */
import type fc from 'fast-check';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { issue, type ValidationError, validationError } from '../errors.js';
import { type InputSchemaName, inputSchemas } from '../schemas/input-schemas.js';
import { inputOverrides } from '../schemas/testing/overrides.js';
import { arbitraryFromZod } from '../schemas/testing/zod-arbitrary.js';

/**
 * Arbitraries to use, by schema instance, instead of walking a schema's definition.
 *
 * @category Arbitraries
 */
export type SchemaArbitraryOverrides = ReadonlyMap<unknown, fc.Arbitrary<unknown>>;

/**
 * Values shaped like what a zod schema accepts, built by walking its definition.
 *
 * @remarks Refinements run in code (a UAI's check letter, two consecutive years) are not generated: filter
 * the samples through `schema.safeParse`, or give an arbitrary for the refined schema in `overrides`. Use
 * {@link buildInputArbitrary} for the library's own inputs, which does both.
 * @param schema - a zod 4 schema (objects, arrays, tuples, unions, intersections, enums, literals, records,
 * strings with patterns, numbers with bounds, optional, nullable, default, pipe, lazy).
 * @param overrides - arbitraries for given schema instances (matched by identity).
 * @returns the arbitrary, or a validation error naming the zod type the walker does not know.
 * @category Arbitraries
 */
export function buildSchemaArbitrary(
  schema: z.ZodType,
  overrides: SchemaArbitraryOverrides = new Map(),
): Result<fc.Arbitrary<unknown>, ValidationError> {
  try {
    return ok(arbitraryFromZod(schema, overrides));
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const message = `Schéma zod sans générateur : ${detail}`;
    return err(validationError(message, [issue('arbitraire.type-inconnu', message)]));
  }
}

/**
 * Any value of one of the library's inputs (see `inputSchemaNames` in `@tremplin/core/schemas`) that its zod
 * schema accepts, as JSON would carry it.
 *
 * @remarks For hosts and adapters that take the library's inputs from the outside (an HTTP body, a queue, a
 * file): property tests that whatever the schema accepts goes through. The values are JSON round-tripped and
 * kept only when the schema accepts them; the refinements random values almost never pass (UAI, school year,
 * IANA time zone) have generators of their own.
 * @param name - the input's name, e.g. `command`, `event`, `dossier`, `rule-pack`.
 * @category Arbitraries
 */
export function buildInputArbitrary<N extends InputSchemaName>(
  name: N,
): fc.Arbitrary<z.input<(typeof inputSchemas)[N]['schema']>> {
  const { schema } = inputSchemas[name];
  // Every input's schema is walkable: the published-schema tests generate samples of each.
  return arbitraryFromZod(schema, inputOverrides)
    .map((sample) => JSON.parse(JSON.stringify(sample) ?? 'null') as unknown)
    .filter((json) => schema.safeParse(json).success) as fc.Arbitrary<
    z.input<(typeof inputSchemas)[N]['schema']>
  >;
}
