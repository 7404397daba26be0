/**
 * The effect of leave on the length of the stage and on the titularisation date.
 *
 * @packageDocumentation
 */
import { addDays } from '../calendar/local-date.js';
import { getAnneeStageCourante } from '../dossier/annee.js';
import type { DossierState } from '../dossier/state.js';
import { countJoursCommuns } from './dates.js';
import type { WorkflowRules } from './rules.js';

/**
 * The computed effect of the leave of the current year of stage.
 *
 * @category Workflow
 */
export interface EffetConges {
  /** The year of stage considered. */
  readonly annee: number;
  readonly dateDebut: string;
  readonly dateFinStatutaire: string;
  /** Days of paid leave (other than congé annuel) since the start of the year. */
  readonly joursCongesRemuneres: number;
  /** Of which maternity, paternity, adoption (art. 22). */
  readonly joursArt22: number;
  /** Days of leave or interruption that never count as stage time (unpaid leave, suspension). */
  readonly joursNonComptes: number;
  /** The threshold of paid leave counted as stage time (one tenth of the stage). */
  readonly seuil: number;
  /** Days the stage is extended by: paid leave beyond the threshold, plus days that never count. */
  readonly joursProlongation: number;
  /** The effective last day of the stage. */
  readonly dateFinEffective: string;
  /** The last day of stage that sets the titularisation date (art. 22 leave not counted). */
  readonly dateFinPourTitularisation: string;
  /** The computation in words (French). */
  readonly explication: readonly string[];
}

/**
 * Computes how the leave recorded in the current year of stage extends it.
 *
 * Paid leave other than congé annuel counts as stage time up to the threshold (36 days for one year); beyond,
 * the stage is extended day for day. Leave that never counts (unpaid leave, suspension) extends it day for day.
 * The titularisation takes effect at the end of the stage not counting the extension due to maternity,
 * paternity or adoption leave: that date is computed as if those days were not paid leave.
 *
 * @param state - the dossier (nommé).
 * @param rules - the rules (threshold and how each kind of leave counts).
 * @returns the effect, or null before the nomination.
 * @remarks Décret n° 94-874 art. 8, 22, 26; service-public F1895 (57 days of sick leave → 21 days; 112 days of
 * maternity → 76 days but titularisation at the normal date). Leave is counted from the first day of the
 * current year of stage; the threshold applies to each year of stage (assumption for a renouvellement).
 * @example
 * ```ts
 * computeEffetConges(state, nationalWorkflowRules)?.joursProlongation; // 21 for 57 days of sick leave
 * ```
 * @category Workflow
 */
export function computeEffetConges(state: DossierState, rules: WorkflowRules): EffetConges | null {
  const annee = getAnneeStageCourante(state);
  if (annee === null) return null;
  const traitement = rules.conges.valeur;
  const seuil = rules.seuilCongesRemuneresJours.valeur;
  let remuneres = 0;
  let art22 = 0;
  let nonComptes = 0;
  for (const conge of state.conges) {
    const jours = countJoursCommuns(conge.debut, conge.fin, annee.dateDebut, null);
    if (jours === 0) continue;
    const t = traitement[conge.nature];
    if (t.comptage === 'non-compte') {
      nonComptes += jours;
    } else {
      remuneres += jours;
      if (t.titularisationNonDecalee) art22 += jours;
    }
  }
  const prolongation = Math.max(0, remuneres - seuil) + nonComptes;
  const prolongationTitularisation = Math.max(0, remuneres - art22 - seuil) + nonComptes;
  const explication = [
    `Congés rémunérés depuis le ${annee.dateDebut} : ${remuneres} jour(s), dont ${art22} de maternité, paternité ou adoption ; seuil compté comme temps de stage : ${seuil} jour(s).`,
    `Jours non comptés comme temps de stage (congés sans traitement, suspension) : ${nonComptes}.`,
    `Prolongation : ${prolongation} jour(s) ; fin effective du stage le ${addDays(annee.dateFinStatutaire, prolongation)}.`,
  ];
  if (art22 > 0) {
    explication.push(
      `La titularisation prend effet sans tenir compte de la prolongation due aux congés de maternité, paternité ou adoption (décret n° 94-874 art. 22) : fin retenue le ${addDays(annee.dateFinStatutaire, prolongationTitularisation)}.`,
    );
  }
  return {
    annee: annee.numero,
    dateDebut: annee.dateDebut,
    dateFinStatutaire: annee.dateFinStatutaire,
    joursCongesRemuneres: remuneres,
    joursArt22: art22,
    joursNonComptes: nonComptes,
    seuil,
    joursProlongation: prolongation,
    dateFinEffective: addDays(annee.dateFinStatutaire, prolongation),
    dateFinPourTitularisation: addDays(annee.dateFinStatutaire, prolongationTitularisation),
    explication,
  };
}
