/**
 * The types of the service: its options, what it returns and the errors it gives.
 *
 * @packageDocumentation
 */
import type { Result, ResultAsync } from 'neverthrow';
import type { DossierEvaluation } from '../alerts/types.js';
import type { Acteur } from '../dossier/acteurs.js';
import type { DossierEvent } from '../dossier/events.js';
import type { DossierState } from '../dossier/state.js';
import type {
  ConflictError,
  NotFoundError,
  PermissionDenied,
  Refusal,
  StoreFailure,
  ValidationError,
} from '../errors.js';
import type { AppendResult } from '../ports/append.js';
import type { DossierFilter } from '../ports/query.js';
import type { QueryError, ReadError, Store } from '../ports/store.js';
import type { Echelle, Grille } from '../referentiel/types.js';
import type { Command } from '../workflow/commands.js';
import type { PersonnesOptions } from './personnes.js';
import type { RulesRegistry } from './registry.js';
import type { ExecuteOptions } from './request.js';

/** Why a command was not recorded.
 * @category Service
 */
export type ExecuteError =
  | ValidationError
  | Refusal
  | PermissionDenied
  | NotFoundError
  | ConflictError
  | StoreFailure;

/**
 * Turns what the host says of the actor into an {@link Acteur}: the hook where a host plugs its
 * authentication (a verified token, a session).
 *
 * @typeParam A - what the host passes as `acteur`.
 * @remarks Trust boundary: the library checks the roles and scopes of the `Acteur` it is given — the command's
 * roles (`matricePermissions`) and the assigned person where the dossier names one (the tuteur, the INSPÉ
 * formateur, the chef d'établissement the rectorat designated); establishing who that actor really is, is the
 * host's job. Build the `Acteur` from what an authority vouched for (a signed token's claims, a session), never
 * from the request's body. A resolver that cannot vouch for the actor returns `PermissionDenied`, and nothing is
 * loaded or written; a resolver that throws is treated the same way. Without a resolver the service trusts the
 * value given (`trustActeur`), which suits an operator's workstation (the CLI's `--as`) only.
 * @example
 * ```ts
 * const tremplin = createTremplin<{ authorization?: string }>({
 *   store,
 *   rules,
 *   resolveActeur: async ({ authorization }) => {
 *     const claims = await verifyBearer(authorization); // the host's check: jose's jwtVerify, a session…
 *     if (claims === null) {
 *       const reason = { code: 'authentification.jeton', message: 'Jeton absent ou invalide.' };
 *       return err({ kind: 'permission', message: 'Requête non authentifiée.', reasons: [reason] });
 *     }
 *     return trustActeur({ ...claims.tremplin, id: claims.sub });
 *   },
 * });
 * ```
 * @category Service
 */
export type ActeurResolver<A> = (
  acteur: A,
  context: { readonly dossierId: string; readonly command: Command },
) =>
  | Result<Acteur, PermissionDenied | ValidationError>
  | Promise<Result<Acteur, PermissionDenied | ValidationError>>;

/**
 * What {@link createTremplin} needs.
 *
 * @typeParam A - what the host passes as `acteur` (an {@link Acteur} unless `resolveActeur` reads another shape).
 * @category Service
 */
export interface TremplinOptions<A = Acteur> {
  /** Where the dossiers' events are kept. */
  readonly store: Store<DossierEvent>;
  /** The packs and calendars by (académie, school year). */
  readonly rules: RulesRegistry;
  /**
   * Resolves the acting `Acteur`. By default the value given as `acteur` is checked against the
   * `Acteur` schema and trusted as it is: fit for a trusted host (an operator's workstation), not for a
   * service whose clients say who they are.
   */
  readonly resolveActeur?: ActeurResolver<A>;
  /** How many times `execute` tries when another writer appended first (default 3, from 1 to 10). */
  readonly maxAttempts?: number;
  /** What derived idempotency keys start with (default `tremplin`). */
  readonly keyPrefix?: string;
  /** Grids and scales of the académie beyond the national ones, to validate positionnements. */
  readonly referentiel?: { readonly grilles?: readonly Grille[]; readonly echelles?: readonly Echelle[] };
  /**
   * The register of persons, where the stagiaire's NUMEN, date of birth and e-mail live (outside the log), and
   * the retention period. Without it, a request carrying such values is refused.
   */
  readonly personnes?: PersonnesOptions;
}

/** What the decision step reads besides the dossier.
 * @category Service
 */
