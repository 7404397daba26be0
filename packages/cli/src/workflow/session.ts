/**
 * A unit of work on the store: commands are decided one after the other by the workflow's `transition` on the
 * dossiers' current states (loaded once, kept in memory), then their events are appended together — in one
 * transaction when the store offers `appendBatch`. `record`, `import` and the demo all go through it.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type AppendInput,
  type AppendResult,
  type Command,
  type DossierEvent,
  type DossierState,
  dossierSummary,
  empreinte,
  foldDossier,
  type NotFoundError,
  type StoreFailure,
  type TransitionError,
  transition,
  type ValidationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { type AtSpec, atIso } from '../args/instant.js';
import type { CliFailure } from '../failure.js';
import type { DossierStore } from '../store/open-store.js';
import type { RulesForYear, RulesProvider } from './rules.js';

/** A command to decide on a dossier. */
export interface CommandRequest {
  readonly dossierId: string;
  readonly command: Command;
  readonly acteur: Acteur;
  /** When the command is recorded (read in the dossier's académie zone). */
  readonly at: AtSpec;
  /**
   * The command's idempotency key. When absent, a hash of the dossier, actor, command and instant: the same
   * command recorded twice at the same instant is recorded once.
   */
  readonly idempotencyKey?: string | undefined;
}

/** A decided command. */
export interface Decided {
  readonly dossierId: string;
  readonly idempotencyKey: string;
  /** The instant recorded, in the académie's zone. */
  readonly now: string;
  /** The events the workflow produced (or that the key had already recorded). */
  readonly events: readonly DossierEvent[];
  /** The dossier after them. */
  readonly state: DossierState;
  /** True when the key had already been recorded: nothing new is appended. */
  readonly replayed: boolean;
}

/** Why a command was not decided. */
export type DecideError = TransitionError | NotFoundError | StoreFailure | ValidationError;

interface Tracked {
  state: DossierState | null;
  /** Idempotency keys already in the store, loaded when a request names one. */
  keys: Map<string, readonly DossierEvent[]> | null;
}

/** A unit of work (see the module's description). */
export interface WorkflowSession {
  /**
   * Decides a command on the dossier's state as this session sees it; on success the state moves on and the
   * append is queued. A refused command changes nothing.
   *
   * @param request - the command.
   * @returns the decision, or why not.
   */
  decide(request: CommandRequest): Promise<Result<Decided, DecideError>>;
  /**
   * The dossier's state as this session sees it (loading it from the store if needed).
   *
   * @param dossierId - the dossier.
   * @returns its state, null when it does not exist.
   */
  state(dossierId: string): Promise<Result<DossierState | null, StoreFailure | ValidationError>>;
  /** Appends queued so far. */
  readonly pending: number;
  /**
   * Writes every queued append: in one transaction when the store has `appendBatch`.
   *
   * @returns the results, or the first failure (with `appendBatch`, nothing was written then).
   */
  flush(): Promise<Result<readonly AppendResult<DossierEvent>[], CliFailure>>;
  /** The rules provider the session decides with. */
  readonly rules: RulesProvider;
}

function rulesOf(
  rules: RulesProvider,
  academie: string,
  annee: string,
): Result<RulesForYear, ValidationError | NotFoundError> {
  return rules.rulesFor(academie, annee);
}

/**
 * Opens a unit of work.
 *
 * @param store - the store.
 * @param rules - the rules provider.
 * @param options - `assumeNew`: dossiers not yet seen are known to be absent from the store (the demo on a
 * fresh database), so they are not looked up.
 * @returns the session.
 */
