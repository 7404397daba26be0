/**
 * One French sentence for any error of the library, for a host that shows it as it is.
 *
 * @packageDocumentation
 */
import type { TremplinError } from '../errors.js';

/**
 * Describes an error for a person: its message, then each reason or problem with its code.
 *
 * @param error - any error the library returned.
 * @returns the text, in French; no personal data is added to what the error holds.
 * @remarks A refusal lists every reason with the text behind it (décret n° 94-874, arrêté du 22 août 2014…),
 * so that the person refused knows what to do and on what ground.
 * @example
 * ```ts
 * const r = await tremplin.execute(id, command, options);
 * if (r.isErr()) console.error(describeError(r.error));
 * ```
 * @category Service
 */
export function describeError(error: TremplinError): string {
  switch (error.kind) {
    case 'refusal':
      return `Commande refusée : ${error.reasons.map((r) => `${r.message} [${r.code}]${r.source ? ` (${r.source.texte}${r.source.article ? `, ${r.source.article}` : ''})` : ''}`).join(' ; ')}`;
    case 'permission':
      return [error.message, ...error.reasons.map((r) => `${r.message} [${r.code}]`)].join(' ');
    case 'validation':
      return [
        error.message,
        ...error.issues.map(
          (i) => `${i.path.length > 0 ? `${i.path.join('.')} : ` : ''}${i.message} [${i.code}]`,
        ),
      ].join(' ');
    default:
      return error.message;
  }
}
