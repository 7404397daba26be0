/**
 * The grid and scale a positionnement is given on, and its validation before it is recorded.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { getProfil } from '../dossier/corps.js';
import type { DossierState } from '../dossier/state.js';
import { issue, type ValidationError, validationError } from '../errors.js';
import { echellesParDefaut } from '../referentiel/data/echelles.js';
import { grillesNationales } from '../referentiel/data/grilles.js';
import { getEchelle } from '../referentiel/echelles.js';
import { selectGrille } from '../referentiel/grilles.js';
import { type PositionnementInput, validatePositionnement } from '../referentiel/positionnement.js';
import type { Echelle, Grille, Positionnement } from '../referentiel/types.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import type { RuledContext, WorkflowContext } from './context.js';

/**
 * What a positionnement is for: the stagiaire's auto-positionnement, or an intermediate or final bilan.
 *
 * @category Workflow
 */
export type UsagePositionnement = 'autopositionnement' | 'bilan-intermediaire' | 'bilan-final';

function invalid(code: string, message: string): ValidationError {
  return validationError(message, [issue(code, message, ['positionnement'])]);
}

/**
 * The grid and scale to use for a positionnement on this dossier: the grid the rules choose for the corps and
 * school year, the scale the rules give for the usage (an académie's own grids and scales first).
 *
 * @param state - the dossier.
 * @param usage - what the positionnement is for.
 * @param ctx - the rules (`rules`, or the deprecated `regles`) and optional académie grids and scales.
 * @returns the grid and scale, or a {@link ValidationError} when the rules name none that exists (or are not
 * given: code `contexte.rules-manquantes`).
 * @example
 * ```ts
 * const r = selectGrilleEtEchelle(state, 'bilan-final', { rules: nationalWorkflowRules });
 * // r.value.grille.id === 'ns-2023-enseignants', r.value.echelle.id === 'tuteur-final'
 * ```
 * @category Workflow
 */
export function selectGrilleEtEchelle(
  state: DossierState,
  usage: UsagePositionnement,
  ctx: Pick<WorkflowContext, 'rules' | 'regles' | 'referentiel'>,
): Result<{ grille: Grille; echelle: Echelle }, ValidationError> {
  if (!isRecord(state) || !isRecord(state.identite)) {
    return err(invalidInput('selectGrilleEtEchelle', 'un dossier replié (foldDossier)', ['state']));
  }
  if (!isRecord(ctx)) return err(invalidInput('selectGrilleEtEchelle', 'un contexte { rules }', ['ctx']));
  return guardResult('selectGrilleEtEchelle', () => selectGrilleEtEchelleChecked(state, usage, ctx));
}

function selectGrilleEtEchelleChecked(
  state: DossierState,
  usage: UsagePositionnement,
  ctx: Pick<WorkflowContext, 'rules' | 'regles' | 'referentiel'>,
): Result<{ grille: Grille; echelle: Echelle }, ValidationError> {
  const rules = ctx.rules ?? ctx.regles;
  if (rules === undefined) {
    return err(
      invalid('contexte.rules-manquantes', 'Les règles du workflow ne sont pas données (champ « rules »).'),
    );
  }
  const { anneeScolaire } = state.identite;
  // The grid follows the profil: a documentaliste is a certifié evaluated on the documentalistes' grid.
  const corps = getProfil(state.identite);
  const grilles = [...(ctx.referentiel?.grilles ?? []), ...grillesNationales];
  const echelles = [...(ctx.referentiel?.echelles ?? []), ...echellesParDefaut];
  const choix = rules.evaluation.choixGrilles.valeur[corps];
  const grille = selectGrille(corps, anneeScolaire, choix, grilles);
  if (grille.isErr()) {
    return err(invalid('grille.introuvable', `Aucune grille utilisable : ${grille.error.message}`));
  }
  const echelleId = rules.evaluation.echelles.valeur[usage];
  const echelle = getEchelle(echelleId, echelles);
  if (echelle === undefined) {
    return err(
      invalid('echelle.introuvable', `L’échelle « ${echelleId} » prévue pour « ${usage} » est inconnue.`),
    );
  }
  return ok({ grille: grille.value, echelle });
}

/**
 * Validates a positionnement against the dossier's grid and scale. Items (or, in blocks without items,
 * competencies) may stay blank, in a bilan as in an auto-positionnement; « non observé » is accepted where the
 * scale has it.
 *
 * @param state - the dossier.
 * @param input - the positionnement as sent.
 * @param usage - what it is for.
 * @param ctx - the rules and optional académie grids and scales.
 * @returns the validated positionnement, or a {@link ValidationError} listing every problem.
 * @remarks NS n° 2015-055, fiche 12: « certains items peuvent ne pas l'être » (rated).
 * @category Workflow
 */
export function validatePositionnementDuDossier(
  state: DossierState,
  input: PositionnementInput,
  usage: UsagePositionnement,
  ctx: Pick<RuledContext, 'rules' | 'referentiel'>,
): Result<Positionnement, ValidationError> {
  const contexte = selectGrilleEtEchelle(state, usage, ctx);
  if (contexte.isErr()) return err(contexte.error);
  const { grille, echelle } = contexte.value;
  return validatePositionnement(input, { corps: getProfil(state.identite), grille, echelle });
}

/**
 * The grid an avis rests on, with the scale of a positionnement given with it: the dossier's grid for the corps
 * and school year and the final bilan's scale, whatever bilans the académie asks for. A pack without the chef
 * d'établissement's final bilan (Lyon) still gives him the grid his avis rests on.
 *
 * @param state - the dossier.
 * @param ctx - the rules and optional académie grids and scales.
 * @returns the grid and scale, or a {@link ValidationError} when the rules name none that exists.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5, 1° and 2°: the inspecteur's and the chef
 * d'établissement's avis are each « établi sur la base d'une grille d'évaluation ».
 * @category Workflow
 */
export function selectGrilleAvis(
  state: DossierState,
  ctx: Pick<WorkflowContext, 'rules' | 'regles' | 'referentiel'>,
): Result<{ grille: Grille; echelle: Echelle }, ValidationError> {
  return selectGrilleEtEchelle(state, 'bilan-final', ctx);
}
