/**
 * The commands of the workflow: what an actor asks to record or decide on a dossier.
 *
 * A command is plain data with a `type` discriminant. The actor, the instant and the rules are not in the
 * command but in the `WorkflowContext` given to `transition`.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { personneRefSchema } from '../dossier/acteurs.js';
import { observationCompetenceSchema } from '../dossier/events.js';
import { identifiantSchema, isoDateSchema, uaiSchema } from '../dossier/identifiants.js';
import { acteursAssignesSchema, dossierIdentiteSchema } from '../dossier/identite.js';
import {
  momentAlerteSchema,
  motifAlerteSchema,
  natureBilanSchema,
  natureCongeSchema,
  natureEntretienSchema,
  natureVisiteSchema,
  operateurFormationSchema,
  presenceFormationSchema,
  sensAvisSchema,
} from '../dossier/vocabulaire.js';
import { positionnementSchema } from '../referentiel/positionnement.js';

const texte = (max: number) => z.string().min(1).max(max);

function commande<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape }).strict();
}

/**
 * Open a stagiaire's dossier (rectorat).
 *
 * @category Workflow
 */
export const ouvrirDossierSchema = commande('dossier.ouvrir', {
  dossierId: identifiantSchema,
  identite: dossierIdentiteSchema,
  acteurs: acteursAssignesSchema,
});
/**
 * Postpone the nomination on the stagiaire's request (pregnancy; décret 94-874 art. 4).
 *
 * @category Workflow
 */
export const reporterNominationSchema = commande('nomination.reporter', {
  motif: z.enum(['grossesse']),
  jusquau: isoDateSchema,
});
/**
 * Nominate the lauréat stagiaire: the stage starts (default: the planned date, normally 1 September).
 *
 * @category Workflow
 */
export const prononcerNominationSchema = commande('nomination.prononcer', {
  dateNomination: isoDateSchema.exactOptional(),
});
/**
 * Change the EPLE of affectation.
 *
 * @category Workflow
 */
export const modifierAffectationSchema = commande('affectation.modifier', {
  uai: uaiSchema,
  date: isoDateSchema,
});
/**
 * Designate a tuteur, possibly replacing a current one.
 *
 * @category Workflow
 */
export const designerTuteurSchema = commande('tuteur.designer', {
  tuteur: personneRefSchema,
  date: isoDateSchema,
  remplace: identifiantSchema.exactOptional(),
  motif: texte(2000).exactOptional(),
});
/**
 * Withdraw a tuteur.
 *
 * @category Workflow
 */
export const retirerTuteurSchema = commande('tuteur.retirer', {
  tuteurId: identifiantSchema,
  date: isoDateSchema,
  motif: texte(2000).exactOptional(),
});
/**
 * Designate the chef d'établissement, inspecteur, an INSPÉ formateur or the INSPÉ director.
 *
 * @category Workflow
 */
export const designerActeurSchema = commande('acteur.designer', {
  role: z.enum(['chef-etablissement', 'inspecteur', 'formateur-inspe', 'directeur-inspe']),
  personne: personneRefSchema,
  date: isoDateSchema,
  remplace: identifiantSchema.exactOptional(),
});
/**
 * The stagiaire records his auto-positionnement on the grid.
 *
 * @category Workflow
 */
export const enregistrerAutopositionnementSchema = commande('autopositionnement.enregistrer', {
  autopositionnementId: identifiantSchema,
  date: isoDateSchema,
  positionnement: positionnementSchema,
  commentaire: texte(8000).exactOptional(),
});
/**
 * Plan a visit. The visitor is the actor, or the stagiaire for a `visite-chez-tuteur`.
 *
 * @category Workflow
 */
export const planifierVisiteSchema = commande('visite.planifier', {
  visiteId: identifiantSchema,
  nature: natureVisiteSchema,
  datePrevue: isoDateSchema,
});
/**
 * Record a visit that took place, with the visitor's points d'appui, compétences à travailler, conseils, axes.
 *
 * @category Workflow
 */
