/**
 * Cohort reads: the store's stream of events, folded dossier by dossier and evaluated with each dossier's
 * rules, one dossier in memory at a time.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { evaluateDossier } from '../alerts/evaluate-dossier.js';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import type { EventEnvelope } from '../events.js';
import type { DossierFilter } from '../ports/query.js';
import type { QueryError, Store } from '../ports/store.js';
import type { RulesRegistry } from './registry.js';
import type { CohortEntry, CohortReadOptions } from './types.js';

/**
 * Folds and evaluates one dossier's events.
 *
 * @param dossierId - the dossier.
 * @param events - its whole log, in order.
 * @param registry - the rules by académie and year.
 * @param at - the instant.
 * @returns the dossier evaluated, or set aside with the reason (a log that does not fold — an unknown event
 * type or version, an altered frozen view —, rules missing for its year): the cohort goes on with the others.
 * @category Service
 */
export function evaluateEntry(
  dossierId: string,
  events: readonly EventEnvelope<DossierEvent>[],
  registry: RulesRegistry,
  at: string,
): CohortEntry {
  const state = foldDossier(events);
  if (state.isErr()) return { kind: 'skipped', dossierId, state: null, error: state.error };
  const { academie, anneeScolaire } = state.value.identite;
  const rules = registry.rulesFor(academie, anneeScolaire);
  if (rules.isErr()) return { kind: 'skipped', dossierId, state: state.value, error: rules.error };
  const evaluation = evaluateDossier(state.value, at, rules.value.prepared);
  if (evaluation.isErr()) return { kind: 'skipped', dossierId, state: state.value, error: evaluation.error };
  return { kind: 'evaluated', dossierId, state: state.value, evaluation: evaluation.value };
}

/**
 * Streams a cohort, evaluated.
 *
 * @param store - the store.
 * @param registry - the rules by académie and year.
 * @param filter - which dossiers.
 * @param options - the instant and the store's batch size.
 * @returns one entry per dossier, in the store's order; the stream ends after a store error.
 * @remarks Memory holds one dossier's log at a time (plus the store's batch): a national cohort is read in
 * the same memory as an académie's.
 * @category Service
 */
export async function* readCohort(
  store: Store<DossierEvent>,
  registry: RulesRegistry,
  filter: DossierFilter,
  options: CohortReadOptions,
): AsyncIterable<Result<CohortEntry, QueryError>> {
  const stream = store.streamCohort(
    filter,
    options.batchSize === undefined ? {} : { batchSize: options.batchSize },
  );
  let current: EventEnvelope<DossierEvent>[] = [];
  for await (const item of stream) {
    if (item.isErr()) {
      yield err(item.error);
      return;
    }
    const envelope = item.value;
    const first = current[0];
    if (first !== undefined && first.dossierId !== envelope.dossierId) {
      yield ok(evaluateEntry(first.dossierId, current, registry, options.at));
      current = [];
    }
    current.push(envelope);
  }
  const last = current[0];
  if (last !== undefined) yield ok(evaluateEntry(last.dossierId, current, registry, options.at));
}
