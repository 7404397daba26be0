/**
 * One command decided on a dossier as the service sees it: the replay check on the idempotency key, the
 * workflow's `transition`, the fold, the listing summary and the append to write. Pure: the shells
 * (`execute`, the unit of work) load before and write after.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { Acteur } from '../dossier/acteurs.js';
import { canonicalJson } from '../dossier/empreinte.js';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import type { DossierState } from '../dossier/state.js';
import { summarizeDossier } from '../dossier/summary.js';
import { issue, notFound, type ValidationError, validationError } from '../errors.js';
import type { AppendInput } from '../ports/append.js';
import { transition } from '../workflow/transition.js';
import { checkConservation } from './personnes.js';
import type { CheckedRequest } from './request.js';
import type { ExecuteError, ServiceContext } from './types.js';

/** An event of the dossier with the key of the command that recorded it.
 * @category Service
 */
export interface KeyedEvent {
  readonly sequence: number;
  readonly event: DossierEvent;
  readonly idempotencyKey: string;
}

/** A dossier as the service holds it: its state and its log (for the replay check).
 * @category Service
 */
export interface DossierView {
  readonly state: DossierState | null;
  readonly events: readonly KeyedEvent[];
}

/** What deciding a command gives.
 * @category Service
 */
export type Decided =
  | {
      readonly replayed: false;
      readonly events: readonly DossierEvent[];
      readonly state: DossierState;
      readonly append: AppendInput<DossierEvent>;
    }
  | { readonly replayed: true; readonly events: readonly DossierEvent[]; readonly state: DossierState };

function decideOn(
  state: DossierState | null,
  request: CheckedRequest,
  acteur: Acteur,
  context: ServiceContext,
  dernierInstant?: string,
): Result<{ events: DossierEvent[]; state: DossierState }, ExecuteError> {
  const identite =
    state?.identite ?? (request.command.type === 'dossier.ouvrir' ? request.command.identite : null);
  if (identite === null)
    return err(notFound(request.dossierId, `Le dossier ${request.dossierId} n’existe pas.`));
  const rules = context.registry.rulesFor(identite.academie, identite.anneeScolaire);
  if (rules.isErr()) return err(rules.error);
  const decided = transition(state, request.command, {
    acteur,
    now: request.at,
    rules: rules.value.workflow,
    dernierInstant,
    ...(context.referentiel === undefined ? {} : { referentiel: context.referentiel }),
  });
  if (decided.isErr()) return err(decided.error);
  const base = state?.sequence ?? 0;
  const folded = foldDossier(
    decided.value.map((event, i) => ({ sequence: base + i + 1, event })),
    state,
  );
  if (folded.isErr()) return err(folded.error);
  return ok({ events: decided.value, state: folded.value });
}

function reusedKey(key: string): ValidationError {
  return validationError(
    `La clé d’idempotence « ${key} » a déjà servi pour une autre commande : rien n’est enregistré.`,
    [
      issue(
        'cle-idempotence.reutilisee',
        'Même clé, autre commande : donnez une autre clé, ou renvoyez la commande d’origine.',
        ['idempotencyKey'],
      ),
    ],
  );
}

/**
 * Whether the key was already recorded on this dossier, and if so whether for this command: the command is
 * decided again on the state before the key's events, at the instant first recorded, and must give the same
 * events (so the same command sent again later, by the same actor, is a replay).
 */
function checkReplay(
  view: DossierView,
  request: CheckedRequest,
  acteur: Acteur,
  key: string,
  context: ServiceContext,
): Result<Decided | null, ExecuteError> {
  const recorded = view.events.filter((e) => e.idempotencyKey === key);
  const first = recorded[0];
  if (first === undefined || view.state === null) return ok(null);
  const before = view.events.filter((e) => e.sequence < first.sequence);
  let prefix: DossierState | null = null;
  if (before.length > 0) {
    const folded = foldDossier(before);
    if (folded.isErr()) return err(folded.error);
    prefix = folded.value;
  }
  // Same command, same actor: decided again at the instant first recorded, it gives the same events.
  const again = decideOn(
    prefix,
    { ...request, at: first.event.le },
    acteur,
    context,
    before.at(-1)?.event.le,
  );
  const same =
    again.isOk() && canonicalJson(again.value.events) === canonicalJson(recorded.map((e) => e.event));
  if (!same) return err(reusedKey(key));
  return ok({ replayed: true, events: recorded.map((e) => e.event), state: view.state });
}

/**
 * Decides a command on a dossier.
 *
 * @param view - the dossier's state and log (an empty view for a dossier that does not exist yet).
 * @param request - the checked request.
 * @param acteur - the resolved actor.
 * @param key - the command's idempotency key.
 * @param context - the registry and the académie's grids.
 * @returns the events, the state after them and the append to write; a replay when the key already recorded
 * this command; otherwise why not (refusal, permission, validation, no rules for the year, a reused key).
 * @remarks The rules are those of the dossier's académie and school year: the arrêté du 22 août 2014 leaves
 * each recteur the calendar of the avis and the jury, so one dossier's deadlines are its académie's.
 * @category Service
 */
export function decideCommand(
  view: DossierView,
  request: CheckedRequest,
  acteur: Acteur,
  key: string,
  context: ServiceContext,
): Result<Decided, ExecuteError> {
  const replay = checkReplay(view, request, acteur, key, context);
  if (replay.isErr() || replay.value !== null) return replay as Result<Decided, ExecuteError>;
  const retention = checkConservation(
    request.command,
    view.events,
    request.at,
    context.personnes?.conservation,
  );
  if (retention.isErr()) return err(retention.error);
  const decided = decideOn(view.state, request, acteur, context, view.events.at(-1)?.event.le);
  if (decided.isErr()) return err(decided.error);
  const { events, state } = decided.value;
  return ok({
    replayed: false,
    events,
    state,
    append: {
      dossierId: request.dossierId,
      expectedSequence: view.state?.sequence ?? 0,
      idempotencyKey: key,
      recordedAt: request.at,
      events,
      index: summarizeDossier(state),
    },
  });
}

/**
 * The view after a decided command: its events join the log under their key.
 *
 * @param view - the view before.
 * @param decided - what was decided (not a replay).
 * @returns the view after.
 * @category Service
 */
export function advanceView(view: DossierView, decided: Extract<Decided, { replayed: false }>): DossierView {
  const base = view.state?.sequence ?? 0;
  const key = decided.append.idempotencyKey;
  const added = decided.events.map((event, i) => ({ sequence: base + i + 1, event, idempotencyKey: key }));
  return { state: decided.state, events: [...view.events, ...added] };
}
