/**
 * The stable codes of the alerts. A code never changes meaning once published: programs route and
 * filter on it; the French message may be reworded.
 *
 * @packageDocumentation
 */

/**
 * Every alert code, in a stable order.
 *
 * - `BILAN_A_RENDRE` / `BILAN_EN_RETARD`: a bilan (intermédiaire or final) of an assessor is due soon / overdue;
 * - `AVIS_A_RENDRE` / `AVIS_EN_RETARD`: an avis for the jury is due soon / overdue;
 * - `VISITES_TUTEUR_INSUFFISANTES`: the tuteur's visits are below the pack's cadence;
 * - `VISITES_CHEZ_TUTEUR_INSUFFISANTES`: the stagiaire's visits to the tuteur's classes are below cadence;
 * - `FORMATION_EN_RETARD`: training days behind the expected pace of the year's credit;
 * - `BILAN_SOUS_NIVEAU_ATTENDU`: a bilan positions competencies below the expected level of its scale;
 * - `PROTOCOLE_NON_OUVERT`: a dispositif d'alerte was raised and no protocole d'accompagnement renforcé
 *   was opened within the pack's delay;
 * - `CONGES_PROLONGATION`: paid leave has crossed the threshold (36 days): the stage will be prolonged;
 * - `INSPECTION_A_PROGRAMMER`: the pack requires an inspection for this stagiaire and none took place;
 * - `DOSSIER_INCOMPLET_JURY`: the dossier will not (or did not) have every piece by the jury's date;
 * - `ECHEANCE_ACADEMIQUE_A_RENDRE` / `ECHEANCE_ACADEMIQUE_EN_RETARD`: a milestone the académie's pack adds.
 *
 * @category Alertes
 */
export const ALERT_CODES = [
  'BILAN_A_RENDRE',
  'BILAN_EN_RETARD',
  'AVIS_A_RENDRE',
  'AVIS_EN_RETARD',
  'VISITES_TUTEUR_INSUFFISANTES',
  'VISITES_CHEZ_TUTEUR_INSUFFISANTES',
  'FORMATION_EN_RETARD',
  'BILAN_SOUS_NIVEAU_ATTENDU',
  'PROTOCOLE_NON_OUVERT',
  'CONGES_PROLONGATION',
  'INSPECTION_A_PROGRAMMER',
  'DOSSIER_INCOMPLET_JURY',
  'ECHEANCE_ACADEMIQUE_A_RENDRE',
  'ECHEANCE_ACADEMIQUE_EN_RETARD',
] as const;

/**
 * A stable alert code (see {@link ALERT_CODES}).
 *
 * @category Alertes
 */
export type AlertCode = (typeof ALERT_CODES)[number];
