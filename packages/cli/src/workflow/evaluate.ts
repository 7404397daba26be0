/**
 * Deadlines and alerts of dossiers at an instant, through the core's `evaluateCohort`, one call per académie
 * (each with its packs, and the instant read in its zone).
 *
 * @packageDocumentation
 */
import {
  type DossierEvaluation,
  type DossierState,
  evaluateCohort,
  type NotFoundError,
  type SkippedDossier,
  type StoreFailure,
  type ValidationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { type AtSpec, resolveAt } from '../args/instant.js';
import type { RulesProvider } from './rules.js';

/** A dossier with its evaluation. */
export interface EvaluatedDossier {
  readonly state: DossierState;
  readonly evaluation: DossierEvaluation;
}

/** A dossier set aside before evaluation: its log could not be read. */
export interface UnreadDossier {
  readonly dossierId: string;
  readonly error: ValidationError | StoreFailure | NotFoundError;
}

/** The evaluations of a set of dossiers. */
export interface Evaluations {
  /** In the order of the dossiers given. */
  readonly dossiers: readonly EvaluatedDossier[];
  /**
   * Dossiers not evaluated, with the reason: the core could not (no calendar for their year…), or their log
   * could not be read (changed outside Tremplin, an unknown event).
   */
  readonly skipped: readonly (SkippedDossier | UnreadDossier)[];
  /** The instant of evaluation by académie, ISO 8601 in its zone. */
  readonly instants: Readonly<Record<string, string>>;
}

/**
 * Evaluates dossiers at an instant.
 *
 * @param states - the dossiers.
 * @param at - the instant (`--at`), read in each académie's zone.
 * @param rules - gives each académie's zone.
 * @returns the evaluations, or a validation error of the rules.
 */
export function evaluateStates(
  states: readonly DossierState[],
  at: AtSpec,
  rules: RulesProvider,
): Result<Evaluations, ValidationError> {
  const byAcademie = new Map<string, DossierState[]>();
  for (const s of states) {
    const list = byAcademie.get(s.identite.academie) ?? [];
    list.push(s);
    byAcademie.set(s.identite.academie, list);
  }
  const evaluations = new Map<string, DossierEvaluation>();
  const skipped: SkippedDossier[] = [];
  const instants: Record<string, string> = {};
  for (const [academie, group] of byAcademie) {
    const ms = resolveAt(at, rules.timeZoneOf(academie));
    const result = evaluateCohort(group, ms, rules.ruleSetFor(academie));
    if (result.isErr()) return err(result.error);
    instants[academie] = result.value.instant;
    for (const e of result.value.evaluations) evaluations.set(e.dossierId, e);
    skipped.push(...result.value.skipped);
  }
  const dossiers: EvaluatedDossier[] = [];
  for (const state of states) {
    const evaluation = evaluations.get(state.dossierId);
    if (evaluation !== undefined) dossiers.push({ state, evaluation });
  }
  return ok({ dossiers, skipped, instants });
}
