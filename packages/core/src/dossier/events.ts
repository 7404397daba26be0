/**
 * The events of a stagiaire's dossier: the append-only record of his year, as the texts describe it.
 *
 * Every event is a plain JSON object with a `type` discriminant, a schema version `v`, the instant `le` it was
 * decided (the `now` of the command) and its `auteur` (role and identifier). Dates of the domain (a visit's day,
 * a leave's first day) are calendar dates `YYYY-MM-DD`.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { competenceCodeSchema } from '../referentiel/codes.js';
import { auteurRefSchema, personneRefSchema } from './acteurs.js';
import { identifiantSchema, isoDateSchema, isoInstantSchema, uaiSchema } from './identifiants.js';
import { acteursAssignesSchema, dossierIdentiteSchema } from './identite.js';
import { instantaneJurySchema } from './instantane-schema.js';
import { positionnementEnregistreSchema } from './positionnement.js';
import {
  momentAlerteSchema,
  motifAlerteSchema,
  natureBilanSchema,
  natureCongeSchema,
  natureDecisionSchema,
  natureEntretienSchema,
  natureVisiteSchema,
  operateurFormationSchema,
  presenceFormationSchema,
  sensAvisSchema,
} from './vocabulaire.js';

const texte = (max: number) => z.string().min(1).max(max);

function evenement<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z
    .object({
      type: z.literal(type),
      v: z.literal(1),
      le: isoInstantSchema,
      auteur: auteurRefSchema,
      ...shape,
    })
    .strict();
}

/**
 * An observation tied (or not) to a competency: a point d'appui or a competency to work on.
 *
 * @category Dossier
 */
export const observationCompetenceSchema = z
  .object({ competence: competenceCodeSchema.nullable(), observation: texte(4000) })
  .strict();
/**
 * An observation tied (or not) to a competency.
 *
 * @category Dossier
 */
export type ObservationCompetence = z.infer<typeof observationCompetenceSchema>;

/**
 * The dossier is opened by the rectorat with the stagiaire's identity and assigned actors.
 *
 * @category Dossier
 */
export const dossierOuvertSchema = evenement('dossier.ouvert', {
  dossierId: identifiantSchema,
  identite: dossierIdentiteSchema,
  acteurs: acteursAssignesSchema,
});
/**
 * The nomination is postponed on the stagiaire's request (pregnancy), at most one year. Décret 94-874 art. 4.
 *
 * @category Dossier
 */
export const nominationReporteeSchema = evenement('nomination.reportee', {
  motif: z.enum(['grossesse']),
  jusquau: isoDateSchema,
});
/**
 * The stagiaire is nommé (normally on 1 September): the stage starts; its statutory end is recorded.
 *
 * @category Dossier
 */
export const stagiaireNommeSchema = evenement('stagiaire.nomme', {
  dateNomination: isoDateSchema,
  dateDebutStage: isoDateSchema,
  dateFinStatutaire: isoDateSchema,
});
/**
 * The stagiaire's affectation changes to another EPLE.
 *
 * @category Dossier
 */
export const stagiaireAffecteSchema = evenement('stagiaire.affecte', { uai: uaiSchema, date: isoDateSchema });
/**
 * A tuteur is designated.
 *
 * @category Dossier
 */
export const tuteurDesigneSchema = evenement('tuteur.designe', {
  tuteur: personneRefSchema,
  date: isoDateSchema,
});
/**
 * A tuteur stops following the stagiaire (changed or withdrawn).
 *
 * @category Dossier
 */
export const tuteurRetireSchema = evenement('tuteur.retire', {
  tuteurId: identifiantSchema,
  date: isoDateSchema,
  motif: texte(2000).nullable(),
});
/**
 * Another actor is designated: a chef d'établissement, inspecteur or directeur de l'INSPÉ replaces the previous
 * one; an INSPÉ formateur is added (replacing `remplace` when given).
 *
 * @category Dossier
 */
export const acteurDesigneSchema = evenement('acteur.designe', {
  role: z.enum(['chef-etablissement', 'inspecteur', 'formateur-inspe', 'directeur-inspe']),
  personne: personneRefSchema,
  remplace: identifiantSchema.nullable(),
  date: isoDateSchema,
});
/**
 * The stagiaire records an auto-positionnement on the grid (fiche 14 of NS 2015-055, « outil d'accompagnement »).
 *
 * @category Dossier
 */
export const autopositionnementEnregistreSchema = evenement('autopositionnement.enregistre', {
  autopositionnementId: identifiantSchema,
  date: isoDateSchema,
  positionnement: positionnementEnregistreSchema,
  commentaire: texte(8000).nullable(),
});
/**
 * A visit is planned. `visiteur` is who visits (the tuteur, or the stagiaire for `visite-chez-tuteur`).
 *
 * @category Dossier
 */