export const realiserVisiteSchema = commande('visite.realiser', {
  visiteId: identifiantSchema,
  nature: natureVisiteSchema,
  date: isoDateSchema,
  pointsAppui: z.array(observationCompetenceSchema).max(40),
  competencesATravailler: z.array(observationCompetenceSchema).max(40),
  conseils: z.array(texte(4000)).max(40),
  axesDeTravail: z.array(texte(4000)).max(20),
  compteRendu: texte(20000).exactOptional(),
});
/**
 * Cancel a planned visit.
 *
 * @category Workflow
 */
export const annulerVisiteSchema = commande('visite.annuler', {
  visiteId: identifiantSchema,
  motif: texte(2000),
});
/**
 * Record an entretien (other than the jury's).
 *
 * @category Workflow
 */
export const enregistrerEntretienSchema = commande('entretien.enregistrer', {
  entretienId: identifiantSchema,
  nature: natureEntretienSchema,
  date: isoDateSchema,
  compteRendu: texte(20000).exactOptional(),
});
/**
 * Record a training day with its provider, hours and attendance.
 *
 * @category Workflow
 */
export const enregistrerFormationSchema = commande('formation.enregistrer', {
  formationId: identifiantSchema,
  date: isoDateSchema,
  operateur: operateurFormationSchema,
  heures: z.number().positive().max(12),
  intitule: texte(500),
  presence: presenceFormationSchema,
});
/**
 * File one's bilan (intermediate or final): a positionnement on the grid and an appréciation.
 *
 * @category Workflow
 */
export const deposerBilanSchema = commande('bilan.deposer', {
  bilanId: identifiantSchema,
  nature: natureBilanSchema,
  date: isoDateSchema,
  positionnement: positionnementSchema,
  appreciation: texte(20000),
});
/**
 * Trigger the dispositif d'aide et d'alerte.
 *
 * @category Workflow
 */
export const declencherAlerteSchema = commande('alerte.declencher', {
  alerteId: identifiantSchema,
  moment: momentAlerteSchema,
  motifs: z.array(motifAlerteSchema).min(1).max(7),
  date: isoDateSchema,
  description: texte(8000),
});
/**
 * Lift an alert.
 *
 * @category Workflow
 */
export const leverAlerteSchema = commande('alerte.lever', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  motif: texte(4000),
});
/**
 * Open a protocole d'accompagnement renforcé on an alert.
 *
 * @category Workflow
 */
export const ouvrirProtocoleSchema = commande('protocole.ouvrir', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  mesures: z.array(texte(2000)).min(1).max(20),
  dateBilanPrevue: isoDateSchema.exactOptional(),
});
/**
 * Close a protocole d'accompagnement renforcé.
 *
 * @category Workflow
 */
export const cloreProtocoleSchema = commande('protocole.clore', {
  alerteId: identifiantSchema,
  date: isoDateSchema,
  conclusion: texte(8000),
});
/**
 * Record a leave or an interruption of the stage (first and last day included).
 *
 * @category Workflow
 */
export const enregistrerCongeSchema = commande('conge.enregistrer', {
  congeId: identifiantSchema,
  nature: natureCongeSchema,
  debut: isoDateSchema,
  fin: isoDateSchema,
});
/**
 * Record the prolongation of the stage the leave recorded so far requires.
 *
 * @category Workflow
 */
export const prolongerStageSchema = commande('stage.prolonger', {});
/**
 * Give one's avis for the jury (inspecteur, chef d'établissement, directeur de l'INSPÉ).
 *
 * @category Workflow
 */
export const emettreAvisSchema = commande('avis.emettre', {
  avisId: identifiantSchema,
  sens: sensAvisSchema,
  motivation: texte(20000).exactOptional(),
  date: isoDateSchema,
});
/**
 * The stagiaire writes in his carnet de bord.
 *
 * @category Workflow
 */
