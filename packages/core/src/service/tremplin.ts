/**
 * `createTremplin`: the shell around the pure core, as XState ships `createActor` beside its pure
 * `transition`. It runs the loop every host needs and nothing else: the decisions stay in `transition`.
 *
 * @packageDocumentation
 */
import { err, ResultAsync } from 'neverthrow';
import { evaluateDossier } from '../alerts/evaluate-dossier.js';
import type { Acteur } from '../dossier/acteurs.js';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import type { Store } from '../ports/store.js';
import { readCohort } from './cohort.js';
import { executeCommand } from './execute.js';
import { prepareRequest } from './prepare-request.js';
import type { ServiceContext, Tremplin, TremplinOptions } from './types.js';
import { createUnitOfWork } from './unit-of-work.js';

const DEFAULT_ATTEMPTS = 3;

function attemptsOf(value: number | undefined): number {
  if (value === undefined || !Number.isInteger(value)) return DEFAULT_ATTEMPTS;
  return Math.min(10, Math.max(1, value));
}

function loadState(store: Store<DossierEvent>, dossierId: string) {
  return store.load(dossierId).andThen((loaded) => foldDossier(loaded.events));
}

/**
 * Creates the service over a store and a rules registry.
 *
 * @param options - the store, the registry, and optionally the actor resolver, the number of tries, the key
 * prefix and the académie's grids.
 * @returns the service.
 * @remarks Trust boundary: the service checks the roles and scopes of the `Acteur` it is given (who may
 * record what, on whose dossier); authenticating that actor is the host's job, through `resolveActeur`.
 * `maxAttempts` outside 1–10 is brought back into that range.
 * @example
 * ```ts
 * const tremplin = createTremplin({ store: createMemoryStore(), rules: registry });
 * const r = await tremplin.execute('REU-1', { type: 'nomination.prononcer' }, { acteur, at: '2022-09-01T08:00:00+04:00' });
 * ```
 * @category Service
 */
export function createTremplin<A = Acteur>(options: TremplinOptions<A>): Tremplin<A> {
  const { store, rules } = options;
  const context: ServiceContext = {
    registry: rules,
    ...(options.referentiel === undefined ? {} : { referentiel: options.referentiel }),
    ...(options.personnes === undefined ? {} : { personnes: options.personnes }),
  };
  const settings = {
    resolveActeur: options.resolveActeur,
    keyPrefix: options.keyPrefix ?? 'tremplin',
    personnes: options.personnes,
  };
  const maxAttempts = attemptsOf(options.maxAttempts);
  return {
    rules,
    store,
    execute(dossierId, command, executeOptions) {
      const run = async () => {
        const ready = await prepareRequest(dossierId, command, executeOptions, settings);
        if (ready.isErr()) return err(ready.error);
        return executeCommand(store, ready.value, context, maxAttempts);
      };
      return new ResultAsync(run());
    },
    unitOfWork: (uow) =>
      createUnitOfWork({ store, context, ...settings, assumeNew: uow?.assumeNew === true }),
    load: (dossierId) => loadState(store, dossierId),
    evaluate: (dossierId, at) =>
      loadState(store, dossierId).andThen((state) =>
        rules
          .rulesFor(state.identite.academie, state.identite.anneeScolaire)
          .andThen((r) => evaluateDossier(state, at, r.prepared)),
      ),
    readCohort: (filter, read) => readCohort(store, rules, filter, read),
  };
}
