/**
 * The rule data the workflow's decisions need, as plain data with the source of each value.
 *
 * The national defaults are in `national-rules.ts`; the rules engine produces the same shape from an
 * académie's pack (an académie states only what differs).
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { corpsSchema, profilSchema } from '../dossier/corps.js';
import { categorieStagiaireSchema } from '../dossier/identite.js';
import {
  natureBilanSchema,
  natureCongeSchema,
  natureVisiteSchema,
  roleAvisSchema,
  roleEvaluateurSchema,
} from '../dossier/vocabulaire.js';
import { chaineRulesShape } from './chaine-rules.js';
import { confidenceSchema, regle, sourceRefSchema } from './regle-schema.js';

export { sourceRefSchema } from './regle-schema.js';

/**
 * A piece the dossier must hold: an avis of a role, a bilan of a nature by a role, or a visit of a nature
 * that took place (e.g. an inspection).
 *
 * @category Workflow
 */
export const pieceDossierSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('avis'), role: roleAvisSchema }).strict(),
  z.object({ kind: z.literal('bilan'), nature: natureBilanSchema, role: roleEvaluateurSchema }).strict(),
  z.object({ kind: z.literal('visite'), nature: natureVisiteSchema }).strict(),
]);
/**
 * A piece the dossier must hold.
 *
 * @category Workflow
 */
export type PieceDossier = z.infer<typeof pieceDossierSchema>;

/**
 * A requirement on a dossier, with the stagiaires it applies to and the text that sets it.
 *
 * @remarks `categories` / `corps` null means every category / corps; `seulementEnRenouvellement` restricts it
 * to a second year of stage.
 * @category Workflow
 */
export const exigenceDossierSchema = z
  .object({
    id: z.string().min(1),
    /** What is required, in words a user reads (French). */
    libelle: z.string().min(1),
    piece: pieceDossierSchema,
    categories: z.array(categorieStagiaireSchema).nullable(),
    corps: z.array(corpsSchema).nullable(),
    seulementEnRenouvellement: z.boolean(),
    source: sourceRefSchema,
    confidence: confidenceSchema,
    note: z.string().min(1).exactOptional(),
  })
  .strict();
/**
 * A requirement on a dossier.
 *
 * @category Workflow
 */
export type ExigenceDossier = z.infer<typeof exigenceDossierSchema>;

/**
 * A requirement that must be met before an avis of a role can be given (e.g. the tuteur's report).
 *
 * @category Workflow
 */
export const prealableAvisSchema = exigenceDossierSchema.extend({ avant: roleAvisSchema });
/**
 * A requirement before an avis.
 *
 * @category Workflow
 */
export type PrealableAvis = z.infer<typeof prealableAvisSchema>;

/**
 * How a kind of leave counts: `remunere` (paid leave: counts as stage time up to the threshold) or
 * `non-compte` (never counts: extends the stage day for day); and whether it leaves the titularisation date
 * unchanged (décret n° 94-874 art. 22).
 *
 * @category Workflow
 */
export const traitementCongeSchema = z
  .object({
    comptage: z.enum(['remunere', 'non-compte']),
    titularisationNonDecalee: z.boolean(),
  })
  .strict();
/**
 * How a kind of leave counts.
 *
 * @category Workflow
 */
export type TraitementConge = z.infer<typeof traitementCongeSchema>;

/**
 * The window of a stage against which the dates of commands are checked (see {@link WorkflowRules.fenetreStage}).
 *
 * @category Workflow
 */
export const fenetreStageSchema = z
  .object({
    /** Days before the stage's first day and after its last day in which a visit or a leave may still fall. */
    toleranceJours: z.number().int().min(0).max(366),
    /** Days a leave may run past the stage's last day (the stage is then prolonged). */
    congeAuDelaFinJours: z.number().int().min(0).max(3660),
    /** Days after the stage's last day beyond which a command's instant is implausible. */
    horizonInstantJours: z.number().int().min(0).max(3660),
  })
  .strict();

/**
 * The window of a stage (see {@link fenetreStageSchema}).
 *
 * @category Workflow
 */
export type FenetreStage = z.infer<typeof fenetreStageSchema>;

const echellesParUsageSchema = z
  .object({
    autopositionnement: z.string().min(1),
    'bilan-intermediaire': z.string().min(1),
    'bilan-final': z.string().min(1),
  })
  .strict();

/**
 * The zod schema of {@link WorkflowRules} (strict: an unknown key is an error, never ignored).
 *
 * @category Workflow
 */
export const workflowRulesSchema = z
  .object({
    /** Version label of the rule set, recorded in every decision's frozen view. */
    version: z.string().min(1),
    /** IANA time zone in which `now` is read as a calendar day (the académie's). */
    fuseauHoraire: regle(z.string().min(1)),
    /** Normal duration of the stage, in months. */
    dureeStageMois: regle(z.number().int().min(1).max(48)),
    /** Paid leave other than congé annuel counts as stage time up to this many days (one tenth of the stage). */
    seuilCongesRemuneresJours: regle(z.number().int().min(0)),
    /** How each kind of leave counts. */
    conges: regle(z.record(natureCongeSchema, traitementCongeSchema)),
    /** How many renouvellements (second years of stage) a stagiaire may get. */
    renouvellementsMax: regle(z.number().int().min(0)),
    /** Fraction of the normal duration to be served before a licenciement in the course of the stage. */
    fractionAvantLicenciement: regle(z.number().min(0).max(1)),
    /** Notice of a démission, in months before the date of leaving. */
    preavisDemissionMois: regle(z.number().int().min(0)),
    /** Longest postponement of the nomination, in months. */
    reportNominationMaxMois: regle(z.number().int().min(0)),
    /** Length of the prolongation granted to obtain the required master, in months. */
    prolongationMasterMois: regle(z.number().int().min(1)),
    /** Categories titularised by the recteur without a jury. */
    categoriesSansJury: regle(z.array(categorieStagiaireSchema)),
    ...chaineRulesShape,
    /** Whether the jury must hear the stagiaire before any decision other than titularisation. */
    entretienAvantDecisionNonTitularisation: regle(z.boolean()),
    /** Whether an avis défavorable must be reasoned. */
    motivationAvisDefavorable: regle(z.boolean()),
    /**
     * Where the dates of visits and leave and the instants of commands may fall against the stage; absent,
     * Tremplin's defaults (`FENETRE_STAGE_PAR_DEFAUT`).
     */
    fenetreStage: regle(fenetreStageSchema).exactOptional(),
    /** The pieces a dossier must hold before it goes to the jury (or before a titularisation without jury). */
    piecesRequises: z.array(exigenceDossierSchema),
    /** What must exist before an avis of a role can be given. */
    prealablesAvis: z.array(prealableAvisSchema),
    /** The grid chosen per corps (none: the formally applicable one) and the scale per kind of positionnement. */
    evaluation: z
      .object({
        choixGrilles: regle(
          z.partialRecord(profilSchema, z.object({ grilleId: z.string().min(1).exactOptional() }).strict()),
        ),
        echelles: regle(echellesParUsageSchema),
      })
      .strict(),
  })
  .strict();

/**
 * The rule data of the workflow. Plain data: the rules engine builds it from national defaults and an
 * académie's pack; every value carries its source and our confidence in it.
 *
 * @category Workflow
 */
export type WorkflowRules = z.infer<typeof workflowRulesSchema>;
