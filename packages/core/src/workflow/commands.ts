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
import {
  commissionSchema,
  compositionJurySchema,
  conclusionMedicaleSchema,
  constatJurySchema,
  fondementDecisionSchema,
  formationCommissionSchema,
  instanceMedicaleSchema,
  natureTempsPartielSchema,
  objetAvisCommissionSchema,
  sanctionSchema,
} from '../dossier/chaine.js';
import { champPersonnelSchema, fondementEffacementSchema } from '../dossier/donnees-personnelles.js';
import { observationCompetenceSchema, remplacementEnregistrementSchema } from '../dossier/events.js';
import {
  identifiantSchema,
  identifiantSurSchema,
  isIdentifiantSur,
  isoDateSchema,
  texteLibreSchema,
  uaiSchema,
} from '../dossier/identifiants.js';
import {
  acteursAssignesSchema,
  dossierIdentiteSchema,
  etablissementDossierSchema,
} from '../dossier/identite.js';
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
} from '../dossier/vocabulaire.js';
import { positionnementSchema } from '../referentiel/positionnement.js';

// Free texts of commands reach documents and terminals: no control character but tab and newlines.
const texte = (max: number) => texteLibreSchema(max);
// The ids a command creates are safe ones (`identifiantSurSchema`); the ids it only refers to (a tuteur to
// withdraw, one to replace) may be those of an older log.
const identifiant = identifiantSurSchema;
const personne = personneRefSchema.extend({ id: identifiantSurSchema });

/** The people a dossier is opened with, whose ids it creates. */
function listPersonnesOuverture(acteurs: z.infer<typeof acteursAssignesSchema>) {
  const une = (cle: string, p: { id: string } | null): Array<[string[], string]> =>
    p === null ? [] : [[['acteurs', cle, 'id'], p.id]];
  return [
    ...acteurs.tuteurs.map((t, i): [Array<string | number>, string] => [
      ['acteurs', 'tuteurs', i, 'id'],
      t.id,
    ]),
    ...acteurs.formateursInspe.map((f, i): [Array<string | number>, string] => [
      ['acteurs', 'formateursInspe', i, 'id'],
      f.id,
    ]),
    ...une('chefEtablissement', acteurs.chefEtablissement),
    ...une('inspecteur', acteurs.inspecteur),
    ...une('directeurInspe', acteurs.directeurInspe),
  ];
}

function commande<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape }).strict();
}

/**
 * Open a stagiaire's dossier (rectorat).
 *
 * @category Workflow
 */
export const ouvrirDossierSchema = commande('dossier.ouvrir', {
  dossierId: identifiant,
  identite: dossierIdentiteSchema,
  acteurs: acteursAssignesSchema,
}).superRefine((c, ctx) => {
  const ids: Array<[Array<string | number>, string]> = [
    [['identite', 'stagiaire', 'id'], c.identite.stagiaire.id],
    ...listPersonnesOuverture(c.acteurs),
  ];
  for (const [path, id] of ids) {
    if (!isIdentifiantSur(id)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'Un identifiant commence par une lettre ou un chiffre, puis au plus 63 lettres, chiffres, « . », « _ », « : » ou « - » (ni « / », ni « \\ », ni « .. », ni espace, ni caractère de contrôle).',
      });
    }
  }
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
  /** The new EPLE's name (and town), printed on documents instead of its UAI; absent when not given. */
  etablissement: etablissementDossierSchema.exactOptional(),
});
/**
 * Designate a tuteur, possibly replacing a current one.
 *
 * @category Workflow
 */
export const designerTuteurSchema = commande('tuteur.designer', {
  tuteur: personne,
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
  personne,
  date: isoDateSchema,
  remplace: identifiantSchema.exactOptional(),
});
/**
 * The stagiaire records his auto-positionnement on the grid.
 *
 * @category Workflow
 */
