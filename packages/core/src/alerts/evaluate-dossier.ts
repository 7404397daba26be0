/**
 * Evaluating one dossier at an instant: its deadlines and alerts.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { getAnneeScolaire, toEpochDay } from '../calendar/local-date.js';
import { formatInstant, localDateAt, parseInstant } from '../calendar/zoned-time.js';
import { getAnneeStageCourante } from '../dossier/annee.js';
import type { DossierState, EtatDossier } from '../dossier/state.js';
import { issue, type ValidationError, validationError } from '../errors.js';
import type { CompiledRules } from '../rules/compile.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import { computeDateMiStage } from '../workflow/conditions.js';
import { computeEffetConges } from '../workflow/conges.js';
import { computeAlerts } from './alert-rules.js';
import {
  computeDeadlines,
  type EvalContext,
  type EvalInstant,
  evalContext,
  shared,
  yearView,
} from './deadlines.js';
import { type Prepared, prepare } from './prepared.js';
import type { DossierEvaluation } from './types.js';

/** Memo groups of the leave effect and mi-stage date of dossiers without leave. */
const EFFET = {};
const MI_STAGE = {};

/** The workflow states in which a year of stage runs and deadlines apply. */
const ACTIFS: ReadonlySet<EtatDossier> = new Set<EtatDossier>(['en-stage', 'devant-jury']);

/**
 * Reads an instant (ISO 8601 with offset, or epoch milliseconds) in the académie's zone.
 *
 * @param instant - the instant.
 * @param timeZone - the académie's IANA zone.
 * @returns its forms, or a validation error for a string without offset.
 * @category Alertes
 */
export function evalInstant(
  instant: string | number,
  timeZone: string,
): Result<EvalInstant, ValidationError> {
  const parsed = typeof instant === 'number' ? ok(instant) : parseInstant(instant);
  if (parsed.isErr()) return err(parsed.error);
  const ms = parsed.value;
  const today = localDateAt(ms, timeZone);
  return ok({ ms, iso: formatInstant(ms, timeZone), today, todayEpochDay: toEpochDay(today) });
}

function invalid(message: string, code: string): ValidationError {
  return validationError(message, [issue(code, message)]);
}

/**
 * Evaluates a dossier in an evaluation run (the cohort's inner loop).
 *
 * @param state - the dossier.
 * @param ctx - the run: rules compiled for the dossier's académie and the school year of its current year
 * of stage, and the instant read in their zone.
 * @returns the evaluation.
 * @category Alertes
 */
export function evaluateInContext(state: DossierState, ctx: EvalContext): DossierEvaluation {
  const c = ctx.prepared.compiled;
  const at = ctx.at;
  const annee = getAnneeStageCourante(state);
  if (annee === null || !ACTIFS.has(state.etat) || annee.dateDebut > at.today) {
    return {
      dossierId: state.dossierId,
      academie: state.identite.academie,
      anneeScolaire: annee ? getAnneeScolaire(annee.dateDebut) : state.identite.anneeScolaire,
      instant: at.iso,
      today: at.today,
      deadlines: [],
      alerts: [],
    };
  }
  const v = yearView(state, annee, at.today);
  // Without leave nor temps partiel, both depend only on the years of stage (their numbers and dates: a renewed
  // year counts the earlier ones for mi-stage): computed once per run for those years.
  const sansConges = state.conges.length === 0 && state.tempsPartiel.length === 0;
  const dates = sansConges
    ? state.stage.annees.map((a) => `${a.numero}:${a.dateDebut}/${a.dateFinStatutaire}`).join('|')
    : '';
  const effet = sansConges
    ? shared(ctx, EFFET, dates, () => computeEffetConges(state, c.workflow))
    : computeEffetConges(state, c.workflow);
  const miStage = sansConges
    ? shared(ctx, MI_STAGE, dates, () => computeDateMiStage(state, c.workflow))
    : computeDateMiStage(state, c.workflow);
  const deadlines = computeDeadlines(ctx, v, effet, miStage);
  const alerts = computeAlerts(ctx, v, deadlines, effet);
  return {
    dossierId: state.dossierId,
    academie: state.identite.academie,
    // The rules were compiled for the school year of this year of stage (checked by the callers).
    anneeScolaire: c.rules.anneeScolaire,
    instant: at.iso,
    today: at.today,
    deadlines,
    alerts,
  };
}

/**
 * The deadlines and alerts of one dossier at an instant.
 *
 * @param state - the dossier (a fold of its events).
 * @param instant - the instant (ISO 8601 with offset, or epoch milliseconds): core never reads the clock.
 * @param rules - rules compiled for the dossier's académie and the school year of its current year of stage.
 * @returns the evaluation, or a validation error when the rules are for another académie or year.
 * @example
 * ```ts
 * const evaluation = compileRules({ layers: [packNational, packReunion], anneeScolaire: '2022-2023', calendrier })
 *   .andThen((compiled) => evaluateDossier(state, '2022-12-01T08:00:00+04:00', compiled));
 * evaluation.match(({ alerts }) => console.log(alerts.length), (e) => console.error(e.message));
 * ```
 * @category Alertes
 */
export function evaluateDossier(
  state: DossierState,
  instant: string | number,
  rules: CompiledRules | Prepared,
): Result<DossierEvaluation, ValidationError> {
  if (!isRecord(state) || !isRecord(state.identite) || !isRecord(state.stage)) {
    return err(invalidInput('evaluateDossier', 'un dossier replié (foldDossier)', ['state']));
  }
  if (!isRecord(rules))
    return err(invalidInput('evaluateDossier', 'des règles compilées (compileRules)', ['rules']));
  return guardResult('evaluateDossier', () => evaluateDossierChecked(state, instant, rules));
}

function evaluateDossierChecked(
  state: DossierState,
  instant: string | number,
  rules: CompiledRules | Prepared,
): Result<DossierEvaluation, ValidationError> {
  const prepared = 'compiled' in rules ? rules : prepare(rules);
  const c = prepared.compiled;
  if (c.rules.academie !== null && c.rules.academie !== state.identite.academie) {
    return err(
      invalid(
        `Le dossier ${state.dossierId} relève de l’académie ${state.identite.academie}, les règles de ${c.rules.academie}.`,
        'evaluation.academie',
      ),
    );
  }
  const annee = getAnneeStageCourante(state);
  const year = annee ? getAnneeScolaire(annee.dateDebut) : state.identite.anneeScolaire;
  if (year !== c.rules.anneeScolaire) {
    return err(
      invalid(
        `L’année de stage en cours du dossier ${state.dossierId} relève de ${year}, les règles de ${c.rules.anneeScolaire}.`,
        'evaluation.annee',
      ),
    );
  }
  const at = evalInstant(instant, c.timeZone);
  if (at.isErr()) return err(at.error);
  return ok(evaluateInContext(state, evalContext(prepared, at.value)));
}
