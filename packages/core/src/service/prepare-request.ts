/**
 * What `execute` and the unit of work do before deciding: check the request at the edge, resolve the actor,
 * settle the idempotency key.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { Acteur } from '../dossier/acteurs.js';
import type { PermissionDenied, ValidationError } from '../errors.js';
import { resolveActeurWith } from './acteur.js';
import {
  type EcriturePersonne,
  missingRegistre,
  type PersonnesOptions,
  splitDonneesPersonnelles,
} from './personnes.js';
import { type CheckedRequest, checkRequest, deriveIdempotencyKey, type ExecuteOptions } from './request.js';
import type { ActeurResolver } from './types.js';

/** A request ready to decide.
 * @category Service
 */
export interface ReadyRequest {
  readonly request: CheckedRequest;
  readonly acteur: Acteur;
  readonly key: string;
  /** What the request asks of the register of persons (its values never reach the command). */
  readonly ecriture: EcriturePersonne | null;
}

/**
 * Checks a request, resolves its actor and settles its key.
 *
 * @param dossierId - the dossier.
 * @param command - the command as received.
 * @param options - actor, instant, key.
 * @param settings - the host's resolver, key prefix and register of persons.
 * @returns the request ready to decide, or why not.
 * @category Service
 */
export async function prepareRequest<A>(
  dossierId: string,
  command: unknown,
  options: ExecuteOptions<A>,
  settings: {
    readonly resolveActeur: ActeurResolver<A> | undefined;
    readonly keyPrefix: string;
    readonly personnes?: PersonnesOptions | undefined;
  },
): Promise<Result<ReadyRequest, ValidationError | PermissionDenied>> {
  // Personal values are split off first: the command checked, keyed, decided and logged carries none.
  const split = splitDonneesPersonnelles(command);
  if (split.isErr()) return err(split.error);
  const { ecriture } = split.value;
  if (ecriture !== null && settings.personnes === undefined) return err(missingRegistre());
  const request = checkRequest(dossierId, split.value.command, options);
  if (request.isErr()) return err(request.error);
  const acteur = await resolveActeurWith(settings.resolveActeur, options.acteur, {
    dossierId: request.value.dossierId,
    command: request.value.command,
  });
  if (acteur.isErr()) return err(acteur.error);
  const key =
    request.value.idempotencyKey ?? deriveIdempotencyKey(request.value, acteur.value, settings.keyPrefix);
  return ok({ request: request.value, acteur: acteur.value, key, ecriture });
}
