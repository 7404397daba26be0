/**
 * The conditions the texts put on the dossier, as functions that explain themselves: what is missing before
 * the jury, whether the half of the stage is served.
 *
 * @packageDocumentation
 */
import { addDays } from '../calendar/local-date.js';
import { getAnneeCourante, getAnneeStageCourante } from '../dossier/annee.js';
import type { DossierState } from '../dossier/state.js';
import type { RoleAvis } from '../dossier/vocabulaire.js';
import { type RefusalReason, refusalReason } from '../errors.js';
import { countJoursCommuns, countJoursInclus } from './dates.js';
import type { ExigenceDossier, PieceDossier, WorkflowRules } from './rules.js';
import { countJoursTempsPartielNonEffectues } from './temps-partiel.js';

/**
 * Whether a requirement applies to this stagiaire in his current year.
 *
 * @param exigence - a requirement of the rules.
 * @param state - the dossier.
 * @returns true when the category, corps and year match.
 * @category Workflow
 */
export function isExigenceApplicable(exigence: ExigenceDossier, state: DossierState): boolean {
  const { categorie, corps } = state.identite;
  if (exigence.categories !== null && !exigence.categories.includes(categorie)) return false;
  if (exigence.corps !== null && !exigence.corps.includes(corps)) return false;
  if (exigence.seulementEnRenouvellement && getAnneeCourante(state) < 2) return false;
  return true;
}

/**
 * Whether the dossier holds a piece in the current year of stage.
 *
 * @param piece - an avis, a bilan or a visit.
 * @param state - the dossier.
 * @returns true when the piece is there.
 * @category Workflow
 */
export function isPieceFournie(piece: PieceDossier, state: DossierState): boolean {
  const annee = getAnneeCourante(state);
  switch (piece.kind) {
    case 'avis':
      return state.avis.some((a) => a.annee === annee && a.role === piece.role);
    case 'bilan':
      return state.bilans.some(
        (b) => b.annee === annee && b.nature === piece.nature && b.evaluateur.role === piece.role,
      );
    case 'visite':
      return state.visites.some(
        (v) => v.annee === annee && v.nature === piece.nature && v.statut === 'realisee',
      );
  }
}

function missingPieceReason(exigence: ExigenceDossier, avant: string): RefusalReason {
  return refusalReason(
    `piece-manquante.${exigence.id}`,
    `Il manque ${exigence.libelle} ${avant}.`,
    exigence.source,
  );
}

/**
 * What is missing before this dossier can go to the jury (or, for a category titularised without a jury,
 * before the recteur can titularise): every required piece not yet in the dossier for the current year, with
 * the text that requires it.
 *
 * @param state - the dossier.
 * @param rules - the rules (`piecesRequises`).
 * @returns the reasons, empty when the dossier is complete.
 * @example
 * ```ts
 * listPiecesManquantes(state, nationalWorkflowRules).map((r) => r.message);
 * // ['Il manque l’avis du directeur de l’INSPÉ avant la saisine du jury.']
 * ```
 * @category Workflow
 */
export function listPiecesManquantes(state: DossierState, rules: WorkflowRules): RefusalReason[] {
  const sansJury = rules.categoriesSansJury.valeur.includes(state.identite.categorie);
  const avant = sansJury ? 'avant la titularisation par le recteur' : 'avant la saisine du jury';
  return rules.piecesRequises
    .filter((e) => isExigenceApplicable(e, state) && !isPieceFournie(e.piece, state))
    .map((e) => missingPieceReason(e, avant));
}

/**
 * What must exist before an avis of a role can be given (e.g. the tuteur's report before the inspecteur's avis).
 *
 * @param state - the dossier.
 * @param rules - the rules (`prealablesAvis`).
 * @param role - the role giving the avis.
 * @returns the missing prerequisites, with their texts.
 * @category Workflow
 */
export function listPrealablesAvisManquants(
  state: DossierState,
  rules: WorkflowRules,
  role: RoleAvis,
): RefusalReason[] {
  return rules.prealablesAvis
    .filter((p) => p.avant === role && isExigenceApplicable(p, state) && !isPieceFournie(p.piece, state))
    .map((p) => missingPieceReason(p, 'avant cet avis'));
}

