/**
 * The default actor resolver: the value given is checked against the `Acteur` schema and trusted.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { type Acteur, acteurSchema } from '../dossier/acteurs.js';
import {
  type PermissionDenied,
  permissionDenied,
  refusalReason,
  type ValidationError,
  validationError,
} from '../errors.js';
import { issuesFromZod } from '../referentiel/zod-issues.js';
import type { ActeurResolver } from './types.js';

/**
 * Checks that a value is an {@link Acteur} (a role and the scope it needs) and takes it as it is.
 *
 * @param acteur - what the host gave.
 * @returns the actor, or a `ValidationError` whose paths start with `acteur`.
 * @remarks Trust boundary: this resolver authenticates nobody. It suits a host that already knows who acts
 * (the CLI on an operator's workstation, where `--as` is declared by the operator); a network service gives
 * `resolveActeur` instead, and may call this function on the claims it has verified to check their shape.
 * @category Service
 */
export function trustActeur(acteur: unknown): Result<Acteur, ValidationError> {
  const parsed = acteurSchema.safeParse(acteur);
  if (parsed.success) return ok(parsed.data);
  return err(validationError('L’acteur est invalide.', issuesFromZod(parsed.error, ['acteur'])));
}

/**
 * Runs the host's resolver, or the default one, without letting it throw.
 *
 * @param resolver - the host's resolver, if any.
 * @param acteur - what the host gave.
 * @param context - the dossier and the command.
 * @returns the actor, or why not.
 * @category Service
 */
export async function resolveActeurWith<A>(
  resolver: ActeurResolver<A> | undefined,
  acteur: A,
  context: Parameters<ActeurResolver<A>>[1],
): Promise<Result<Acteur, PermissionDenied | ValidationError>> {
  if (resolver === undefined) return trustActeur(acteur);
  try {
    return await resolver(acteur, context);
  } catch {
    return err(
      permissionDenied('L’acteur n’a pas pu être identifié : la commande n’est pas enregistrée.', [
        refusalReason('acteur.non-resolu', 'Le résolveur d’acteur de l’application a échoué.'),
      ]),
    );
  }
}
