/**
 * Evaluating a whole cohort in one call: every dossier's deadlines and alerts at one instant. Rules are
 * resolved and compiled once per school year (and établissement pack) inside the call; nothing is kept
 * between calls and no clock is read.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { CALENDRIERS, findCalendrier } from '../calendar/calendriers.js';
import { getAnneeScolaire } from '../calendar/local-date.js';
import type { CalendrierScolaire } from '../calendar/types.js';
import { getAnneeStageCourante, getUaiActuel } from '../dossier/annee.js';
import type { DossierState } from '../dossier/state.js';
import { issue, type NotFoundError, type ValidationError, validationError } from '../errors.js';
import type { Echelle } from '../referentiel/types.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import { parseRulePack, type RulePack } from '../rules/pack.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import { type EvalContext, evalContext } from './deadlines.js';
import { evalInstant, evaluateInContext } from './evaluate-dossier.js';
import { prepare } from './prepared.js';
import type { DossierEvaluation } from './types.js';

/**
 * The rules of a cohort: the layered packs, the établissement packs by UAI, the calendars.
 *
 * @category Alertes
 */
export interface RuleSet {
  /** National pack then the académie's pack (lowest layer first). */
  readonly layers: readonly RulePack[];
  /** Établissement packs; each applies to the dossiers whose current EPLE has its UAI. */
  readonly etablissements?: readonly RulePack[];
  /** Calendars of the académie, one per school year evaluated (default: those shipped with core). */
  readonly calendriers?: readonly CalendrierScolaire[];
  /** Rating scales (default: the référentiel's). */
  readonly echelles?: readonly Echelle[];
}

/**
 * A dossier the cohort evaluation could not evaluate, and why.
 *
 * @category Alertes
 */
export interface SkippedDossier {
  readonly dossierId: string;
  readonly error: ValidationError | NotFoundError;
}

/**
 * The result of a cohort evaluation.
 *
 * @category Alertes
 */
export interface CohortEvaluation {
  /** The instant, ISO 8601 in the académie's zone. */
  readonly instant: string;
  /** One evaluation per dossier evaluated, in input order. */
  readonly evaluations: readonly DossierEvaluation[];
  /** Dossiers not evaluated: another académie, a school year without calendar… */
  readonly skipped: readonly SkippedDossier[];
}

function toRuleSet(rules: RuleSet | RulePack): RuleSet {
  if ('layers' in rules) return rules;
  return { layers: rules.layer === 'national' ? [rules] : [packNational, rules] };
}

/**
 * Evaluates every dossier of a cohort at one instant.
 *
 * @param dossiers - the dossiers (folds of their events), of one académie.
 * @param instant - the instant (ISO 8601 with offset, or epoch milliseconds).
 * @param rules - an académie pack (with the national pack and the shipped calendars), or a full
 * {@link RuleSet}.
 * @returns the evaluations and the dossiers skipped with their reason; a validation error when a pack is
 * invalid or the instant has no offset.
 * @example
 * ```ts
 * const result = evaluateCohort(states, '2022-12-01T08:00:00+04:00', packReunion);
 * if (result.isErr()) return;
 * const overdue = result.value.evaluations.flatMap((e) => e.alerts).filter((a) => a.code === 'BILAN_EN_RETARD');
 * ```
 * @category Alertes
 */
export function evaluateCohort(
  dossiers: readonly DossierState[],
  instant: string | number,
  rules: RuleSet | RulePack,
): Result<CohortEvaluation, ValidationError> {
  if (!Array.isArray(dossiers))
    return err(invalidInput('evaluateCohort', 'une liste de dossiers', ['dossiers']));
  if (!isRecord(rules)) return err(invalidInput('evaluateCohort', 'un pack ou un jeu de règles', ['rules']));
  return guardResult('evaluateCohort', () => evaluateCohortChecked(dossiers, instant, rules));
}

function evaluateCohortChecked(
  dossiers: readonly DossierState[],
  instant: string | number,
  rules: RuleSet | RulePack,
): Result<CohortEvaluation, ValidationError> {
  const set = toRuleSet(rules);
  for (const pack of [...set.layers, ...(set.etablissements ?? [])]) {
    const parsed = parseRulePack(pack);
    if (parsed.isErr()) return err(parsed.error);
  }
  const academiePack = set.layers.find((p) => p.layer === 'academie');
  const calendriers = set.calendriers ?? CALENDRIERS;
  const etablissements = new Map((set.etablissements ?? []).map((p) => [p.uai ?? '', p]));
  const cache = new Map<string, Result<EvalContext, ValidationError | NotFoundError>>();
  const evaluations: DossierEvaluation[] = [];
  const skipped: SkippedDossier[] = [];
  let instantIso: string | undefined;
  for (const state of dossiers) {
    const academie = state.identite.academie;
    if (academiePack?.academie !== undefined && academiePack.academie !== academie) {
      skipped.push({
        dossierId: state.dossierId,
        error: validationError(
          `Le dossier relève de l’académie ${academie}, pas de ${academiePack.academie}.`,
          [issue('evaluation.academie', `Académie ${academie}.`)],
        ),
      });
      continue;
    }
    const annee = getAnneeStageCourante(state);
    const year = annee ? getAnneeScolaire(annee.dateDebut) : state.identite.anneeScolaire;
    const uai = getUaiActuel(state);
    const etab = etablissements.get(uai);
    const key = `${academie}\u0000${year}\u0000${etab ? uai : ''}`;
    let entry = cache.get(key);
    if (!entry) {
      const calendrier = findCalendrier(calendriers, academie, year);
      if (calendrier.isErr()) entry = err(calendrier.error);
      else {
        const compiled = compileRules({
          layers: etab ? [...set.layers, etab] : set.layers,
          anneeScolaire: year,
          calendrier: calendrier.value,
          ...(set.echelles ? { echelles: set.echelles } : {}),
        });
        if (compiled.isErr()) entry = err(compiled.error);
        else {
          const at = evalInstant(instant, compiled.value.timeZone);
          entry = at.isErr() ? err(at.error) : ok(evalContext(prepare(compiled.value), at.value));
        }
      }
      cache.set(key, entry);
    }
    if (entry.isErr()) {
      if (entry.error.kind === 'validation' && entry.error.issues[0]?.code === 'instant.invalide')
        return err(entry.error);
      skipped.push({ dossierId: state.dossierId, error: entry.error });
      continue;
    }
    instantIso ??= entry.value.at.iso;
    evaluations.push(evaluateInContext(state, entry.value));
  }
  const fallback = typeof instant === 'number' ? new Date(instant).toISOString() : instant;
  return ok({ instant: instantIso ?? fallback, evaluations, skipped });
}
