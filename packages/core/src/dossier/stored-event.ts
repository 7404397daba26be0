/**
 * What the fold checks of a stored event before applying it: a plain object, a `type` this version of Tremplin
 * knows (looked up among its own keys only: `__proto__`, `constructor` or `toString` are unknown types like any
 * other), and a schema version `v` it can read. A log written by a newer Tremplin is refused, never half-read.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { type DossierEvent, dossierEventSchema } from './events.js';
import { showControlCharacters } from './identifiants.js';

/**
 * The schema version each event type is written in today, from the event schemas (`v` of each).
 *
 * @category Dossier
 */
export const EVENT_VERSIONS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(dossierEventSchema.options.map((o) => [o.shape.type.value, o.shape.v.value])),
);

/**
 * Whether a stored event's type is one this version knows, looked up among the table's own keys only.
 *
 * @param type - the stored `type`, whatever its value.
 * @returns true for a known event type.
 * @category Dossier
 */
export function isKnownEventType(type: unknown): type is DossierEvent['type'] {
  return typeof type === 'string' && Object.hasOwn(EVENT_VERSIONS, type);
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Control characters of a hostile log never reach a message: they are shown as code points.
  return showControlCharacters(text.slice(0, 80));
}

function refus(found: Issue): Result<never, ValidationError> {
  return err(validationError(found.message, [found]));
}

/**
 * Checks one stored event before the fold applies it.
 *
 * @param event - the stored event, as read (any value).
 * @param dossierId - the dossier, named in the message (`?` when unknown).
 * @param sequence - its sequence, named in the message and the issue's path.
 * @returns the event typed, or a {@link ValidationError} with code `evenement.malforme` (not an object with a
 * `type`), `evenement.inconnu` (a type this version does not know) or `evenement.version-inconnue` (a `v` this
 * version cannot read, e.g. written by a newer Tremplin).
 * @example
 * ```ts
 * checkStoredEvent({ type: 'x.inconnu', v: 1 }, 'd-1', 7);
 * // Err: « Le dossier d-1 contient à la séquence 7 un événement de type inconnu « x.inconnu » : … »
 * ```
 * @category Dossier
 */
export function checkStoredEvent(
  event: unknown,
  dossierId: string,
  sequence: number,
): Result<DossierEvent, ValidationError> {
  if (typeof event !== 'object' || event === null || Array.isArray(event) || !Object.hasOwn(event, 'type')) {
    return refus(
      issue(
        'evenement.malforme',
        `Le dossier ${dossierId} contient à la séquence ${sequence} une valeur qui n’est pas un événement (objet avec un « type ») : le journal est altéré ou mal importé.`,
        [sequence],
      ),
    );
  }
  const { type, v } = event as { type: unknown; v?: unknown };
  if (!isKnownEventType(type)) {
    return refus(
      issue(
        'evenement.inconnu',
        `Le dossier ${dossierId} contient à la séquence ${sequence} un événement de type inconnu « ${describeValue(type)} » : il a été écrit par une autre version de Tremplin ou le journal est altéré ; mettre Tremplin à jour ou corriger le journal.`,
        [sequence],
      ),
    );
  }
  const attendue = EVENT_VERSIONS[type];
  if (v !== attendue) {
    return refus(
      issue(
        'evenement.version-inconnue',
        `Le dossier ${dossierId} contient à la séquence ${sequence} un événement « ${type} » en version ${describeValue(v)}, que cette version de Tremplin ne sait pas lire (version ${attendue}) : mettre Tremplin à jour.`,
        [sequence],
      ),
    );
  }
  return ok(event as DossierEvent);
}