export const visitePlanifieeSchema = evenement('visite.planifiee', {
  visiteId: identifiantSchema,
  nature: natureVisiteSchema,
  datePrevue: isoDateSchema,
  visiteur: auteurRefSchema,
});
/**
 * A visit took place, with what the visitor wrote at the end of the entretien: points d'appui, compétences à
 * travailler, conseils, axes de travail (Réunion guide § 4.4, « Le livret de suivi et le carnet de bord »).
 *
 * @category Dossier
 */
export const visiteRealiseeSchema = evenement('visite.realisee', {
  visiteId: identifiantSchema,
  nature: natureVisiteSchema,
  date: isoDateSchema,
  visiteur: auteurRefSchema,
  pointsAppui: z.array(observationCompetenceSchema).max(40),
  competencesATravailler: z.array(observationCompetenceSchema).max(40),
  conseils: z.array(texte(4000)).max(40),
  axesDeTravail: z.array(texte(4000)).max(20),
  compteRendu: texte(20000).nullable(),
});
/**
 * A planned visit is cancelled.
 *
 * @category Dossier
 */
export const visiteAnnuleeSchema = evenement('visite.annulee', {
  visiteId: identifiantSchema,
  motif: texte(2000),
});
/**
 * An entretien (other than the jury's) took place.
 *
 * @category Dossier
 */
export const entretienTenuSchema = evenement('entretien.tenu', {
  entretienId: identifiantSchema,
  nature: natureEntretienSchema,
  date: isoDateSchema,
  compteRendu: texte(20000).nullable(),
});
/**
 * A training day (or part of one) is recorded, with its provider, hours and attendance.
 *
 * @category Dossier
 */
export const formationEnregistreeSchema = evenement('formation.enregistree', {
  formationId: identifiantSchema,
  date: isoDateSchema,
  operateur: operateurFormationSchema,
  heures: z.number().positive().max(12),
  intitule: texte(500),
  presence: presenceFormationSchema,
});
/**
 * An assessor files a bilan (intermediate or final): his own positionnement and appréciation.
 *
 * @category Dossier
 */
export const bilanDeposeSchema = evenement('bilan.depose', {
  bilanId: identifiantSchema,
  nature: natureBilanSchema,
  date: isoDateSchema,
  positionnement: positionnementEnregistreSchema,
  appreciation: texte(20000),
});
/**
 * The dispositif d'aide et d'alerte is triggered (Réunion guide § 4.4).
 *
 * @category Dossier
 */
export const alerteDeclencheeSchema = evenement('alerte.declenchee', {
  alerteId: identifiantSchema,
  moment: momentAlerteSchema,
  motifs: z.array(motifAlerteSchema).min(1).max(7),
  date: isoDateSchema,
  description: texte(8000),
});
/**
 * An alert is lifted (difficulties resolved or handled otherwise).
 *
 * @category Dossier
 */
export const alerteLeveeSchema = evenement('alerte.levee', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  motif: texte(4000),
});
/**
 * A protocole d'accompagnement renforcé is opened following an alert.
 *
 * @category Dossier
 */
export const protocoleOuvertSchema = evenement('protocole.ouvert', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  mesures: z.array(texte(2000)).min(1).max(20),
  dateBilanPrevue: isoDateSchema.nullable(),
});
/**
 * A protocole d'accompagnement renforcé is closed, with its conclusion.
 *
 * @category Dossier
 */
export const protocoleClosSchema = evenement('protocole.clos', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  conclusion: texte(8000),
});
/**
 * A leave or an interruption of the stage, first and last day included.
 *
 * @category Dossier
 */
export const congeEnregistreSchema = evenement('conge.enregistre', {
  congeId: identifiantSchema,
  nature: natureCongeSchema,
  debut: isoDateSchema,
  fin: isoDateSchema,
});
/**
 * The stage is prolonged because of leave: paid leave beyond one tenth of the stage (36 days) and leave that
 * does not count as stage time extend it day for day. Décret n° 94-874 art. 8, 22, 26.
 *
 * @category Dossier
 */
export const stageProlongeSchema = evenement('stage.prolonge', {
  motif: z.literal('conges'),
  annee: z.number().int().min(1),
  joursCongesRemuneres: z.number().int().min(0),
  joursNonComptes: z.number().int().min(0),
  joursProlongation: z.number().int().min(1),
  dateFinEffective: isoDateSchema,
  /** Last day of stage that sets the titularisation date (art. 22: not moved by maternity, paternity, adoption). */
  dateFinPourTitularisation: isoDateSchema,
});
/**
 * An avis for the jury (inspecteur, chef d'établissement, directeur de l'INSPÉ); the role is the author's.
 *
 * @category Dossier
 */
