/**
 * The workflow's and the store's errors as lists of `Issue`s, to report them per row of an import.
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import type { CliFailure } from '../failure.js';
import { isCalendrierId } from '../next-step.js';

/**
 * The issues of a failure.
 *
 * @param failure - a refusal, a permission denied, a validation error…
 * @returns one issue per reason (code, message), keeping the reasons' order.
 */
export function issuesOf(failure: CliFailure): Issue[] {
  switch (failure.kind) {
    case 'refusal':
    case 'permission':
      return failure.reasons.map((r) => ({ code: r.code, message: r.message, path: [] }));
    case 'validation':
      return [...failure.issues];
    case 'rows':
      return failure.rows.flatMap((r) => r.issues);
    case 'not-found':
      return [
        {
          code: isCalendrierId(failure.id) ? 'calendrier.absent' : 'dossier.inconnu',
          message: failure.message,
          path: [],
        },
      ];
    case 'conflict':
      return [{ code: 'conflit', message: failure.message, path: [] }];
    case 'store':
      return [{ code: `stockage.${failure.code}`, message: failure.message, path: [] }];
    case 'usage':
      return [{ code: 'usage', message: failure.message, path: [] }];
    case 'file':
      return [{ code: 'fichier', message: failure.message, path: [] }];
    case 'internal':
      return [{ code: 'interne', message: failure.message, path: [] }];
  }
}
