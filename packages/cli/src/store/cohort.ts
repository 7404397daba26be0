/**
 * Reading a cohort: every summary of a filter (page after page), or every dossier's state (folded from the
 * store's cohort stream).
 *
 * @packageDocumentation
 */
import {
  type DossierEvent,
  type DossierFilter,
  type DossierState,
  type DossierSummary,
  type EventEnvelope,
  foldDossier,
  MAX_PAGE_LIMIT,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import type { DossierStore } from './open-store.js';

/**
 * Every dossier summary matching a filter, in identifier order.
 *
 * @param store - the store.
 * @param filter - which dossiers.
 * @returns the summaries, or the store's failure.
 */
export async function listAll(
  store: DossierStore,
  filter: DossierFilter,
): Promise<Result<DossierSummary[], CliFailure>> {
  const all: DossierSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(
      filter,
      cursor === undefined ? { limit: MAX_PAGE_LIMIT } : { limit: MAX_PAGE_LIMIT, cursor },
    );
    if (page.isErr()) return err(page.error);
    all.push(...page.value.items);
    cursor = page.value.nextCursor;
  } while (cursor !== undefined);
  return ok(all);
}

/**
 * Every dossier state matching a filter, folded from the store's cohort stream.
 *
 * @param store - the store.
 * @param filter - which dossiers.
 * @param onDossier - called after each dossier is folded (for a progress bar).
 * @returns the states in identifier order, or the first failure (a store failure, or a log that does not fold).
 */
export async function loadStates(
  store: DossierStore,
  filter: DossierFilter,
  onDossier: () => void = () => {},
): Promise<Result<DossierState[], CliFailure>> {
  const states: DossierState[] = [];
  let current: EventEnvelope<DossierEvent>[] = [];
  const foldCurrent = (): Result<void, CliFailure> => {
    if (current.length === 0) return ok(undefined);
    const folded = foldDossier(current);
    current = [];
    if (folded.isErr()) return err(folded.error);
    states.push(folded.value);
    onDossier();
    return ok(undefined);
  };
  for await (const item of store.streamCohort(filter)) {
    if (item.isErr()) return err(item.error);
    const envelope = item.value;
    if (current.length > 0 && current[0]?.dossierId !== envelope.dossierId) {
      const done = foldCurrent();
      if (done.isErr()) return err(done.error);
    }
    current.push(envelope);
  }
  const done = foldCurrent();
  if (done.isErr()) return err(done.error);
  return ok(states);
}

/**
 * One dossier's state.
 *
 * @param store - the store.
 * @param dossierId - the dossier.
 * @returns its state, or not-found / the store's failure.
 */
export async function loadState(
  store: DossierStore,
  dossierId: string,
): Promise<Result<DossierState, CliFailure>> {
  const loaded = await store.load(dossierId);
  if (loaded.isErr()) {
    if (loaded.error.kind === 'not-found') {
      return err({
        kind: 'not-found',
        message: `Aucun dossier « ${dossierId} » dans la base.`,
        id: dossierId,
      });
    }
    return err(loaded.error);
  }
  const folded = foldDossier(loaded.value.events);
  return folded.isErr() ? err(folded.error) : ok(folded.value);
}
