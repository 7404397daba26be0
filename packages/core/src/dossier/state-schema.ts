/**
 * The zod schema of a serialised {@link DossierState} (current version), used to parse stored snapshots.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
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
import { enregistrementSuiviSchema } from './corrections.js';
import { observationCompetenceSchema } from './events.js';
import { identifiantSchema, isoDateSchema, isoInstantSchema } from './identifiants.js';
import { dossierIdentiteSchema, etablissementDossierSchema } from './identite.js';
import { instantaneJurySchema } from './instantane-schema.js';
import { positionnementEnregistreSchema } from './positionnement.js';
import { DOSSIER_STATE_SCHEMA_VERSION } from './state.js';
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
  roleAvisSchema,
  roleEvaluateurSchema,
  sensAvisSchema,
} from './vocabulaire.js';

const annee = z.number().int().min(1);
const jours = z.number().int().min(0);

/**
 * The workflow states (see `EtatDossier`).
 *
 * @category Dossier
 */
export const etatDossierSchema = z.enum([
  'ouvert',
  'nomination-reportee',
  'en-stage',
  'devant-jury',
  'devant-recteur',
  'devant-ministre',
  'prolongation-master',
  'titularise',
  'licencie',
  'reintegre',
  'exclu',
  'demissionnaire',
]);

const periode = z.object({ dateDebut: isoDateSchema, dateFinStatutaire: isoDateSchema }).strict();

/**
 * The schema of the current serialised state (`schemaVersion` = {@link DOSSIER_STATE_SCHEMA_VERSION}). Strict: an
 * unknown key is an error.
 *
 * @category Dossier
 */
