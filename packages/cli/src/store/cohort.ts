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
  type NotFoundError,
  type StoreFailure,
  type ValidationError,
} from '@tremplin/core';
import { MAX_PAGE_LIMIT } from '@tremplin/core/store-kit';
import { err, ok, type Result } from 'neverthrow';
import { EXIT } from '../exit-codes.js';
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
 * A dossier a cohort command set aside because its log cannot be read: changed outside Tremplin (its hash chain
 * no longer matches), or holding an event this version does not know.
 */
export interface DossierEcarte {
  readonly dossierId: string;
  /** Why (its message is in French and never quotes a value of the log). */
  readonly error: ValidationError | StoreFailure | NotFoundError;
}

/** The states of a cohort, and the dossiers set aside. */
export interface CohortStates {
  /** In identifier order; dossiers that did not exist at the cutoff are left out. */
  readonly states: DossierState[];
  readonly ecartes: DossierEcarte[];
}

function foldInto(
  out: CohortStates,
  events: readonly EventEnvelope<DossierEvent>[],
  cutoff: Cutoff | undefined,
): void {
  const log = logAsOf(events, cutoff);
  if (log.length === 0) return;
  const folded = foldDossier(log);
  if (folded.isOk()) out.states.push(folded.value);
  else out.ecartes.push({ dossierId: log[0]?.dossierId ?? '', error: folded.error });
}

/** Dossier by dossier (list, then load each): slower than the stream, but one damaged log stops only itself. */
async function loadEach(
  store: DossierStore,
  filter: DossierFilter,
  cutoff: Cutoff | undefined,
): Promise<Result<CohortStates, CliFailure>> {
  const summaries = await listAll(store, filter);
  if (summaries.isErr()) return err(summaries.error);
  const out: CohortStates = { states: [], ecartes: [] };
  for (const { dossierId } of summaries.value) {
    const loaded = await store.load(dossierId);
    if (loaded.isOk()) foldInto(out, loaded.value.events, cutoff);
    else if (loaded.error.kind === 'store' && loaded.error.code === 'integrity')
      out.ecartes.push({ dossierId, error: loaded.error });
    else if (loaded.error.kind !== 'not-found') return err(loaded.error);
  }
  return ok(out);
}

/**
 * Every dossier state matching a filter, folded from the store's cohort stream. A dossier whose log does not
 * fold (an unknown event type or version) or whose hash chain is broken is set aside with its reason, and the
 * others are read: one damaged dossier never takes a cohort command down.
 *
 * @param store - the store.
 * @param filter - which dossiers.
 * @param cutoff - read each log as it was at an instant (`--at`); absent: the whole log.
 * @returns the states and the dossiers set aside, or a store failure (other than a damaged dossier).
 */
export async function loadStates(
  store: DossierStore,
  filter: DossierFilter,
  cutoff?: Cutoff,
): Promise<Result<CohortStates, CliFailure>> {
  const out: CohortStates = { states: [], ecartes: [] };
  let current: EventEnvelope<DossierEvent>[] = [];
  for await (const item of store.streamCohort(filter)) {
    if (item.isErr()) {
      // The stream ends at a damaged dossier: read the cohort again, one dossier at a time.
      if (item.error.kind === 'store' && item.error.code === 'integrity')
        return loadEach(store, filter, cutoff);
      return err(item.error);
    }
    const envelope = item.value;
    if (current.length > 0 && current[0]?.dossierId !== envelope.dossierId) {
      foldInto(out, current, cutoff);
      current = [];
    }
    current.push(envelope);
  }
  foldInto(out, current, cutoff);
  return ok(out);
}

/**
 * The warnings and exit code of a cohort command that set dossiers aside.
 *
 * @param ecartes - the dossiers set aside.
 * @returns the lines for stderr and the exit code (`integrity`), or nothing when none was set aside.
 */
export function reportEcartes(ecartes: readonly DossierEcarte[]): {
  warnings?: string[];
  exitCode?: typeof EXIT.integrity;
} {
  if (ecartes.length === 0) return {};
  return {
    warnings: [
      `${ecartes.length} dossier(s) écarté(s), illisible(s) : les autres sont traités.`,
      ...ecartes.map((e) => `  ${e.dossierId} : ${e.error.message}`),
      'Vérifiez la base avec « tremplin verify ».',
    ],
    exitCode: EXIT.integrity,
  };
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
