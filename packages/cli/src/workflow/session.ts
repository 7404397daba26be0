/**
 * A unit of work on the store, through core's service: commands are decided one after the other on the
 * dossiers as the batch sees them, then written together at `flush` — in one transaction when the store
 * offers `appendBatch`. `record`, `import` and the demo all go through it; what the CLI adds is reading
 * `--at` in the dossier's académie zone.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type AppendResult,
  type CommandeService,
  createTremplin,
  type DossierEvent,
  type DossierState,
  type ExecuteError,
  type ReadError,
  type RegistrePersonnes,
  type Store,
  type UnitOfWork,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { type AtSpec, atIso } from '../args/instant.js';
import type { CliFailure } from '../failure.js';
import type { RulesProvider } from './rules.js';

/** A command to decide on a dossier. */
export interface CommandRequest {
  readonly dossierId: string;
  /** The command; `dossier.ouvrir` and `identite.rectifier` may carry personal values (kept in the register). */
  readonly command: CommandeService;
  readonly acteur: Acteur;
  /** When the command is recorded (read in the dossier's académie zone). */
  readonly at: AtSpec;
  /**
   * The command's idempotency key. When absent, the service derives one (prefix `cli:`) from the dossier,
   * actor, command and instant: the same command recorded twice at the same instant is recorded once.
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
  /** True when the key had already recorded this command: nothing new is appended. */
  readonly replayed: boolean;
}

/** A unit of work (see the module's description). */
export interface WorkflowSession {
  /** Decides a command on the dossier as this session sees it; a refused command changes nothing. */
  decide(request: CommandRequest): Promise<Result<Decided, ExecuteError>>;
  /** The dossier as this session sees it, `null` when it does not exist. */
  state(dossierId: string): Promise<Result<DossierState | null, ReadError>>;
  /** Appends queued so far. */
  readonly pending: number;
  /** Writes every queued append: in one transaction when the store has `appendBatch`. */
  flush(): Promise<Result<readonly AppendResult<DossierEvent>[], CliFailure>>;
  /** The rules the session decides with. */
  readonly rules: RulesProvider;
}

function zoneOf(rules: RulesProvider, academie: string, anneeScolaire: string): string {
  const year = rules.rulesFor(academie, anneeScolaire);
  return year.isOk() ? year.value.timeZone : rules.timeZoneOf(academie);
}

async function instantOf(uow: UnitOfWork, rules: RulesProvider, request: CommandRequest) {
  const state = await uow.state(request.dossierId);
  if (state.isErr()) return err(state.error);
  const identite =
    state.value?.identite ?? (request.command.type === 'dossier.ouvrir' ? request.command.identite : null);
  const zone = identite === null ? 'Europe/Paris' : zoneOf(rules, identite.academie, identite.anneeScolaire);
  return ok(atIso(request.at, zone));
}

/**
 * Opens a unit of work.
 *
 * @param store - the store.
 * @param rules - the rules registry.
 * @param options - `assumeNew`: dossiers not yet seen are known to be absent from the store (the demo on a
 * fresh database), so they are not looked up; `personnes`: the register of persons, where the NUMEN, date of
 * birth and e-mail a command carries are written (without it, such a command is refused).
 * @returns the session.
 * @remarks Trust boundary: the CLI runs on an operator's workstation and trusts `--as`; the service checks
 * that actor's role and scope on each dossier.
 */
export function createSession(
  store: Store<DossierEvent>,
  rules: RulesProvider,
  options: { readonly assumeNew?: boolean; readonly personnes?: RegistrePersonnes } = {},
): WorkflowSession {
  const tremplin = createTremplin({
    store,
    rules,
    keyPrefix: 'cli',
    ...(options.personnes === undefined ? {} : { personnes: { registre: options.personnes } }),
  });
  const uow = tremplin.unitOfWork({ assumeNew: options.assumeNew === true });
  return {
    rules,
    get pending() {
      return uow.pending;
    },
    state: async (dossierId) => await uow.state(dossierId),
    async decide(request) {
      const now = await instantOf(uow, rules, request);
      if (now.isErr()) return err(now.error);
      const options = { acteur: request.acteur, at: now.value, idempotencyKey: request.idempotencyKey };
      const done = await uow.execute(request.dossierId, request.command, options);
      return done.map((d) => ({ ...d, now: now.value }));
    },
    flush: async () => await uow.commit(),
  };
}