export const dossierStateSchema = z
  .object({
    schemaVersion: z.literal(DOSSIER_STATE_SCHEMA_VERSION),
    dossierId: identifiantSchema,
    sequence: z.number().int().min(1),
    etat: etatDossierSchema,
    identite: dossierIdentiteSchema,
    acteurs: z
      .object({
        tuteurs: z.array(
          z
            .object({
              tuteur: personneRefSchema,
              depuis: isoDateSchema,
              jusquau: isoDateSchema.nullable(),
              motifRetrait: z.string().nullable(),
            })
            .strict(),
        ),
        chefEtablissement: personneRefSchema.nullable(),
        inspecteur: personneRefSchema.nullable(),
        formateursInspe: z.array(personneRefSchema),
        directeurInspe: personneRefSchema.nullable(),
      })
      .strict(),
    affectations: z
      .array(
        z
          .object({
            uai: z.string(),
            depuis: isoDateSchema.nullable(),
            etablissement: etablissementDossierSchema.exactOptional(),
          })
          .strict(),
      )
      .min(1),
    stage: z
      .object({
        dateNomination: isoDateSchema.nullable(),
        reportNomination: z
          .object({ motif: z.literal('grossesse'), jusquau: isoDateSchema })
          .strict()
          .nullable(),
        annees: z.array(
          z.object({ numero: annee, dateDebut: isoDateSchema, dateFinStatutaire: isoDateSchema }).strict(),
        ),
        prolongationsConges: z.array(
          z
            .object({
              annee,
              joursCongesRemuneres: jours,
              joursNonComptes: jours,
              joursTempsPartiel: jours,
              joursProlongation: jours,
              dateFinEffective: isoDateSchema,
              dateFinPourTitularisation: isoDateSchema,
              le: isoInstantSchema,
            })
            .strict(),
        ),
        prolongationMaster: z
          .object({ dateDebut: isoDateSchema, dateFin: isoDateSchema })
          .strict()
          .nullable(),
        masterJustifie: z.object({ dateObtention: isoDateSchema, intitule: z.string() }).strict().nullable(),
      })
      .strict(),
    autopositionnements: z.array(
      z
        .object({
          autopositionnementId: identifiantSchema,
          annee,
          date: isoDateSchema,
          positionnement: positionnementEnregistreSchema,
          commentaire: z.string().nullable(),
        })
        .strict(),
    ),
    visites: z.array(
      z
        .object({
          visiteId: identifiantSchema,
          annee,
          nature: natureVisiteSchema,
          visiteur: auteurRefSchema,
          statut: z.enum(['planifiee', 'realisee', 'annulee']),
          datePrevue: isoDateSchema.nullable(),
          realisation: z
            .object({
              date: isoDateSchema,
              pointsAppui: z.array(observationCompetenceSchema),
              competencesATravailler: z.array(observationCompetenceSchema),
              conseils: z.array(z.string()),
              axesDeTravail: z.array(z.string()),
              compteRendu: z.string().nullable(),
              le: isoInstantSchema,
            })
            .strict()
            .nullable(),
          annulation: z.object({ motif: z.string(), le: isoInstantSchema }).strict().nullable(),
        })
        .strict(),
    ),
    entretiens: z.array(
      z
        .object({
          entretienId: identifiantSchema,
          annee,
          nature: natureEntretienSchema,
          date: isoDateSchema,
          compteRendu: z.string().nullable(),
          auteur: auteurRefSchema,
        })
        .strict(),
    ),
    formations: z.array(
      z
        .object({
          formationId: identifiantSchema,
          annee,
          date: isoDateSchema,
          operateur: operateurFormationSchema,
          heures: z.number().positive(),
          intitule: z.string(),
          presence: presenceFormationSchema,
          sessionId: identifiantSchema.optional(),
          enregistrePar: auteurRefSchema,
        })
        .strict(),
    ),
    bilans: z.array(
      z
        .object({
          bilanId: identifiantSchema,
          annee,
          nature: natureBilanSchema,
          evaluateur: z.object({ role: roleEvaluateurSchema, id: identifiantSchema }).strict(),
          date: isoDateSchema,
          positionnement: positionnementEnregistreSchema,
          appreciation: z.string(),
          le: isoInstantSchema,
        })
        .strict(),
    ),
    avis: z.array(
      z
        .object({
          avisId: identifiantSchema,
          annee,
          role: roleAvisSchema,
          auteurId: identifiantSchema,
          sens: sensAvisSchema,
          motivation: z.string().nullable(),
          date: isoDateSchema,
          secondeAnnee: sensAvisSchema.nullable(),
          grilleId: z.string().min(1).nullable(),
          positionnement: positionnementEnregistreSchema.nullable(),
          le: isoInstantSchema,
        })
        .strict(),
    ),
    alertes: z.array(
      z
        .object({
          alerteId: identifiantSchema,
          annee,
          moment: momentAlerteSchema,
          motifs: z.array(motifAlerteSchema),
          date: isoDateSchema,
          description: z.string(),
          declenchePar: auteurRefSchema,
          levee: z
            .object({ date: isoDateSchema, motif: z.string(), par: auteurRefSchema })
            .strict()
            .nullable(),
          protocole: z
            .object({
              date: isoDateSchema,
              mesures: z.array(z.string()),
              dateBilanPrevue: isoDateSchema.nullable(),
              ouvertPar: auteurRefSchema,
              cloture: z
                .object({ date: isoDateSchema, conclusion: z.string(), par: auteurRefSchema })
                .strict()
                .nullable(),
            })
            .strict()
            .nullable(),
        })
        .strict(),
    ),
    conges: z.array(
      z
        .object({
          congeId: identifiantSchema,
          nature: natureCongeSchema,
          debut: isoDateSchema,
          fin: isoDateSchema,
          enregistrePar: auteurRefSchema,
        })
        .strict(),
    ),
    carnet: z.array(
      z
        .object({
          entreeId: identifiantSchema,
          annee,
          date: isoDateSchema,
          titre: z.string(),
          texte: z.string(),
        })
        .strict(),
    ),
    transmissionsJury: z.array(z.object({ annee, date: isoDateSchema, le: isoInstantSchema }).strict()),
    entretiensJury: z.array(
      z
        .object({ annee, date: isoDateSchema, compteRendu: z.string().nullable(), auteur: auteurRefSchema })
        .strict(),
    ),
    tempsPartiel: z.array(
      z
        .object({
          periodeId: identifiantSchema,
          nature: natureTempsPartielSchema,
          quotite: z.number().int().min(50).max(99),
          debut: isoDateSchema,
          fin: isoDateSchema,
          enregistrePar: auteurRefSchema,
        })
        .strict(),
    ),
    propositionsJury: z.array(
      z
        .object({
          annee,
          constat: constatJurySchema,
          proposition: propositionJurySchema.nullable(),
          motivation: z.string().nullable(),
          jury: compositionJurySchema,
          instantane: instantaneJurySchema,
          auteur: auteurRefSchema,
          le: isoInstantSchema,
        })
        .strict(),
    ),
    saisines: z.array(
      z
        .object({
          annee,
          destinataire: z.enum(['recteur', 'ministre']),
          date: isoDateSchema,
          motif: z.string().nullable(),
          instantane: instantaneJurySchema.nullable(),
          auteur: auteurRefSchema,
          le: isoInstantSchema,
        })
        .strict(),
    ),
    avisCommissions: z.array(
      z
        .object({
          avisId: identifiantSchema,
          annee,
          commission: commissionSchema,
          formation: formationCommissionSchema,
          objet: objetAvisCommissionSchema,
          sens: sensAvisSchema,
          motivation: z.string().nullable(),
          date: isoDateSchema,
          procedureId: identifiantSchema.nullable(),
          auteur: auteurRefSchema,
          le: isoInstantSchema,
        })
        .strict(),
    ),
    procedures: z.array(
      z
        .object({
          procedureId: identifiantSchema,
          date: isoDateSchema,
          dateInformation: isoDateSchema,
          griefs: z.string(),
          engageePar: auteurRefSchema,
          sanction: z
            .object({
              sanction: sanctionSchema,
              autorite: autoriteSchema,
              date: isoDateSchema,
              motivation: z.string(),
              arrete: z.string().nullable(),
              exclusion: z.object({ debut: isoDateSchema, fin: isoDateSchema }).strict().nullable(),
              par: auteurRefSchema,
            })
            .strict()
            .nullable(),
        })
        .strict(),
    ),
    avisMedicaux: z.array(
      z
        .object({
          avisId: identifiantSchema,
          instance: instanceMedicaleSchema,
          conclusion: conclusionMedicaleSchema,
          date: isoDateSchema,
          auteur: auteurRefSchema,
        })
        .strict(),
    ),
    decisions: z.array(
      z
        .object({
          decision: natureDecisionSchema,
          instance: z.enum(['jury', 'recteur', 'vice-recteur', 'ministre']),
          fondement: fondementDecisionSchema.nullable(),
          date: isoDateSchema,
          arrete: z.string().nullable(),
          annee,
          motivation: z.string().nullable(),
          dateEffet: isoDateSchema.nullable(),
          periodeSuivante: periode.nullable(),
          instantane: instantaneJurySchema,
          auteur: auteurRefSchema,
          le: isoInstantSchema,
        })
        .strict(),
    ),
    demission: z
      .object({
        dateDemande: isoDateSchema,
        dateCessation: isoDateSchema,
        acceptee: z.object({ date: isoDateSchema, par: auteurRefSchema }).strict().nullable(),
      })
      .strict()
      .nullable(),
    /** Absent from states serialised before corrections existed (read as empty): re-fold the log to index them. */
    enregistrements: z.array(enregistrementSuiviSchema).default([]),
  })
  .strict();