export function createSession(
  store: DossierStore,
  rules: RulesProvider,
  options: { readonly assumeNew?: boolean } = {},
): WorkflowSession {
  const tracked = new Map<string, Tracked>();
  let queue: AppendInput<DossierEvent>[] = [];

  const track = async (dossierId: string): Promise<Result<Tracked, StoreFailure | ValidationError>> => {
    const known = tracked.get(dossierId);
    if (known !== undefined) return ok(known);
    if (options.assumeNew === true) {
      const fresh: Tracked = { state: null, keys: new Map() };
      tracked.set(dossierId, fresh);
      return ok(fresh);
    }
    const loaded = await store.load(dossierId);
    let entry: Tracked;
    if (loaded.isErr()) {
      if (loaded.error.kind !== 'not-found') return err(loaded.error);
      entry = { state: null, keys: new Map() };
    } else {
      const folded = foldDossier(loaded.value.events);
      if (folded.isErr()) return err(folded.error);
      entry = { state: folded.value, keys: null };
    }
    tracked.set(dossierId, entry);
    return ok(entry);
  };

  const knownKeys = async (
    dossierId: string,
    entry: Tracked,
  ): Promise<Result<Map<string, readonly DossierEvent[]>, StoreFailure | ValidationError>> => {
    if (entry.keys !== null) return ok(entry.keys);
    const history = await store.history(dossierId);
    const keys = new Map<string, readonly DossierEvent[]>();
    if (history.isErr()) {
      if (history.error.kind !== 'not-found') return err(history.error);
    } else {
      for (const c of history.value.commands) {
        keys.set(
          c.idempotencyKey,
          c.events.map((e) => e.event),
        );
      }
    }
    entry.keys = keys;
    return ok(keys);
  };

  return {
    rules,
    get pending() {
      return queue.length;
    },
    async state(dossierId) {
      const entry = await track(dossierId);
      return entry.isErr() ? err(entry.error) : ok(entry.value.state);
    },
    async decide(request) {
      const entry = await track(request.dossierId);
      if (entry.isErr()) return err(entry.error);
      const before = entry.value.state;
      const identite =
        before?.identite ?? (request.command.type === 'dossier.ouvrir' ? request.command.identite : null);
      if (identite === null) {
        return err({
          kind: 'not-found',
          message: `Le dossier ${request.dossierId} n’existe pas.`,
          id: request.dossierId,
        });
      }
      const yearRules = rulesOf(rules, identite.academie, identite.anneeScolaire);
      if (yearRules.isErr()) return err(yearRules.error);
      const now = atIso(request.at, yearRules.value.timeZone);
      const key =
        request.idempotencyKey ??
        `cli:${empreinte({ dossierId: request.dossierId, acteur: request.acteur, command: request.command, now }).slice(7, 39)}`;
      if (before !== null && (request.idempotencyKey !== undefined || entry.value.keys !== null)) {
        const keys = await knownKeys(request.dossierId, entry.value);
        if (keys.isErr()) return err(keys.error);
        const previous = keys.value.get(key);
        if (previous !== undefined) {
          return ok({
            dossierId: request.dossierId,
            idempotencyKey: key,
            now,
            events: previous,
            state: before,
            replayed: true,
          });
        }
      }
      if (request.command.type === 'dossier.ouvrir' && request.command.dossierId !== request.dossierId) {
        return err({
          kind: 'validation',
          message: 'L’identifiant du dossier ne correspond pas à celui de la commande.',
          issues: [
            {
              code: 'dossier.identifiant',
              message: `Commande pour ${request.command.dossierId}, dossier ${request.dossierId}.`,
              path: ['dossierId'],
            },
          ],
        });
      }
      const decided = transition(before, request.command, {
        acteur: request.acteur,
        now,
        regles: yearRules.value.workflow,
      });
      if (decided.isErr()) return err(decided.error);
      const base = before?.sequence ?? 0;
      const folded = foldDossier(
        decided.value.map((event, i) => ({ sequence: base + i + 1, event })),
        before,
      );
      if (folded.isErr()) return err(folded.error);
      const after = folded.value;
      queue.push({
        dossierId: request.dossierId,
        expectedSequence: base,
        idempotencyKey: key,
        recordedAt: now,
        events: decided.value,
        index: dossierSummary(after),
      });
      entry.value.state = after;
      entry.value.keys?.set(key, decided.value);
      return ok({
        dossierId: request.dossierId,
        idempotencyKey: key,
        now,
        events: decided.value,
        state: after,
        replayed: false,
      });
    },
    async flush() {
      const inputs = queue;
      queue = [];
      if (inputs.length === 0) return ok([]);
      if (store.appendBatch !== undefined) {
        const written = await store.appendBatch(inputs);
        if (written.isErr()) {
          // Nothing was written: forget the in-memory states so a retry reloads them.
          tracked.clear();
          return err(written.error);
        }
        return ok(written.value);
      }
      const results: AppendResult<DossierEvent>[] = [];
      for (const input of inputs) {
        const written = await store.append(input);
        if (written.isErr()) {
          tracked.clear();
          return err(written.error);
        }
        results.push(written.value);
      }
      return ok(results);
    },
  };
}
