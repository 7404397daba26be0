/**
 * Translation of zod issues into Tremplin `Issue`s with stable codes (`schema.<zod code>`).
 *
 * @packageDocumentation
 */

import type { z } from 'zod';
import { type Issue, issue } from '../errors.js';

/**
 * Turns a zod error into one `Issue` per problem. An unknown key becomes one issue per key, with the key
 * in the path, so every path points at the offending value.
 *
 * @param error - the error of a failed `safeParse`.
 * @param prefix - a path to put in front of every issue's path.
 * @returns the issues, codes `schema.invalid_type`, `schema.unrecognized_keys`, `schema.too_small`, …
 * @category Référentiel
 */
export function issuesFromZod(error: z.ZodError, prefix: ReadonlyArray<string | number> = []): Issue[] {
  return error.issues.flatMap((zodIssue): Issue[] => {
    const path = [...prefix, ...zodIssue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
    if (zodIssue.code === 'unrecognized_keys') {
      return zodIssue.keys.map((key) =>
        issue('schema.unrecognized_keys', `Clé inconnue : « ${key} ».`, [...path, key]),
      );
    }
    return [issue(`schema.${zodIssue.code}`, zodIssue.message, path)];
  });
}
