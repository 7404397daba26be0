/**
 * The demo's simulation: every planned command of the year, in time order, decided by the workflow's
 * `transition` through a unit of work and appended to the store; every Monday at 8:00 (La Réunion) the cohort's
 * deadlines and alerts are evaluated with the core's `evaluateCohort`, as a nightly job would.
 *
 * @packageDocumentation
 */

import type { RegistrePersonnes } from '@tremplin/core';
import {
  type DossierEvaluation,
  type DossierState,
  evaluateCohort,
  formatInstant,
  type ValidationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { resolveAt } from '../args/instant.js';
import type { CliFailure } from '../failure.js';
import type { Progress } from '../output/progress.js';
import type { DossierStore } from '../store/open-store.js';
import type { EvaluatedDossier } from '../workflow/evaluate.js';
import { issuesOf } from '../workflow/issues.js';
import type { RulesProvider } from '../workflow/rules.js';
import { createSession } from '../workflow/session.js';
import { ACADEMIE, ANNEE, type DemoCohort, generateCohort } from './cohort.js';
import { JOURNEES_FORMATION, type LocalAt, type PlannedCommand, planYear } from './plan.js';
import { mulberry32 } from './prng.js';
import { demoYear, plusDays } from './year.js';

/** The time zone of the demo. */
export const ZONE = 'Indian/Reunion';

/** Instants at which the demo keeps the cohort for its exports. */
export const SNAPSHOTS = {
  /** The first Monday of the stage: the year's calendars. */
  rentree: '2022-09-05',
  /** The Monday after the bilans « fin novembre »: the alert list. */
  bilans: '2022-12-05',
  /** The Monday before the jury: the jury lists. */
  jury: '2023-06-19',
} as const;

/** The end of the simulated year: the last class day, 18:00. */
export const FIN_ANNEE: LocalAt = { date: '2023-07-07', hour: 18, minute: 0 };

/** A command whose outcome was not the one planned (a defect of the demo or of the library). */
export interface Unexpected {
  readonly dossierId: string;
  readonly command: string;
  readonly at: string;
  readonly detail: string;
}

/** What the simulation produced. */
export interface Simulation {
  readonly cohort: DemoCohort;
  readonly commands: {
    readonly accepted: number;
    readonly refused: number;
    readonly unexpected: readonly Unexpected[];
  };
  readonly events: number;
  /** Accepted commands by type. */
  readonly commandsByType: Readonly<Record<string, number>>;
  /** Planned refusals by the first reason's code. */
  readonly refusalsByCode: Readonly<Record<string, number>>;
  /** New alerts (keys not raised at the previous Monday) by code, then by month `YYYY-MM`. */
  readonly alertsRaised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The months evaluated, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  /** Monday evaluations run, and dossier evaluations in all. */
  readonly evaluations: { readonly mondays: number; readonly dossiers: number };
  /** The final states, in dossier order. */
  readonly states: readonly DossierState[];
  /** The cohort evaluated at the snapshots and at the end of the year. */
  readonly snapshots: Readonly<
    Record<
      keyof typeof SNAPSHOTS | 'fin',
      { readonly at: string; readonly dossiers: readonly EvaluatedDossier[] }
    >
  >;
}

const key = (a: LocalAt) =>
  `${a.date}T${String(a.hour).padStart(2, '0')}:${String(a.minute).padStart(2, '0')}`;

function mondays(): LocalAt[] {
  const out: LocalAt[] = [];
  for (let d = '2022-09-05'; d <= '2023-07-03'; d = plusDays(d, 7)) out.push({ date: d, hour: 8, minute: 0 });
  return out;
}

function describe(error: CliFailure): string {
  return issuesOf(error)
    .map((i) => `${i.code}: ${i.message}`)
    .join(' ; ');
}

/**
 * Runs the simulated year.
 *
 * @param store - an empty store.
 * @param personnes - the register of persons (the stagiaires' e-mails).
 * @param rules - the rules provider (the Réunion pack for 2022-2023).
 * @param seed - the seed.
 * @param size - the number of stagiaires.
 * @param startProgress - starts the progress bar, advanced once per planned command.
 * @returns what happened, or the first store or rules failure.
 */
export async function simulateYear(
  store: DossierStore,
  personnes: RegistrePersonnes,
  rules: RulesProvider,
  seed: number,
  size: number,
  startProgress: (label: string, total: number) => Progress,
): Promise<Result<Simulation, CliFailure>> {
  const rng = mulberry32(seed);
  const cohort = generateCohort(rng.fork('cohorte'), size);
  const yearRules = rules.rulesFor(ACADEMIE, ANNEE);
  if (yearRules.isErr()) return err(yearRules.error);
  const year = demoYear();
  const ctx = { cohort, year, rules: yearRules.value.workflow, formation: JOURNEES_FORMATION };
  const planned: PlannedCommand[] = cohort.stagiaires.flatMap((s) =>
    planYear(s, ctx, rng.fork(`plan:${s.dossierId}`)),
  );
  const sequence = new Map(planned.map((p, i) => [p, i]));
  planned.sort((a, b) => {
    const ka = key(a.at);
    const kb = key(b.at);
    return ka < kb ? -1 : ka > kb ? 1 : a.order - b.order || (sequence.get(a) ?? 0) - (sequence.get(b) ?? 0);
  });

  const progress = startProgress('Année 2022-2023', planned.length);
  const session = createSession(store, rules, { assumeNew: true, personnes });
  const states = new Map<string, DossierState>();
  const order = cohort.stagiaires.map((s) => s.dossierId);
  const commandsByType: Record<string, number> = {};
  const refusalsByCode: Record<string, number> = {};
  const alertsRaised: Record<string, Record<string, number>> = {};
  const unexpected: Unexpected[] = [];
  const previousKeys = new Map<string, ReadonlySet<string>>();
  const snapshots: Partial<
    Record<keyof typeof SNAPSHOTS | 'fin', { at: string; dossiers: EvaluatedDossier[] }>
  > = {};
  let accepted = 0;
  let refused = 0;
  let events = 0;
  let evaluated = 0;
  let mondaysRun = 0;

  const evaluate = (when: LocalAt): Result<{ at: string; dossiers: EvaluatedDossier[] }, ValidationError> => {
    const list = order.map((id) => states.get(id)).filter((s): s is DossierState => s !== undefined);
    const ms = resolveAt(
      { kind: 'local', date: when.date, hour: when.hour, minute: when.minute, second: 0 },
      ZONE,
    );
    const result = evaluateCohort(list, ms, rules.ruleSetFor(ACADEMIE));
    if (result.isErr()) return err(result.error);
    const byId = new Map<string, DossierEvaluation>(result.value.evaluations.map((e) => [e.dossierId, e]));
    evaluated += result.value.evaluations.length;
    return ok({
      at: formatInstant(ms, ZONE),
      dossiers: list.flatMap((state) => {
        const evaluation = byId.get(state.dossierId);
        return evaluation === undefined ? [] : [{ state, evaluation }];
      }),
    });
  };

  const monday = async (when: LocalAt): Promise<Result<void, CliFailure>> => {
    const flushed = await session.flush();
    if (flushed.isErr()) return err(flushed.error);
    const result = evaluate(when);
    if (result.isErr()) return err(result.error);
    mondaysRun++;
    const month = when.date.slice(0, 7);
    for (const { state, evaluation } of result.value.dossiers) {
      const before = previousKeys.get(state.dossierId) ?? new Set<string>();
      const now = new Set(evaluation.alerts.map((a) => a.key));
      for (const a of evaluation.alerts) {
        if (before.has(a.key)) continue;
        const row = alertsRaised[a.code] ?? {};
        row[month] = (row[month] ?? 0) + 1;
        alertsRaised[a.code] = row;
      }
      previousKeys.set(state.dossierId, now);
    }
    for (const [name, date] of Object.entries(SNAPSHOTS) as [keyof typeof SNAPSHOTS, string][]) {
      if (date === when.date) snapshots[name] = result.value;
    }
    return ok(undefined);
  };

  const checkpoints = mondays();
  let next = 0;
  for (const p of planned) {
    while (next < checkpoints.length && key(checkpoints[next] as LocalAt) <= key(p.at)) {
      const done = await monday(checkpoints[next] as LocalAt);
      if (done.isErr()) return err(done.error);
      next++;
    }
    progress.tick();
    const state = states.get(p.dossierId) ?? null;
    let command = p.command;
    if (typeof command === 'function') {
      if (state === null) {
        unexpected.push({ dossierId: p.dossierId, command: '?', at: key(p.at), detail: 'dossier absent' });
        continue;
      }
      const built = command(state);
      if (built === null) {
        unexpected.push({
          dossierId: p.dossierId,
          command: '?',
          at: key(p.at),
          detail: 'aucune grille pour ce dossier',
        });
        continue;
      }
      command = built;
    }
    const decided = await session.decide({
      dossierId: p.dossierId,
      command,
      acteur: p.acteur,
      at: { kind: 'local', date: p.at.date, hour: p.at.hour, minute: p.at.minute, second: 0 },
      idempotencyKey: `demo:${p.dossierId}:${key(p.at)}:${command.type}:${sequence.get(p) ?? 0}`,
    });
    if (decided.isErr()) {
      if (decided.error.kind === 'store') return err(decided.error);
      if (p.expect === 'refuse') {
        refused++;
        const code = issuesOf(decided.error)[0]?.code ?? decided.error.kind;
        refusalsByCode[code] = (refusalsByCode[code] ?? 0) + 1;
      } else {
        unexpected.push({
          dossierId: p.dossierId,
          command: command.type,
          at: key(p.at),
          detail: describe(decided.error),
        });
      }
      continue;
    }
    if (p.expect === 'refuse') {
      unexpected.push({
        dossierId: p.dossierId,
        command: command.type,
        at: key(p.at),
        detail: 'acceptée alors qu’un refus était attendu',
      });
    }
    accepted++;
    events += decided.value.events.length;
    commandsByType[command.type] = (commandsByType[command.type] ?? 0) + 1;
    states.set(p.dossierId, decided.value.state);
  }
  for (; next < checkpoints.length; next++) {
    const done = await monday(checkpoints[next] as LocalAt);
    if (done.isErr()) return err(done.error);
  }
  const flushed = await session.flush();
  if (flushed.isErr()) return err(flushed.error);
  progress.done();
  const fin = evaluate(FIN_ANNEE);
  if (fin.isErr()) return err(fin.error);
  const rentree = snapshots.rentree;
  const bilans = snapshots.bilans;
  const jury = snapshots.jury;
  if (rentree === undefined || bilans === undefined || jury === undefined) {
    return err({ kind: 'validation', message: 'Instantané manquant dans la démo.', issues: [] });
  }
  return ok({
    cohort,
    commands: { accepted, refused, unexpected },
    events,
    commandsByType,
    refusalsByCode,
    alertsRaised,
    months: [...new Set(checkpoints.map((c) => c.date.slice(0, 7)))],
    evaluations: { mondays: mondaysRun, dossiers: evaluated },
    states: order.map((id) => states.get(id)).filter((s): s is DossierState => s !== undefined),
    snapshots: { rentree, bilans, jury, fin: fin.value },
  });
}
