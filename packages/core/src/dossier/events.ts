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
import {
  autoriteSchema,
  commissionSchema,
  compositionJurySchema,
  conclusionMedicaleSchema,
  constatJurySchema,
  fondementDecisionSchema,
  formationCommissionSchema,
  instanceMedicaleSchema,
  natureTempsPartielSchema,
  objetAvisCommissionSchema,
  propositionJurySchema,
  sanctionSchema,
} from './chaine.js';
import { typesEvenementCorrigeable } from './corrections.js';
import { champPersonnelSchema, fondementEffacementSchema } from './donnees-personnelles.js';
import { identifiantSchema, isoDateSchema, isoInstantSchema, uaiSchema } from './identifiants.js';
import { acteursAssignesSchema, dossierIdentiteSchema, etablissementDossierSchema } from './identite.js';
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
 * The stagiaire's affectation changes to another EPLE (with its name when the rectorat gives it).
 *
 * @category Dossier
 */
export const stagiaireAffecteSchema = evenement('stagiaire.affecte', {
  uai: uaiSchema,
  date: isoDateSchema,
  etablissement: etablissementDossierSchema.exactOptional(),
});
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
 * @remarks `sessionId` names the session of the académie's `formation.sessions` the attendance is for;
 * without it, the attendance matches a session of the same date and organiser.
 * @category Dossier
 */
