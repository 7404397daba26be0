/**
 * The input shared by the cohort overview and the alert list: dossiers with their evaluation.
 *
 * @packageDocumentation
 */
import {
  type DossierEvaluation,
  type DossierState,
  type Issue,
  issue,
  type ValidationError,
  validationError,
} from '@tremplin/core';

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
          issue(
            'tableur.evaluation.autre-dossier',
            `L'évaluation porte sur le dossier ${d.evaluation.dossierId}, pas sur ${d.state.dossierId}.`,
            ['dossiers', i],
          ),
        ],
  );
  return issues.length === 0 ? undefined : validationError('Dossiers invalides.', issues);
}
