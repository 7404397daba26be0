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
} from '@tremplin/core';
import { MAX_PAGE_LIMIT } from '@tremplin/core/store-kit';
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
 * The instant up to which a dossier's log is read, by académie (epoch milliseconds); absent: the whole log.
 */
export type Cutoff = (academie: string) => number;

/**
 * The part of a log recorded up to a cutoff: the longest prefix whose events were all recorded at or before it
 * (a log is folded from its first event, without gaps).
 *
 * @param events - the log, in sequence order.
 * @param cutoff - the cutoff by académie, or undefined for the whole log.
 * @returns the prefix (empty when the dossier did not exist yet).
 */
export function logAsOf(
  events: readonly EventEnvelope<DossierEvent>[],
  cutoff: Cutoff | undefined,
): readonly EventEnvelope<DossierEvent>[] {
  const first = events[0];
  if (cutoff === undefined || first === undefined) return events;
  const academie = first.event.type === 'dossier.ouvert' ? first.event.identite.academie : '';
  const limit = cutoff(academie);
  const end = events.findIndex((e) => Date.parse(e.recordedAt) > limit);
  return end < 0 ? events : events.slice(0, end);
}

/**
 * Every dossier state matching a filter, folded from the store's cohort stream.
 *
 * @param store - the store.
 * @param filter - which dossiers.
 * @param cutoff - read each log as it was at an instant (`--at`); absent: the whole log.
 * @returns the states in identifier order (dossiers that did not exist at the cutoff are left out), or the first
 * failure (a store failure, or a log that does not fold).
 */
export async function loadStates(
  store: DossierStore,
  filter: DossierFilter,
  cutoff?: Cutoff,
): Promise<Result<DossierState[], CliFailure>> {
  const states: DossierState[] = [];
  let current: EventEnvelope<DossierEvent>[] = [];
  const foldCurrent = (): Result<void, CliFailure> => {
    const log = logAsOf(current, cutoff);
    current = [];
    if (log.length === 0) return ok(undefined);
    const folded = foldDossier(log);
    if (folded.isErr()) return err(folded.error);
    states.push(folded.value);
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
 * @param cutoff - read the log as it was at an instant; absent: the whole log.
 * @returns its state, or not-found (also when it did not exist yet at the cutoff) / the store's failure.
 */
export async function loadState(
  store: DossierStore,
  dossierId: string,
  cutoff?: Cutoff,
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
  const log = logAsOf(loaded.value.events, cutoff);
  if (log.length === 0) {
    return err({
      kind: 'not-found',
      message: `Le dossier « ${dossierId} » n’existait pas encore à cet instant.`,
      id: dossierId,
    });
  }
  const folded = foldDossier(log);
  return folded.isErr() ? err(folded.error) : ok(folded.value);
}
