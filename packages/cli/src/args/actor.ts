/**
 * `--as`: who acts, with the scope of his role, so that the workflow's permissions apply.
 *
 * The CLI trusts `--as`: it is declared by the operator, never authenticated. The CLI is meant for an operator's
 * workstation (the rectorat's services, a test bench); a host serving several people authenticates each of them
 * and passes the `Acteur` through the service's actor resolver (`createTremplin({ resolveActeur })`).
 *
 * @packageDocumentation
 */
import type { Acteur } from '@tremplin/core';
import { acteurSchema } from '@tremplin/core/schemas';
import { err, ok, type Result } from 'neverthrow';
import { type UsageError, usage } from '../failure.js';

/** The syntax of `--as`, shown in errors and in the help. */
export const ACTOR_SYNTAX = [
  'stagiaire:<id>',
  'tuteur:<id>',
  'formateur-inspe:<id>',
  'chef-etablissement:<id>,uai=<UAI>',
  'inspecteur:<id>,academie=<code>,disciplines=<d1>+<d2>',
  'directeur-inspe:<id>,academie=<code>',
  'jury:<id>,academie=<code>,corps=<c1>+<c2>',
  'rectorat:<id>,academie=<code>',
  'ministre:<id>',
  'inspecteur-general:<id>,disciplines=<d1>+<d2>',
  'cap:<id>,academie=<code|nationale>,corps=<c1>+<c2>',
  'conseil-discipline:<id>,academie=<code|nationale>,corps=<c1>+<c2>',
  'conseil-medical:<id>,academie=<code>',
] as const;

/**
 * What the CLI says of an actor given with `--as` (help texts, `record`'s output): declared, not authenticated.
 */
export const ACTOR_DECLARED_NOTE = 'déclaré par l’opérateur, non authentifié';

/**
 * The help text of `--as`, for every command taking it.
 *
 * @param extra - what the command adds (its default, its examples).
 * @returns the description shown by `--help`.
 */
export function describeActorOption(extra = ''): string {
  return `qui agit (${ACTOR_DECLARED_NOTE}) : rôle:id[,uai=…|academie=…|disciplines=a+b|corps=a+b]${extra}`;
}

/** Roles whose `academie` may be national (`academie=nationale`: a CAPN, a national conseil de discipline). */
const NATIONAL = new Set(['cap', 'conseil-discipline']);

const LISTS = new Set(['disciplines', 'corps']);

/**
 * Reads an actor from `--as` (or `TREMPLIN_AS`).
 *
 * @remarks Trust boundary: the actor is taken as the operator declares it; only its shape and scope are
 * checked (by the core's `acteurSchema`, then by the workflow's permissions).
 * @param value - `role:id[,key=value…]` (lists joined by `+`), or the actor as a JSON object.
 * @returns the actor, checked by the core's `acteurSchema`, or a usage error listing the accepted forms.
 * @example
 * ```ts
 * parseActor('chef-etablissement:ce-042,uai=9740001H');
 * // ok({ role: 'chef-etablissement', id: 'ce-042', uai: '9740001H' })
 * ```
 */
export function parseActor(value: string | undefined): Result<Acteur, UsageError> {
  const hint = `Formes acceptées : ${ACTOR_SYNTAX.join(' ; ')} (ou l’acteur en JSON).`;
  if (value === undefined || value.trim() === '') {
    return err(usage('Indiquez qui agit avec --as (ou la variable TREMPLIN_AS).', hint));
  }
  let candidate: unknown;
  const text = value.trim();
  if (text.startsWith('{')) {
    try {
      candidate = JSON.parse(text);
    } catch {
      return err(usage('--as : JSON illisible.', hint));
    }
  } else {
    const [head = '', ...pairs] = text.split(',');
    const colon = head.indexOf(':');
    if (colon <= 0) return err(usage(`--as : « ${text} » : attendu rôle:identifiant.`, hint));
    const actor: Record<string, unknown> = { role: head.slice(0, colon), id: head.slice(colon + 1) };
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return err(usage(`--as : « ${pair} » : attendu clé=valeur.`, hint));
      const key = pair.slice(0, eq).trim();
      const v = pair.slice(eq + 1).trim();
      actor[key] = LISTS.has(key)
        ? v.split('+').filter((x) => x !== '')
        : key === 'academie' && v === 'nationale' && NATIONAL.has(String(actor.role))
          ? null
          : v;
    }
    candidate = actor;
  }
  const parsed = acteurSchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')} : ${i.message}` : i.message))
      .join(' ; ');
    return err(usage(`--as : acteur invalide (${detail}).`, hint));
  }
  return ok(parsed.data);
}
