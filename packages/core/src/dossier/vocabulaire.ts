/**
 * The closed vocabularies of the dossier: kinds of visits, entretiens, bilans, leave, alerts, avis and decisions.
 *
 * @packageDocumentation
 */
import { z } from 'zod';

/**
 * Kinds of visit.
 *
 * - `visite-formative`: the tuteur observes the stagiaire's class, with an entretien before and after;
 * - `visite-chez-tuteur`: the stagiaire observes the tuteur's classes (or other colleagues');
 * - `visite-formateur-inspe`: an INSPÉ trainer's visit;
 * - `visite-conseil`: an inspecteur's advisory visit;
 * - `inspection`: an inspection, on which the inspecteur's avis may rest.
 *
 * @remarks Réunion guide 2022-2023 § 4.4 (« Les visites formatives »); arrêté du 22 août 2014 art. 5 1°
 * (« L'avis peut également résulter … d'une inspection »).
 * @category Dossier
 */
export const natureVisiteSchema = z.enum([
  'visite-formative',
  'visite-chez-tuteur',
  'visite-formateur-inspe',
  'visite-conseil',
  'inspection',
]);
/**
 * A kind of visit.
 *
 * @category Dossier
 */
export type NatureVisite = z.infer<typeof natureVisiteSchema>;

/**
 * Kinds of entretien (other than the jury's): preparatory, after a visit, of positionnement, intermediate
 * (e.g. the chef d'établissement's), other.
 *
 * @remarks Réunion guide § 2.2 (« entretiens de positionnement »), § 4.4, and the chef's « entretiens
 * intermédiaires ».
 * @category Dossier
 */
export const natureEntretienSchema = z.enum([
  'preparatoire',
  'apres-visite',
  'positionnement',
  'intermediaire',
  'autre',
]);
/**
 * A kind of entretien.
 *
 * @category Dossier
 */
export type NatureEntretien = z.infer<typeof natureEntretienSchema>;

/**
 * Kinds of bilan: the intermediate one (« fin novembre » in Réunion) and the final one (« fin avril »).
 *
 * @remarks Réunion guide § 5: « Le chef d'établissement et le tuteur académique procèdent à un bilan des
 * compétences professionnelles … deux fois au cours de l'année ».
 * @category Dossier
 */
export const natureBilanSchema = z.enum(['intermediaire', 'final']);
/**
 * A kind of bilan.
 *
 * @category Dossier
 */
export type NatureBilan = z.infer<typeof natureBilanSchema>;

/**
 * Roles that may file a bilan (each keeps his own).
 *
 * @category Dossier
 */
export const roleEvaluateurSchema = z.enum(['tuteur', 'chef-etablissement', 'inspecteur', 'formateur-inspe']);
/**
 * A role that may file a bilan.
 *
 * @category Dossier
 */
export type RoleEvaluateur = z.infer<typeof roleEvaluateurSchema>;

/**
 * The roles whose avis the jury reads: inspecteur (1°), chef d'établissement (2°), directeur de l'INSPÉ (3°).
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5.
 * @category Dossier
 */
export const roleAvisSchema = z.enum(['inspecteur', 'chef-etablissement', 'directeur-inspe']);
/**
 * A role whose avis the jury reads.
 *
 * @category Dossier
 */
export type RoleAvis = z.infer<typeof roleAvisSchema>;

/**
 * The sense of an avis: binary.
 *
 * @remarks SECONDARY (SNES Lyon: « Trois avis … favorable/défavorable »).
 * @category Dossier
 */
export const sensAvisSchema = z.enum(['favorable', 'defavorable']);
/**
 * The sense of an avis.
 *
 * @category Dossier
 */
export type SensAvis = z.infer<typeof sensAvisSchema>;

/**
 * Training providers: the EAFC (école académique de la formation continue), the INSPÉ, another body.
 *
 * @category Dossier
 */
export const operateurFormationSchema = z.enum(['EAFC', 'INSPE', 'autre']);
/**
 * A training provider.
 *
 * @category Dossier
 */
export type OperateurFormation = z.infer<typeof operateurFormationSchema>;

/**
 * Attendance at a training day.
 *
 * @category Dossier
 */