export interface ServiceContext {
  readonly registry: RulesRegistry;
  readonly referentiel?: TremplinOptions['referentiel'];
  readonly personnes?: PersonnesOptions;
}

/** A recorded command.
 * @category Service
 */
export interface Executed {
  readonly dossierId: string;
  /** The key under which the command is recorded. */
  readonly idempotencyKey: string;
  /** The events the command produced (on a replay, those recorded the first time). */
  readonly events: readonly DossierEvent[];
  /** The dossier after the command (on a replay, as it is now). */
  readonly state: DossierState;
  /** `true` when the key had already recorded this command: nothing new was written. */
  readonly replayed: boolean;
}

/**
 * A batch of commands decided one after the other on the dossiers' states as the batch sees them, then
 * written together: in one transaction when the store offers `appendBatch` (all or nothing).
 *
 * @typeParam A - what the host passes as `acteur`.
 * @category Service
 */
export interface UnitOfWork<A = Acteur> {
  /**
   * Decides a command; on success the dossier moves on in the batch and its append waits for `commit`.
   * A refused command changes nothing.
   */
  execute(
    dossierId: string,
    command: unknown,
    options: ExecuteOptions<A>,
  ): ResultAsync<Executed, ExecuteError>;
  /** A dossier as the batch sees it (`null` when it does not exist). */
  state(dossierId: string): ResultAsync<DossierState | null, ReadError>;
  /** Appends waiting for `commit`. */
  readonly pending: number;
  /**
   * Writes the waiting appends. With `appendBatch`, nothing is written when one fails; without it, the
   * appends before the failure stay written. After a failure the batch forgets what it had loaded.
   */
  commit(): ResultAsync<
    readonly AppendResult<DossierEvent>[],
    ConflictError | StoreFailure | ValidationError
  >;
}

/** One dossier of a cohort read: evaluated, or set aside with the reason.
 * @category Service
 */
export type CohortEntry =
  | {
      readonly kind: 'evaluated';
      readonly dossierId: string;
      readonly state: DossierState;
      readonly evaluation: DossierEvaluation;
    }
  | {
      readonly kind: 'skipped';
      readonly dossierId: string;
      /** The state when the log could be folded. */
      readonly state: DossierState | null;
      readonly error: ValidationError | NotFoundError;
    };

/** How a cohort is read.
 * @category Service
 */
export interface CohortReadOptions {
  /** The instant of the evaluation, ISO 8601 with its offset. */
  readonly at: string;
  /** Dossiers read per round trip to the store (the store's default when absent). */
  readonly batchSize?: number;
}

/**
 * The service: the loop every host needs around the pure workflow — validate, check the idempotency key,
 * load, decide, fold, index, append, retry on conflict — plus batches and cohort reads.
 *
 * @typeParam A - what the host passes as `acteur`.
 * @category Service
 */
export interface Tremplin<A = Acteur> {
  /**
   * Records one command on a dossier.
   *
   * @param dossierId - the dossier.
   * @param command - the command, as received (checked against its schema).
   * @param options - who acts, when, and the idempotency key.
   * @returns the events and the state after them; a replay when the key already recorded this command.
   */
  execute(
    dossierId: string,
    command: unknown,
    options: ExecuteOptions<A>,
  ): ResultAsync<Executed, ExecuteError>;
  /** Opens a batch (see {@link UnitOfWork}); `assumeNew` skips loading dossiers known to be absent. */
  unitOfWork(options?: { readonly assumeNew?: boolean }): UnitOfWork<A>;
  /** A dossier's state, folded from its log. */
  load(dossierId: string): ResultAsync<DossierState, ReadError>;
  /** A dossier's deadlines and alerts at an instant, with its académie's rules for its year. */
  evaluate(dossierId: string, at: string): ResultAsync<DossierEvaluation, ReadError>;
  /**
   * Streams the selected dossiers, each folded and evaluated, one at a time: memory stays bounded by the
   * largest dossier, whatever the cohort's size. A dossier that cannot be folded or has no rules for its year
   * is set aside with the reason; the stream ends after a store error.
   */
  readCohort(
    filter: DossierFilter,
    options: CohortReadOptions,
  ): AsyncIterable<Result<CohortEntry, QueryError>>;
  /** The registry the service decides with. */
  readonly rules: RulesRegistry;
  /** The store it writes to. */
  readonly store: Store<DossierEvent>;
}
