/**
 * Personal data out of outputs: the values the core marks sensitive (NUMEN, date of birth, e-mail) are
 * masked unless `--sensitive` is given.
 *
 * @packageDocumentation
 */
import { type DossierState, sensitivePaths } from '@tremplin/core';

/** What replaces a sensitive value. */
export const MASK = '***';

/**
 * A dossier's state with its sensitive values masked.
 *
 * @param state - the state.
 * @returns a copy where each value at a `sensitivePaths.state` path is `***` (null stays null).
 */
export function redactState(state: DossierState): DossierState {
  const copy = structuredClone(state) as unknown as Record<string, unknown>;
  for (const path of sensitivePaths.state) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
    const last = path.at(-1);
    if (typeof node === 'object' && node !== null && last !== undefined) {
      const record = node as Record<string, unknown>;
      if (record[last] !== null && record[last] !== undefined) record[last] = MASK;
    }
  }
  return copy as unknown as DossierState;
}
