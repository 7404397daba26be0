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
 * - `FORMATION_EN_RETARD`: sessions the académie lists as held (EAFC, INSPÉ) that the stagiaire did not attend;
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

/**
 * The alerts that rest on a threshold no text sets: off by default (parameter `alertes.facultatives`, all
 * `false` nationally), switched on by an académie's pack, and then explained as the académie's choice.
 *
 * - `BILAN_SOUS_NIVEAU_ATTENDU`: the « niveau attendu » of a scale and the number of competencies below it
 *   that should alert are set by no text (NS 2015-055 gives grids, not thresholds; arrêté du 22 août 2014
 *   art. 5 asks for avis on grids, not for alerts on them);
 * - `VISITES_TUTEUR_INSUFFISANTES`, `VISITES_CHEZ_TUTEUR_INSUFFISANTES`: no national frequency of visits
 *   (the Réunion guide only says « très régulières », « régulières », § 4.4); a number of class days is the
 *   pack's reading of those words;
 * - `FORMATION_EN_RETARD`: no text sets a pace for the training days (the circulaire du 13 juillet 2022
 *   gives a volume over the year, the Réunion guide 12 days, § 2.2): the alert compares attendance with the
 *   sessions the académie lists as held.
 *
 * Every other code rests on a text or on the académie's own calendar: bilans and avis missing at their
 * deadline (arrêté du 22 août 2014 art. 5, the guide's dates), a dispositif d'alerte without protocole (the
 * guide's « devoir d'alerter »), leave beyond the threshold (décret n° 94-874 art. 26), pieces missing before
 * the jury (arrêté art. 5 and 6), the académie's milestones.
 *
 * @remarks Sources: arrêté du 22 août 2014 (MENH1411675A) art. 5; décret n° 94-874 art. 26; Réunion guide
 * 2022-2023 § 2.2 and § 4.4; deadlines-and-alerts.md § 1 and § 2 (« frequency is not fixed nationally »).
 * @category Alertes
 */
export const ALERTES_FACULTATIVES = [
  'BILAN_SOUS_NIVEAU_ATTENDU',
  'VISITES_TUTEUR_INSUFFISANTES',
  'VISITES_CHEZ_TUTEUR_INSUFFISANTES',
  'FORMATION_EN_RETARD',
] as const satisfies readonly AlertCode[];

/**
 * An alert that a pack must switch on (see {@link ALERTES_FACULTATIVES}).
 *
 * @category Alertes
 */
export type AlerteFacultative = (typeof ALERTES_FACULTATIVES)[number];
