/**
 * zod issues as the library's `Issue`s, in French.
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import { type ZodType, z } from 'zod';

const french = z.locales.fr().localeError;

/**
 * Parses a value with a schema, with zod's French messages (the schemas' own messages come first).
 *
 * @param schema - the schema.
 * @param value - the value.
 * @param column - when given, names the path for people (the CSV column it comes from): the issue's path is
 * then that one name.
 * @returns the parsed value, or the issues, each with a code `schema.<zod code>` and its path.
 */
export function parseWith<T>(
  schema: ZodType<T>,
  value: unknown,
  column?: (path: readonly PropertyKey[]) => string,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issue[] } {
  const parsed = schema.safeParse(value, { error: french });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      code: `schema.${i.code}`,
      message: i.message,
      path:
        column === undefined || i.path.length === 0
          ? i.path.map((p) => (typeof p === 'number' ? p : String(p)))
          : [column(i.path)],
    })),
  };
}
