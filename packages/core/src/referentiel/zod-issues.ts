/**
 * Translation of zod issues into Tremplin `Issue`s with stable codes (`schema.<zod code>`).
 *
 * @packageDocumentation
 */
import type { z } from 'zod';
import type { Issue } from '../errors.js';

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
  return error.issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'schema.unrecognized_keys',
        message: `Clé inconnue : « ${key} ».`,
        path: [...path, key],
      }));
    }
    return [{ code: `schema.${issue.code}`, message: issue.message, path }];
  });
}
