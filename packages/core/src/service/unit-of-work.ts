/**
 * The unit of work: commands decided one after the other on the dossiers as the batch sees them, written
 * together at `commit` — in one transaction when the store offers `appendBatch`.
 *
 * @packageDocumentation
 */
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import type { DossierEvent } from '../dossier/events.js';
import type { DossierState } from '../dossier/state.js';
import type { ConflictError, StoreFailure, ValidationError } from '../errors.js';
import type { AppendInput, AppendResult } from '../ports/append.js';
import type { Store } from '../ports/store.js';
import { advanceView, type DossierView, decideCommand } from './decide.js';
import { type PersonnesOptions, writeEcriturePersonne } from './personnes.js';
import { prepareRequest, type ReadyRequest } from './prepare-request.js';
import type { ActeurResolver, Executed, ExecuteError, ServiceContext, UnitOfWork } from './types.js';
import { EMPTY_VIEW, loadView } from './view.js';

/** What a unit of work needs from its service.
 * @category Service
 */
export interface UnitOfWorkDeps<A> {
  readonly store: Store<DossierEvent>;
  readonly context: ServiceContext;
  readonly resolveActeur: ActeurResolver<A> | undefined;
  readonly keyPrefix: string;
  /** Dossiers not yet seen are known to be absent (a fresh database): they are not looked up. */
  readonly assumeNew: boolean;
  /** The register of persons, where the requests' personal values are written at `commit`. */
  readonly personnes?: PersonnesOptions | undefined;
}

type WriteError = ConflictError | StoreFailure | ValidationError;

async function writeAll(
  store: Store<DossierEvent>,
  inputs: readonly AppendInput<DossierEvent>[],
): Promise<Result<readonly AppendResult<DossierEvent>[], WriteError>> {
  if (store.appendBatch !== undefined) return store.appendBatch(inputs);
  const results: AppendResult<DossierEvent>[] = [];
  for (const input of inputs) {
    const written = await store.append(input);
    if (written.isErr()) return err(written.error);
    results.push(written.value);
  }
  return ok(results);
}

/** A register write waiting for `commit`, with the dossier as the batch decided it. */
interface PendingPersonne {
  readonly ready: ReadyRequest;
  readonly state: DossierState;
}

async function writePersonnes(
  deps: Pick<UnitOfWorkDeps<unknown>, 'store' | 'context'>,
  pending: readonly PendingPersonne[],
  kinds: 'valeurs' | 'effacements',
): Promise<Result<void, WriteError>> {
  const registre = deps.context.personnes?.registre;
  if (registre === undefined) return ok(undefined);
  for (const { ready, state } of pending) {
    const { ecriture } = ready;
    if (ecriture === null || (ecriture.kind === 'effacer') !== (kinds === 'effacements')) continue;
    const written = await writeEcriturePersonne(registre, ecriture, state, ready.acteur, ready.request.at);
    if (written.isErr()) return err(written.error);
  }
  return ok(undefined);
}

/** Register values first (a retry writes them again), then the events, then the erasures they record. */
async function writeWithPersonnes(
  deps: Pick<UnitOfWorkDeps<unknown>, 'store' | 'context'>,
  inputs: readonly AppendInput<DossierEvent>[],
  pending: readonly PendingPersonne[],
): Promise<Result<readonly AppendResult<DossierEvent>[], WriteError>> {
  const valeurs = await writePersonnes(deps, pending, 'valeurs');
  if (valeurs.isErr()) return err(valeurs.error);
  const written = await writeAll(deps.store, inputs);
  if (written.isErr()) return written;
  const effacements = await writePersonnes(deps, pending, 'effacements');
  return effacements.isErr() ? err(effacements.error) : written;
}

/**
 * Opens a unit of work.
 *
 * @param deps - the store, the decision context and the settings of the service.
 * @returns the unit of work.
 * @remarks A batch import is all or nothing when the store has `appendBatch`: an import of the stagiaires of
 * an académie is never left half done.
 * @category Service
 */
export function createUnitOfWork<A>(deps: UnitOfWorkDeps<A>): UnitOfWork<A> {
  const views = new Map<string, DossierView>();
  let queue: AppendInput<DossierEvent>[] = [];
  let personnes: PendingPersonne[] = [];

  const viewOf = async (dossierId: string) => {
    const known = views.get(dossierId);
    if (known !== undefined) return ok(known);
    const view = deps.assumeNew ? ok(EMPTY_VIEW) : await loadView(deps.store, dossierId);
    if (view.isOk()) views.set(dossierId, view.value);
    return view;
  };

  const execute = async (
    dossierId: string,
    command: unknown,
    options: Parameters<UnitOfWork<A>['execute']>[2],
  ) => {
    const ready = await prepareRequest(dossierId, command, options, deps);
    if (ready.isErr()) return err(ready.error);
    const { request, acteur, key } = ready.value;
    const view = await viewOf(request.dossierId);
    if (view.isErr()) return err(view.error);
    const decided = decideCommand(view.value, request, acteur, key, deps.context);
    if (decided.isErr()) return err(decided.error);
    const { events, state } = decided.value;
    if (!decided.value.replayed) {
      queue.push(decided.value.append);
      if (ready.value.ecriture !== null) personnes.push({ ready: ready.value, state });
      views.set(request.dossierId, advanceView(view.value, decided.value));
    }
    const executed: Executed = {
      dossierId: request.dossierId,
      idempotencyKey: key,
      events,
      state,
      replayed: decided.value.replayed,
    };
    return ok(executed);
  };

  return {
    get pending() {
      return queue.length;
    },
    execute: (dossierId, command, options) =>
      new ResultAsync<Executed, ExecuteError>(execute(dossierId, command, options)),
    state: (dossierId) => new ResultAsync(viewOf(dossierId).then((v) => v.map((view) => view.state))),
    commit() {
      const inputs = queue;
      const ecritures = personnes;
      queue = [];
      personnes = [];
      if (inputs.length === 0) return new ResultAsync(Promise.resolve(ok([])));
      return new ResultAsync(
        writeWithPersonnes(deps, inputs, ecritures).then((written) => {
          // After a failure the states held may be ahead of the store: forget them, a retry reloads.
          if (written.isErr()) views.clear();
          return written;
        }),
      );
    },
  };
}