export const enregistrerAutopositionnementSchema = commande('autopositionnement.enregistrer', {
  autopositionnementId: identifiant,
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
  visiteId: identifiant,
  nature: natureVisiteSchema,
  datePrevue: isoDateSchema,
});
/**
 * Record a visit that took place, with the visitor's points d'appui, compétences à travailler, conseils, axes.
 *
 * @category Workflow
 */
export const realiserVisiteSchema = commande('visite.realiser', {
  visiteId: identifiant,
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
  visiteId: identifiant,
  motif: texte(2000),
});
/**
 * Record an entretien (other than the jury's).
 *
 * @category Workflow
 */
export const enregistrerEntretienSchema = commande('entretien.enregistrer', {
  entretienId: identifiant,
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
  formationId: identifiant,
  date: isoDateSchema,
  operateur: operateurFormationSchema,
  heures: z.number().positive().max(12),
  intitule: texte(500),
  presence: presenceFormationSchema,
  /** The session of the académie's `formation.sessions` attended (or missed), when known. */
  sessionId: identifiantSchema.optional(),
});
/**
 * File one's bilan (intermediate or final): a positionnement on the grid and an appréciation.
 *
 * @category Workflow
 */
export const deposerBilanSchema = commande('bilan.deposer', {
  bilanId: identifiant,
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
  alerteId: identifiant,
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
  alerteId: identifiant,
  date: isoDateSchema,
  motif: texte(4000),
});
/**
 * Open a protocole d'accompagnement renforcé on an alert.
 *
 * @category Workflow
 */
export const ouvrirProtocoleSchema = commande('protocole.ouvrir', {
  alerteId: identifiant,
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
  alerteId: identifiant,
  date: isoDateSchema,
  conclusion: texte(8000),
});
/**
 * Record a leave or an interruption of the stage (first and last day included).
 *
 * @category Workflow
 */
export const enregistrerCongeSchema = commande('conge.enregistrer', {
  congeId: identifiant,
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
  avisId: identifiant,
  sens: sensAvisSchema,
  motivation: texte(20000).exactOptional(),
  date: isoDateSchema,
  /** Agrégés in a first year, with an unfavourable avis: the avis on a « seconde et dernière année ». */
  secondeAnnee: sensAvisSchema.exactOptional(),
  /**
   * The grid the avis rests on (inspecteur, chef d'établissement: arrêté MENH1411675A art. 5, « établi sur la
   * base d'une grille d'évaluation »). Without it, the dossier's grid for the corps and year; when given, it must
   * be that grid.
   */
  grilleId: z.string().min(1).max(200).exactOptional(),
  /** The author's positionnement on that grid, given with the avis (items may stay blank). */
  positionnement: positionnementSchema.exactOptional(),
});
/**
 * The stagiaire writes in his carnet de bord.
 *
 * @category Workflow
 */