export const avisEmisSchema = evenement('avis.emis', {
  avisId: identifiantSchema,
  sens: sensAvisSchema,
  motivation: texte(20000).nullable(),
  date: isoDateSchema,
});
/**
 * The stagiaire writes in his carnet de bord.
 *
 * @category Dossier
 */
export const carnetEntreeAjouteeSchema = evenement('carnet.entree-ajoutee', {
  entreeId: identifiantSchema,
  date: isoDateSchema,
  titre: texte(500),
  texte: texte(20000),
});
/**
 * The dossier is complete and goes to the jury académique for the current year of stage.
 *
 * @category Dossier
 */
export const dossierTransmisAuJurySchema = evenement('dossier.transmis-au-jury', {
  annee: z.number().int().min(1),
  date: isoDateSchema,
});
/**
 * The jury heard the stagiaire (arrêté du 22 août 2014 art. 6).
 *
 * @category Dossier
 */
export const juryEntretienTenuSchema = evenement('jury.entretien-tenu', {
  annee: z.number().int().min(1),
  date: isoDateSchema,
  compteRendu: texte(20000).nullable(),
});
/**
 * The stagiaire justified the master he lacked (arrêté du 22 août 2014 art. 9).
 *
 * @category Dossier
 */
export const masterJustifieSchema = evenement('master.justifie', {
  dateObtention: isoDateSchema,
  intitule: texte(500),
});
/**
 * A decision on the year of stage, by the jury (with the recteur's arrêté) or by the recteur alone (EU-qualified
 * lauréats, licenciement in the course of the stage, end of a prolongation). Carries the frozen view it rests on.
 *
 * @category Dossier
 */
export const decisionPrononceeSchema = evenement('decision.prononcee', {
  decision: natureDecisionSchema,
  instance: z.enum(['jury', 'recteur']),
  annee: z.number().int().min(1),
  motivation: texte(20000).nullable(),
  /** Date the decision takes effect (titularisation, licenciement, réintégration); null for a new year. */
  dateEffet: isoDateSchema.nullable(),
  /** The new year of stage (renouvellement) or the prolonged period (prolongation-master). */
  periodeSuivante: z
    .object({ dateDebut: isoDateSchema, dateFinStatutaire: isoDateSchema })
    .strict()
    .nullable(),
  instantane: instantaneJurySchema,
});
/**
 * The stagiaire hands in his démission (décret 94-874 art. 9: one month at least before the date of leaving).
 *
 * @category Dossier
 */
export const demissionPresenteeSchema = evenement('demission.presentee', {
  dateDemande: isoDateSchema,
  dateCessation: isoDateSchema,
});
/**
 * The démission is accepted by the recteur: it becomes irrevocable and ends the stage.
 *
 * @category Dossier
 */
export const demissionAccepteeSchema = evenement('demission.acceptee', { date: isoDateSchema });

/**
 * The zod schema of every dossier event (a discriminated union on `type`). Becomes a published JSON Schema.
 *
 * @example
 * ```ts
 * const parsed = dossierEventSchema.safeParse(JSON.parse(line));
 * ```
 * @category Dossier
 */
export const dossierEventSchema = z.discriminatedUnion('type', [
  dossierOuvertSchema,
  nominationReporteeSchema,
  stagiaireNommeSchema,
  stagiaireAffecteSchema,
  tuteurDesigneSchema,
  tuteurRetireSchema,
  acteurDesigneSchema,
  autopositionnementEnregistreSchema,
  visitePlanifieeSchema,
  visiteRealiseeSchema,
  visiteAnnuleeSchema,
  entretienTenuSchema,
  formationEnregistreeSchema,
  bilanDeposeSchema,
  alerteDeclencheeSchema,
  alerteLeveeSchema,
  protocoleOuvertSchema,
  protocoleClosSchema,
  congeEnregistreSchema,
  stageProlongeSchema,
  avisEmisSchema,
  carnetEntreeAjouteeSchema,
  dossierTransmisAuJurySchema,
  juryEntretienTenuSchema,
  masterJustifieSchema,
  decisionPrononceeSchema,
  demissionPresenteeSchema,
  demissionAccepteeSchema,
]);

/**
 * Every event of a dossier.
 *
 * @category Dossier
 */
export type DossierEvent = z.infer<typeof dossierEventSchema>;
/**
 * The `type` of a dossier event.
 *
 * @category Dossier
 */
export type DossierEventType = DossierEvent['type'];
/**
 * The event of a given type.
 *
 * @category Dossier
 */
export type DossierEventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;
/**
 * Every event type, in a stable order.
 *
 * @category Dossier
 */
export const dossierEventTypes: readonly DossierEventType[] = dossierEventSchema.options.map(
  (o) => o.shape.type.value,
);