export const formationEnregistreeSchema = evenement('formation.enregistree', {
  formationId: identifiantSchema,
  date: isoDateSchema,
  operateur: operateurFormationSchema,
  heures: z.number().positive().max(12),
  intitule: texte(500),
  presence: presenceFormationSchema,
  sessionId: identifiantSchema.optional(),
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
 * The stage is prolonged because of leave or temps partiel: paid leave beyond one tenth of the stage (36 days)
 * and leave that does not count as stage time extend it day for day; temps partiel extends it in proportion to
 * the quotité. Décret n° 94-874 art. 8, 15, 22, 26.
 *
 * @category Dossier
 */
export const stageProlongeSchema = evenement('stage.prolonge', {
  motif: z.enum(['conges', 'temps-partiel', 'conges-et-temps-partiel']),
  annee: z.number().int().min(1),
  joursCongesRemuneres: z.number().int().min(0),
  joursNonComptes: z.number().int().min(0),
  /** Days added by temps partiel (décret n° 94-874 art. 15); absent in events written before Tremplin 0.2. */
  joursTempsPartiel: z.number().int().min(0).exactOptional(),
  joursProlongation: z.number().int().min(1),
  dateFinEffective: isoDateSchema,
  /** Last day of stage that sets the titularisation date (art. 22: not moved by maternity, paternity, adoption). */
  dateFinPourTitularisation: isoDateSchema,
});
/**
 * An avis for the jury (inspecteur, chef d'établissement, directeur de l'INSPÉ); the role is the author's. The
 * inspecteur's and the chef d'établissement's name the grid they rest on.
 *
 * @category Dossier
 */
export const avisEmisSchema = evenement('avis.emis', {
  avisId: identifiantSchema,
  sens: sensAvisSchema,
  motivation: texte(20000).nullable(),
  date: isoDateSchema,
  /**
   * Agrégés in a first year: with an unfavourable avis, the avis on allowing « une seconde et dernière année de
   * stage » (arrêté MENH1411677A art. 6).
   */
  secondeAnnee: sensAvisSchema.exactOptional(),
  /**
   * The grid the avis rests on (arrêté MENH1411675A art. 5: « établi sur la base d'une grille d'évaluation »);
   * absent for the directeur de l'INSPÉ's avis and in avis recorded before Tremplin 0.3.
   */
  grilleId: z.string().min(1).max(200).exactOptional(),
  /** The author's positionnement on that grid, given with the avis. */
  positionnement: positionnementEnregistreSchema.exactOptional(),
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
 * A period of temps partiel: on authorisation or by right (décret n° 94-874 art. 15: the stage lengthens in
 * proportion), or therapeutic (art. 24 bis). `quotite` is the share of a full-time service, in percent.
 *
 * @category Dossier
 */
export const tempsPartielEnregistreSchema = evenement('temps-partiel.enregistre', {
  periodeId: identifiantSchema,
  nature: natureTempsPartielSchema,
  quotite: z.number().int().min(50).max(99),
  debut: isoDateSchema,
  fin: isoDateSchema,
});
/**
 * The jury académique deliberated: its finding (apte, inapte, or not evaluated at this session), its
 * proposition, and the jury that sat. The competent authority decides afterwards. Carries the frozen view the
 * jury deliberated on.
 *
 * @remarks Arrêté MENH1411675A art. 4, 6, 9; décret n° 72-581 art. 26 (« sur proposition du jury »).
 * @category Dossier
 */
export const propositionJuryEmiseSchema = evenement('jury.proposition-emise', {
  annee: z.number().int().min(1),
  constat: constatJurySchema,
  /** Null when the stagiaire could not be evaluated (`non-evalue`). */
  proposition: propositionJurySchema.nullable(),
  motivation: texte(20000).nullable(),
  jury: compositionJurySchema,
  instantane: instantaneJurySchema,
});
/**
 * The avis and reports on an agrégé are addressed to the recteur (there is no jury académique).
 *
 * @remarks Arrêté MENH1411677A art. 7: « Les avis et rapports […] sont adressés au recteur de l'académie ».
 * @category Dossier
 */
export const dossierTransmisAuRecteurSchema = evenement('dossier.transmis-au-recteur', {
  annee: z.number().int().min(1),
  date: isoDateSchema,
  instantane: instantaneJurySchema,
});
/**
 * The recteur sends the ministre the dossier of a stagiaire neither titularised nor renewed.
 *
 * @remarks Arrêté MENH1411675A art. 9 (« Il transmet au ministre les dossiers ») ; MENH1411677A art. 7.
 * @category Dossier
 */
export const dossierTransmisAuMinistreSchema = evenement('dossier.transmis-au-ministre', {
  annee: z.number().int().min(1),
  date: isoDateSchema,
  motif: texte(8000).nullable(),
});
/**
 * A commission administrative paritaire gave its avis, in its ordinary formation or as conseil de discipline.
 *
 * @remarks Décret n° 94-874 art. 7 and 13; arrêté MENH1411677A art. 7 (CAPA, CAPN).
 * @category Dossier
 */
export const commissionAvisRenduSchema = evenement('commission.avis-rendu', {
  avisId: identifiantSchema,
  annee: z.number().int().min(1),
  commission: commissionSchema,
  formation: formationCommissionSchema,
  objet: objetAvisCommissionSchema,
  sens: sensAvisSchema,
  motivation: texte(20000).nullable(),
  date: isoDateSchema,
  /** The disciplinary procedure the avis belongs to (conseil de discipline). */
  procedureId: identifiantSchema.nullable(),
});
/**
 * A disciplinary procedure is engaged: the stagiaire was told he may see his whole dossier and be assisted by
 * defenders of his choice.
 *
 * @remarks Décret n° 94-874 art. 13.
 * @category Dossier
 */
export const disciplineEngageeSchema = evenement('discipline.engagee', {
  procedureId: identifiantSchema,
  date: isoDateSchema,
  /** Date the stagiaire was informed of his right to the communication of his dossier and to defenders. */
  dateInformation: isoDateSchema,
  griefs: texte(20000),
});
/**
 * A disciplinary sanction is pronounced, with its motivation and its author.
 *
 * @remarks Décret n° 94-874 art. 10 (the sanctions), 13 (motivated decision); décret n° 85-899 art. 3.
 * @category Dossier
 */
export const sanctionPrononceeSchema = evenement('sanction.prononcee', {
  procedureId: identifiantSchema,
  sanction: sanctionSchema,
  autorite: autoriteSchema,
  date: isoDateSchema,
  motivation: texte(20000),
  arrete: texte(200).nullable(),
  /** The exclusion temporaire's period (at most two months); null for the other sanctions. */
  exclusion: z.object({ debut: isoDateSchema, fin: isoDateSchema }).strict().nullable(),
});
/**
 * The medical body gave its avis on a stagiaire's fitness (décret n° 94-874 art. 24).
 *
 * @category Dossier
 */
export const avisMedicalRenduSchema = evenement('avis-medical.rendu', {
  avisId: identifiantSchema,
  instance: instanceMedicaleSchema,
  conclusion: conclusionMedicaleSchema,
  date: isoDateSchema,
});
/**
 * An act of the competent authority on the year of stage: the recteur's (titularisation, second year,
 * prolongation) or the ministre's (licenciement, réintégration), on the jury's proposition or, in the course of
 * the stage, on another ground. Carries the frozen view it rests on.
 *
 * `instance: 'jury'` appears only in logs written before Tremplin 0.2, where the jury's deliberation and the
 * act were one record; such events are read as the act of the recteur on the jury's proposition.
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 7; décret n° 72-581 art. 26; décret n° 94-874 art. 7,
 * 24.
 * @category Dossier
 */
export const decisionPrononceeSchema = evenement('decision.prononcee', {
  decision: natureDecisionSchema,
  instance: z.enum(['jury', 'recteur', 'vice-recteur', 'ministre']),
  /** The ground of the act; absent in events written before Tremplin 0.2. */
  fondement: fondementDecisionSchema.exactOptional(),
  /** The date the act was signed; absent in events written before Tremplin 0.2. */
  date: isoDateSchema.exactOptional(),
  /** The reference of the arrêté, when known. */
  arrete: texte(200).nullable().exactOptional(),
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
 * The stagiaire's personal data were rectified in the register of persons (RGPD art. 16): the event names the
 * fields changed, never their values.
 *
 * @remarks Règlement (UE) 2016/679, art. 16 (right to rectification); the values live outside the log.
 * @category Dossier
 */
export const identiteRectifieeSchema = evenement('identite.rectifiee', {
  champs: z.array(champPersonnelSchema).min(1).max(3),
  motif: texte(2000),
});
/**
 * The stagiaire's personal data were erased from the register of persons (RGPD art. 17), with the ground.
 *
 * @remarks Règlement (UE) 2016/679, art. 17 § 1; art. 17 § 3 b) limits erasure while the career record must
 * be kept (see `fondementEffacementSchema`).
 * @category Dossier
 */
export const identiteEffaceeSchema = evenement('identite.effacee', {
  motif: texte(2000),
  fondement: fondementEffacementSchema,
});

/**
 * What replaces a recording: the body of an event of the same type and key, without its header (`v`, `le`,
 * `auteur` stay the original's).
 *
 * @category Dossier
 */
export const remplacementEnregistrementSchema = z.discriminatedUnion('type', [
  avisEmisSchema.omit({ v: true, le: true, auteur: true }),
  visiteRealiseeSchema.omit({ v: true, le: true, auteur: true }),
  bilanDeposeSchema.omit({ v: true, le: true, auteur: true }),
  autopositionnementEnregistreSchema.omit({ v: true, le: true, auteur: true }),
  entretienTenuSchema.omit({ v: true, le: true, auteur: true }),
  formationEnregistreeSchema.omit({ v: true, le: true, auteur: true }),
  congeEnregistreSchema.omit({ v: true, le: true, auteur: true }),
  stagiaireAffecteSchema.omit({ v: true, le: true, auteur: true }),
]);
/**
 * What replaces a recording.
 *
 * @category Dossier
 */
export type RemplacementEnregistrement = z.infer<typeof remplacementEnregistrementSchema>;
/**
 * A mistaken recording is cancelled, with the reason: it no longer counts. Its event stays in the log; this one
 * names it by its sequence, type and key.
 *
 * @remarks Tremplin's choice (see `typesEvenementCorrigeable`): the rectorat cancels, never the author alone.
 * @category Dossier
 */
export const enregistrementAnnuleSchema = evenement('enregistrement.annule', {
  sequence: z.number().int().min(1),
  evenement: z.enum(typesEvenementCorrigeable),
  cle: z.string().min(1).max(200),
  motif: texte(2000),
});
/**
 * A mistaken recording is corrected, with the reason: it counts with the new content, under its original author
 * and year. Its event stays in the log; this one names it by its sequence and key.
 *
 * @remarks Tremplin's choice (see `typesEvenementCorrigeable`).
 * @category Dossier
 */
export const enregistrementCorrigeSchema = evenement('enregistrement.corrige', {
  sequence: z.number().int().min(1),
  cle: z.string().min(1).max(200),
  motif: texte(2000),
  remplacement: remplacementEnregistrementSchema,
});

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
  tempsPartielEnregistreSchema,
  propositionJuryEmiseSchema,
  dossierTransmisAuRecteurSchema,
  dossierTransmisAuMinistreSchema,
  commissionAvisRenduSchema,
  disciplineEngageeSchema,
  sanctionPrononceeSchema,
  avisMedicalRenduSchema,
  decisionPrononceeSchema,
  demissionPresenteeSchema,
  demissionAccepteeSchema,
  enregistrementAnnuleSchema,
  enregistrementCorrigeSchema,
  identiteRectifieeSchema,
  identiteEffaceeSchema,
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