export const ecrireCarnetSchema = commande('carnet.ecrire', {
  entreeId: identifiant,
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
 * The jury académique deliberates on a stagiaire: it finds him apte (and proposes his titularisation), inapte
 * (and proposes a second year, a licenciement, or the réintégration of a détaché), or not evaluated at this
 * session (a prolonged stage: the next session's jury evaluates him). `jury` is the jury that sat, checked
 * against the text. The competent authority decides afterwards (`decision.prononcer`).
 *
 * @remarks Arrêté MENH1411675A art. 4, 6, 9.
 * @category Workflow
 */
export const delibererSchema = commande('jury.deliberer', {
  constat: constatJurySchema,
  /** Required when the jury finds the stagiaire inapte; implied (titularisation) when apte. */
  proposition: z.enum(['renouvellement', 'licenciement', 'reintegration']).exactOptional(),
  motivation: texte(20000).exactOptional(),
  jury: compositionJurySchema,
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
 * The recteur sends the avis and reports on an agrégé to be decided (there is no jury académique): the
 * dossier awaits his act.
 *
 * @remarks Arrêté MENH1411677A art. 7.
 * @category Workflow
 */
export const saisirRecteurSchema = commande('recteur.saisir', { date: isoDateSchema });
/**
 * The recteur transmits to the ministre the dossier of a stagiaire neither titularised nor renewed (or whose
 * master prolongation ended without the master).
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 7.
 * @category Workflow
 */
export const saisirMinistreSchema = commande('ministre.saisir', {
  date: isoDateSchema,
  motif: texte(8000).exactOptional(),
});
/**
 * The competent authority pronounces an act: at the end of the stage, the recteur's titularisation, second
 * year or master prolongation on the jury's proposition, or the ministre's licenciement or réintégration; in
 * the course of the stage, a licenciement (or réintégration) for insuffisance professionnelle or inaptitude
 * physique, or the titularisation of an EU-qualified lauréat. Who may sign what is rule data
 * (`WorkflowRules.autorites`). `date` is the date of the act; `dateEffet`, when given, overrides the computed
 * one; `arrete` is its reference.
 *
 * @remarks Arrêté MENH1411675A art. 9, 11; MENH1411677A art. 7; décret n° 94-874 art. 7, 24; décret n° 85-899
 * art. 3.
 * @category Workflow
 */
export const prononcerDecisionSchema = commande('decision.prononcer', {
  decision: natureDecisionSchema,
  fondement: fondementDecisionSchema,
  date: isoDateSchema,
  arrete: texte(200).exactOptional(),
  motivation: texte(20000).exactOptional(),
  dateEffet: isoDateSchema.exactOptional(),
  /** For a second year: its first day, when not the day after the end of this one. */
  dateDebutSuivante: isoDateSchema.exactOptional(),
});
/**
 * Record a period of temps partiel (on authorisation, by right, or therapeutic) and its quotité in percent.
 *
 * @remarks Décret n° 94-874 art. 15, 24 bis.
 * @category Workflow
 */
export const enregistrerTempsPartielSchema = commande('temps-partiel.enregistrer', {
  periodeId: identifiant,
  nature: natureTempsPartielSchema,
  quotite: z.number().int().min(50).max(99),
  debut: isoDateSchema,
  fin: isoDateSchema,
});
/**
 * A commission administrative paritaire gives its avis (ordinary formation), or sits as conseil de discipline
 * in a disciplinary procedure.
 *
 * @remarks Décret n° 94-874 art. 7, 13; arrêté MENH1411677A art. 7.
 * @category Workflow
 */
export const rendreAvisCommissionSchema = commande('commission.rendre-avis', {
  avisId: identifiant,
  commission: commissionSchema,
  formation: formationCommissionSchema,
  objet: objetAvisCommissionSchema,
  sens: sensAvisSchema,
  motivation: texte(20000).exactOptional(),
  date: isoDateSchema,
  procedureId: identifiant.exactOptional(),
});
/**
 * Engage a disciplinary procedure, after informing the stagiaire of his right to see his whole dossier and to
 * be assisted by defenders of his choice.
 *
 * @remarks Décret n° 94-874 art. 13.
 * @category Workflow
 */
export const engagerDisciplineSchema = commande('discipline.engager', {
  procedureId: identifiant,
  date: isoDateSchema,
  dateInformation: isoDateSchema,
  griefs: texte(20000),
});
/**
 * Pronounce a disciplinary sanction, motivated. An exclusion temporaire gives its period (two months at most).
 *
 * @remarks Décret n° 94-874 art. 10, 13; décret n° 85-899 art. 3.
 * @category Workflow
 */
export const prononcerSanctionSchema = commande('sanction.prononcer', {
  procedureId: identifiant,
  sanction: sanctionSchema,
  date: isoDateSchema,
  motivation: texte(20000),
  arrete: texte(200).exactOptional(),
  exclusion: z.object({ debut: isoDateSchema, fin: isoDateSchema }).strict().exactOptional(),
});
/**
 * Record the avis of the medical body on the stagiaire's fitness.
 *
 * @remarks Décret n° 94-874 art. 24.
 * @category Workflow
 */
export const enregistrerAvisMedicalSchema = commande('avis-medical.enregistrer', {
  avisId: identifiant,
  instance: instanceMedicaleSchema,
  conclusion: conclusionMedicaleSchema,
  date: isoDateSchema,
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
 * Rectify the stagiaire's personal data (rectorat; RGPD art. 16). The command names the fields; the service
 * takes their new values from the request's `valeurs`, writes them to the register of persons and keeps them
 * out of the command, its key and the log.
 *
 * @remarks Règlement (UE) 2016/679, art. 16. The stagiaire may ask the rectorat for it.
 * @category Workflow
 */
export const rectifierIdentiteSchema = commande('identite.rectifier', {
  champs: z.array(champPersonnelSchema).min(1).max(3),
  motif: texte(2000),
});
/**
 * Erase the stagiaire's personal data from the register of persons (rectorat; RGPD art. 17), with the ground.
 *
 * @remarks Règlement (UE) 2016/679, art. 17 § 1 and § 3 b) (see `fondementEffacementSchema`). The stagiaire
 * may ask the rectorat for it.
 * @category Workflow
 */
export const effacerIdentiteSchema = commande('identite.effacer', {
  motif: texte(2000),
  fondement: fondementEffacementSchema,
});

/**
 * Cancel a mistaken recording (an avis given by the wrong person, a visit recorded on the wrong dossier…), named
 * by the sequence of its event, with the reason. The recording stays in the log and no longer counts; its
 * author may then record it again.
 *
 * @remarks Tremplin's choice: no text gives this power; the recteur keeps the stagiaire's dossier and sends it
 * to the jury (arrêté MENH1411675A art. 4–5), so his services correct it. The decisions of the authority are
 * not recordings: an arrêté is withdrawn under the Code des relations entre le public et l'administration,
 * art. L242-1 and following.
 * @category Workflow
 */
export const annulerEnregistrementSchema = commande('enregistrement.annuler', {
  sequence: z.number().int().min(1),
  motif: texte(2000),
});
/**
 * Correct a mistaken recording, named by the sequence of its event: `remplacement` is the whole body of the
 * recording as it should have been (same type and key), with the reason. The recording stays in the log; the
 * correction counts in its place, under its author and year.
 *
 * @remarks Tremplin's choice (see {@link annulerEnregistrementSchema}). The replacement transcribes what its
 * author gave: to change an assessor's opinion, cancel it and let him give it again.
 * @category Workflow
 */
export const corrigerEnregistrementSchema = commande('enregistrement.corriger', {
  sequence: z.number().int().min(1),
  remplacement: remplacementEnregistrementSchema,
  motif: texte(2000),
});

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
  saisirRecteurSchema,
  saisirMinistreSchema,
  prononcerDecisionSchema,
  enregistrerTempsPartielSchema,
  rendreAvisCommissionSchema,
  engagerDisciplineSchema,
  prononcerSanctionSchema,
  enregistrerAvisMedicalSchema,
  presenterDemissionSchema,
  accepterDemissionSchema,
  annulerEnregistrementSchema,
  corrigerEnregistrementSchema,
  rectifierIdentiteSchema,
  effacerIdentiteSchema,
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
 * The commands that cancel or correct an earlier recording, named by its sequence: a check that a command's
 * instant is not before the dossier's last event may let these through, dated on the day of the mistake.
 *
 * @category Workflow
 */
export const typesCorrection = ['enregistrement.annuler', 'enregistrement.corriger'] as const;
/**
 * A command that cancels or corrects an earlier recording.
 *
 * @category Workflow
 */
export type TypeCorrection = (typeof typesCorrection)[number];

/**
 * Every command type, in a stable order.
 *
 * @category Workflow
 */
export const commandTypes: readonly CommandType[] = commandSchema.options.map((o) => o.shape.type.value);
