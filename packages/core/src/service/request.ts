/**
 * The request of a command as a host gives it, checked at the service's edge: the dossier's identifier, the
 * command (any JSON, parsed with its schema), the instant and the idempotency key.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { Acteur } from '../dossier/acteurs.js';
import { computeEmpreinte } from '../dossier/empreinte.js';
import { identifiantSchema, isoInstantSchema } from '../dossier/identifiants.js';
import { issue, type ValidationError, validationError } from '../errors.js';
import { validateDossierId } from '../ports/validation.js';
import { issuesFromZod } from '../referentiel/zod-issues.js';
import { type Command, commandSchema } from '../workflow/commands.js';

/**
 * How a command is issued.
 *
 * @typeParam A - what the host says of the actor: an {@link Acteur} by default, or whatever the service's
 * actor resolver reads (a verified token's claims, a session).
 * @category Service
 */
export interface ExecuteOptions<A = Acteur> {
  /**
   * Who acts. The service checks his role and scope against the dossier; authenticating him is the host's
   * job (see {@link TremplinOptions.resolveActeur}).
   */
  readonly acteur: A;
  /** When the command is recorded: an ISO 8601 instant with its offset (`2022-10-04T10:00:00+04:00`). */
  readonly at: string;
  /**
   * Identifies the command. The same key with the same command is a replay (nothing new is written); the same
   * key with another command is an error. When absent, a hash of the dossier, the actor, the command and the
   * instant: the same command recorded twice at the same instant is recorded once.
   */
  readonly idempotencyKey?: string | undefined;
}

/** A request that passed the edge's checks.
 * @category Service
 */
export interface CheckedRequest {
  readonly dossierId: string;
  readonly command: Command;
  readonly at: string;
  /** The key given, or `undefined` to derive one once the actor is known. */
  readonly idempotencyKey: string | undefined;
}

const keySchema = identifiantSchema;

/**
 * Checks a request: the identifier, the command against its schema, the instant and the key. Every problem
 * is listed, with its path (`dossierId`, `command.…`, `at`, `idempotencyKey`).
 *
 * @param dossierId - the dossier's identifier.
 * @param command - the command, as received.
 * @param options - the instant and the key.
 * @returns the checked request, or a `ValidationError`.
 * @category Service
 */
export function checkRequest(
  dossierId: unknown,
  command: unknown,
  options: { readonly at: unknown; readonly idempotencyKey?: unknown },
): Result<CheckedRequest, ValidationError> {
  const id = validateDossierId(dossierId);
  const parsed = commandSchema.safeParse(command);
  const at = isoInstantSchema.safeParse(options.at);
  const key = options.idempotencyKey === undefined ? undefined : keySchema.safeParse(options.idempotencyKey);
  const issues = [
    ...(id.isErr() ? id.error.issues.map((i) => ({ ...i, path: ['dossierId', ...i.path] })) : []),
    ...(parsed.success ? [] : issuesFromZod(parsed.error, ['command'])),
    ...(at.success
      ? []
      : [
          issue('instant.invalide', 'L’instant doit être une date ISO 8601 avec son décalage horaire.', [
            'at',
          ]),
        ]),
    ...(key === undefined || key.success
      ? []
      : [
          issue('cle-idempotence.invalide', 'La clé d’idempotence doit compter de 1 à 200 caractères.', [
            'idempotencyKey',
          ]),
        ]),
  ];
  if (id.isErr() || !parsed.success || !at.success || (key !== undefined && !key.success)) {
    return err(validationError('La commande est invalide.', issues));
  }
  if (parsed.data.type === 'dossier.ouvrir' && parsed.data.dossierId !== id.value) {
    return err(
      validationError('L’identifiant du dossier ne correspond pas à celui de la commande.', [
        issue('dossier.identifiant', `Commande pour ${parsed.data.dossierId}, dossier ${id.value}.`, [
          'command',
          'dossierId',
        ]),
      ]),
    );
  }
  return ok({ dossierId: id.value, command: parsed.data, at: at.data, idempotencyKey: key?.data });
}

/**
 * The key of a command issued without one: a hash of what makes it the same command.
 *
 * @param request - the checked request.
 * @param acteur - the resolved actor.
 * @param prefix - what the key starts with (the host's name, e.g. `cli`).
 * @returns `prefix:` and 32 hexadecimal characters.
 * @category Service
 */
export function deriveIdempotencyKey(request: CheckedRequest, acteur: Acteur, prefix: string): string {
  const { dossierId, command, at: now } = request;
  return `${prefix}:${computeEmpreinte({ dossierId, acteur, command, now }).slice(7, 39)}`;
}