export const presenceFormationSchema = z.enum(['present', 'absent-justifie', 'absent']);
/**
 * Attendance at a training day.
 *
 * @category Dossier
 */
export type PresenceFormation = z.infer<typeof presenceFormationSchema>;

/**
 * Kinds of leave and of interruption of the stage. Whether each is paid, and whether it falls under art. 22
 * (titularisation date kept), is rule data (`WorkflowRules.conges`), not code.
 *
 * - `citis`: congé pour invalidité temporaire imputable au service (ordonnance n° 2017-53 du 19 janvier 2017),
 *   today's name of the leave after an accident de service or a maladie professionnelle (stored as
 *   `accident-service` before Tremplin 0.2; read as `citis`);
 * - `presence-parentale`: congé de présence parentale (art. 21 bis);
 * - `accompagnement-fin-de-vie`: congé d'accompagnement d'une personne en fin de vie (art. 19 bis).
 *
 * Temps partiel (art. 15) and temps partiel thérapeutique (art. 24 bis) are not leaves: they are periods of
 * service at a quotité, recorded by `temps-partiel.enregistrer`.
 *
 * @remarks Décret n° 94-874 du 7 octobre 1994: art. 8 (suspension), 19 bis (fin de vie), 21 bis (présence
 * parentale), 22 (maternité, adoption, paternité), 23 (congé sans traitement pour convenances personnelles),
 * 24 (maladie ordinaire, longue maladie, longue durée; congé sans traitement after sick leave), 26 (paid leave
 * counts up to one tenth of the stage).
 * @category Dossier
 */
export const natureCongeSchema = z.enum([
  'maladie-ordinaire',
  'longue-maladie',
  'longue-duree',
  'citis',
  'maternite',
  'paternite',
  'adoption',
  'sans-traitement-convenances',
  'sans-traitement-inaptitude',
  'parental',
  'presence-parentale',
  'accompagnement-fin-de-vie',
  'suspension',
]);
/**
 * A kind of leave or interruption.
 *
 * @category Dossier
 */
export type NatureConge = z.infer<typeof natureCongeSchema>;

/**
 * When the dispositif d'aide et d'alerte is triggered: early (first weeks) or in the course of the year.
 *
 * @remarks Réunion guide § 4.4 (« de façon précoce … ; en cours d'année … »).
 * @category Dossier
 */
export const momentAlerteSchema = z.enum(['precoce', 'en-cours-annee']);
/**
 * When an alert is triggered.
 *
 * @category Dossier
 */
export type MomentAlerte = z.infer<typeof momentAlerteSchema>;

/**
 * Grounds of an alert.
 *
 * @remarks Réunion guide § 4.4: « gestes et postures professionnelles inadaptées, possibilité de mise en danger
 * des élèves, difficultés nombreuses exprimées ou non par le stagiaire ; … si l'évolution professionnelle est
 * jugée insuffisante ». SNES adds the « posture de fonctionnaire défaillante » and « problèmes récurrents de
 * gestion de classe » (SECONDARY).
 * @category Dossier
 */
export const motifAlerteSchema = z.enum([
  'gestes-postures-inadaptes',
  'mise-en-danger-eleves',
  'difficultes-nombreuses',
  'evolution-insuffisante',
  'posture-fonctionnaire',
  'gestion-de-classe',
  'autre',
]);
/**
 * A ground of alert.
 *
 * @category Dossier
 */
export type MotifAlerte = z.infer<typeof motifAlerteSchema>;

/**
 * The decisions that close or extend a year of stage.
 *
 * - `titularisation`: the stagiaire is apt and titularised;
 * - `renouvellement`: a second (and last) year of stage;
 * - `prolongation-master`: apt but still without the required master: one more year;
 * - `licenciement`: not apt, no second year, not a détaché;
 * - `reintegration`: not apt, a détaché: end of détachement, back to the corps of origin.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9; décret n° 94-874 art. 5 and 7.
 * @category Dossier
 */
export const natureDecisionSchema = z.enum([
  'titularisation',
  'renouvellement',
  'prolongation-master',
  'licenciement',
  'reintegration',
]);
/**
 * A decision on a year of stage.
 *
 * @category Dossier
 */
export type NatureDecision = z.infer<typeof natureDecisionSchema>;
