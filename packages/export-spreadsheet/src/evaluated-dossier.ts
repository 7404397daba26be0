/**
 * The input shared by the cohort overview and the alert list: dossiers with their evaluation.
 *
 * @packageDocumentation
 */
import type { DossierEvaluation, DossierState, Issue, ValidationError } from '@tremplin/core';

/** A dossier with its deadlines and alerts evaluated by the core at some instant. */
export interface EvaluatedDossier {
  readonly state: DossierState;
  readonly evaluation: DossierEvaluation;
}

/**
 * Checks that each evaluation belongs to its dossier.
 *
 * @param dossiers - the pairs.
 * @returns a ValidationError naming each mismatched pair, or undefined.
 */
export function checkEvaluatedDossiers(dossiers: readonly EvaluatedDossier[]): ValidationError | undefined {
  const issues: Issue[] = dossiers.flatMap((d, i) =>
    d.evaluation.dossierId === d.state.dossierId
      ? []
      : [
          {
            code: 'tableur.evaluation.autre-dossier',
            message: `L'évaluation porte sur le dossier ${d.evaluation.dossierId}, pas sur ${d.state.dossierId}.`,
            path: ['dossiers', i],
          },
        ],
  );
  return issues.length === 0 ? undefined : { kind: 'validation', message: 'Dossiers invalides.', issues };
}