export const ecrireCarnetSchema = commande('carnet.ecrire', {
  entreeId: identifiantSchema,
  date: isoDateSchema,
  titre: texte(500),
  texte: texte(20000),
});
/**
 * Send the complete dossier to the jury académique.
 *
 * @category Workflow
 */
export const saisirJurySchema = commande('jury.saisir', { date: isoDateSchema });
/**
 * The jury hears the stagiaire (arrêté du 22 août 2014 art. 6).
 *
 * @category Workflow
 */
export const entendreStagiaireSchema = commande('jury.entendre', {
  date: isoDateSchema,
  compteRendu: texte(20000).exactOptional(),
});
/**
 * The jury decides on the year of stage. For a renouvellement, the new year starts the day after the end of
 * this one unless `dateDebutSuivante` says otherwise.
 *
 * @category Workflow
 */
export const delibererSchema = commande('jury.deliberer', {
  decision: z.enum([
    'titularisation',
    'renouvellement',
    'prolongation-master',
    'licenciement',
    'reintegration',
  ]),
  motivation: texte(20000).exactOptional(),
  dateDebutSuivante: isoDateSchema.exactOptional(),
});
/**
 * The stagiaire justifies the master he lacked.
 *
 * @category Workflow
 */
export const justifierMasterSchema = commande('master.justifier', {
  dateObtention: isoDateSchema,
  intitule: texte(500),
});
/**
 * The recteur decides without the jury: titularisation of an EU-qualified lauréat; licenciement or
 * réintégration in the course of the stage; the end of a prolongation for a master.
 *
 * @category Workflow
 */
export const deciderSchema = commande('recteur.decider', {
  decision: z.enum(['titularisation', 'licenciement', 'reintegration']),
  fondement: z.enum(['evaluation', 'insuffisance-professionnelle', 'inaptitude-physique', 'disciplinaire']),
  motivation: texte(20000).exactOptional(),
  dateEffet: isoDateSchema.exactOptional(),
});
/**
 * The stagiaire hands in his démission.
 *
 * @category Workflow
 */
export const presenterDemissionSchema = commande('demission.presenter', {
  dateDemande: isoDateSchema,
  dateCessation: isoDateSchema,
});
/**
 * The recteur accepts the démission.
 *
 * @category Workflow
 */
export const accepterDemissionSchema = commande('demission.accepter', { date: isoDateSchema });

/**
 * The zod schema of every command (a discriminated union on `type`). Parse input at the edge with it; it becomes
 * a published JSON Schema.
 *
 * @category Workflow
 */
export const commandSchema = z.discriminatedUnion('type', [
  ouvrirDossierSchema,
  reporterNominationSchema,
  prononcerNominationSchema,
  modifierAffectationSchema,
  designerTuteurSchema,
  retirerTuteurSchema,
  designerActeurSchema,
  enregistrerAutopositionnementSchema,
  planifierVisiteSchema,
  realiserVisiteSchema,
  annulerVisiteSchema,
  enregistrerEntretienSchema,
  enregistrerFormationSchema,
  deposerBilanSchema,
  declencherAlerteSchema,
  leverAlerteSchema,
  ouvrirProtocoleSchema,
  cloreProtocoleSchema,
  enregistrerCongeSchema,
  prolongerStageSchema,
  emettreAvisSchema,
  ecrireCarnetSchema,
  saisirJurySchema,
  entendreStagiaireSchema,
  delibererSchema,
  justifierMasterSchema,
  deciderSchema,
  presenterDemissionSchema,
  accepterDemissionSchema,
]);

/**
 * Every command of the workflow.
 *
 * @category Workflow
 */
export type Command = z.infer<typeof commandSchema>;
/**
 * The `type` of a command.
 *
 * @category Workflow
 */
export type CommandType = Command['type'];
/**
 * The command of a given type.
 *
 * @category Workflow
 */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/**
 * Every command type, in a stable order.
 *
 * @category Workflow
 */
export const commandTypes: readonly CommandType[] = commandSchema.options.map((o) => o.shape.type.value);