/**
 * Days of stage served in the current year up to a day included: calendar days since the start of the current
 * year, less the days that do not count as stage time (paid leave beyond the threshold, unpaid leave,
 * suspension), less the share of temps partiel not served: a day at 80 % counts 0.8 day of stage. The result is
 * fractional when there is temps partiel. Temps partiel thérapeutique counts in full.
 *
 * @param state - the dossier (nommé).
 * @param rules - the rules (leave, threshold, `tempsPartiel`).
 * @param jour - the day considered.
 * @returns the days served (possibly fractional), 0 before the nomination.
 * @remarks Décret n° 94-874 art. 8 (suspension), 15 (temps partiel « à due proportion »), 24 bis (temps partiel
 * thérapeutique in full), 26 (paid leave up to one tenth of the stage).
 * @category Workflow
 */
export function countJoursDeStageEffectues(state: DossierState, rules: WorkflowRules, jour: string): number {
  const annee = getAnneeStageCourante(state);
  if (annee === null || jour < annee.dateDebut) return 0;
  let remuneres = 0;
  let nonComptes = 0;
  for (const conge of state.conges) {
    const jours = countJoursCommuns(conge.debut, conge.fin, annee.dateDebut, jour);
    if (rules.conges.valeur[conge.nature].comptage === 'non-compte') nonComptes += jours;
    else remuneres += jours;
  }
  const seuil = rules.seuilCongesRemuneresJours.valeur;
  const tempsPartiel = countJoursTempsPartielNonEffectues(state, rules, annee.dateDebut, jour);
  return countJoursInclus(annee.dateDebut, jour) - nonComptes - Math.max(0, remuneres - seuil) - tempsPartiel;
}

/**
 * The first day on which the stagiaire has served the fraction of the normal duration required before a
 * licenciement for insuffisance professionnelle in the course of the stage (half: about 2 March for a stage
 * starting on 1 September).
 *
 * Time is counted as in {@link countJoursDeStageEffectues}: leave that does not count and temps partiel delay
 * the date (a day at 80 % counts 0.8 day of stage). In a year of renouvellement, `rules.miStageEnRenouvellement`
 * chooses the reading: `debut-du-stage` (default) counts from the start of the first year, each earlier year as
 * served in full (its normal length), so the half is reached on the first day of the renewed year;
 * `debut-de-l-annee` counts from the start of the current year only.
 *
 * @param state - the dossier (nommé).
 * @param rules - the rules (`fractionAvantLicenciement`, `miStageEnRenouvellement`, leave, temps partiel).
 * @returns the date, or null before the nomination.
 * @remarks Décret n° 94-874 art. 7: « lorsqu'il est en stage depuis un temps au moins égal à la moitié de la
 * durée normale du stage »; art. 15 (temps partiel). Counting earlier years in full is an assumption: a year
 * ends with a decision of the jury or the authority, so it was served.
 * @category Workflow
 */
export function computeDateMiStage(state: DossierState, rules: WorkflowRules): string | null {
  const annee = getAnneeStageCourante(state);
  if (annee === null) return null;
  const dureeNormale = countJoursInclus(annee.dateDebut, annee.dateFinStatutaire);
  const anterieurs =
    rules.miStageEnRenouvellement.valeur === 'debut-du-stage' ? (annee.numero - 1) * dureeNormale : 0;
  const requis = rules.fractionAvantLicenciement.valeur * dureeNormale - anterieurs;
  if (requis <= 0) return annee.dateDebut;
  let jour = addDays(annee.dateDebut, Math.max(0, Math.ceil(requis) - 1));
  // Each step adds at least half a served day outside leave; leave is finite, so this ends. The margin absorbs
  // floating-point dust from fractional temps partiel days.
  while (countJoursDeStageEffectues(state, rules, jour) < requis - 1e-9) jour = addDays(jour, 1);
  return jour;
}
