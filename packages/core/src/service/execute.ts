/**
 * `execute`: one command recorded on one dossier, retried when another writer appended first.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { DossierEvent } from '../dossier/events.js';
import type { DossierState } from '../dossier/state.js';
import type { StoreFailure, ValidationError } from '../errors.js';
import type { Store } from '../ports/store.js';
import { decideCommand } from './decide.js';
import { writeEcriturePersonne } from './personnes.js';
import type { ReadyRequest } from './prepare-request.js';
import type { Executed, ExecuteError, ServiceContext } from './types.js';
import { loadView } from './view.js';

type Written = Promise<Result<void, StoreFailure | ValidationError>>;

/** Values (opened dossier, rectification) are written before the audit event: a retry writes them again. */
function beforeAppend(ready: ReadyRequest, state: DossierState, context: ServiceContext): Written {
  const { ecriture } = ready;
  const registre = context.personnes?.registre;
  if (ecriture === null || ecriture.kind === 'effacer' || registre === undefined)
    return Promise.resolve(ok(undefined));
  return writeEcriturePersonne(registre, ecriture, state, ready.acteur, ready.request.at);
}

/** An erasure happens once its audit event is written. */
function afterAppend(ready: ReadyRequest, state: DossierState, context: ServiceContext): Written {
  const { ecriture } = ready;
  const registre = context.personnes?.registre;
  if (ecriture?.kind !== 'effacer' || registre === undefined) return Promise.resolve(ok(undefined));
  return writeEcriturePersonne(registre, ecriture, state, ready.acteur, ready.request.at);
}

/**
 * Loads the dossier, decides the command and appends its events; on a `ConflictError` (another writer
 * appended between the load and the append) starts again from the load, up to `maxAttempts` times.
 *
 * @param store - the store.
 * @param ready - the checked request, its actor and its key.
 * @param context - the registry and the académie's grids.
 * @param maxAttempts - how many tries at most.
 * @returns what was recorded, or why not; the last `ConflictError` when every try lost the race.
 * @remarks The store's idempotency makes a retry safe: a try whose append was in fact written is found again
 * by its key on the next load and answered as a replay. Personal values go to the register of persons before
 * the audit event is appended; an erasure is done after it.
 * @category Service
 */
export async function executeCommand(
  store: Store<DossierEvent>,
  ready: ReadyRequest,
  context: ServiceContext,
  maxAttempts: number,
): Promise<Result<Executed, ExecuteError>> {
  const { request, acteur, key } = ready;
  let attempt = 0;
  for (;;) {
    attempt += 1;
    const view = await loadView(store, request.dossierId);
    if (view.isErr()) return err(view.error);
    const decided = decideCommand(view.value, request, acteur, key, context);
    if (decided.isErr()) return err(decided.error);
    const { events, state } = decided.value;
    const base = { dossierId: request.dossierId, idempotencyKey: key, events, state };
    if (decided.value.replayed) {
      // A replayed erasure erases again: the audit entry is in the log, the record must be gone too.
      const erased = await afterAppend(ready, state, context);
      return erased.isErr() ? err(erased.error) : ok({ ...base, replayed: true });
    }
    const before = await beforeAppend(ready, state, context);
    if (before.isErr()) return err(before.error);
    const written = await store.append(decided.value.append);
    if (written.isOk()) {
      const after = await afterAppend(ready, state, context);
      if (after.isErr()) return err(after.error);
      return ok({
        ...base,
        events: written.value.events.map((e) => e.event),
        replayed: written.value.replayed,
      });
    }
    if (written.error.kind !== 'conflict' || attempt >= maxAttempts) return err(written.error);
  }
}
