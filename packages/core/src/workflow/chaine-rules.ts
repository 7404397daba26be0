/**
 * The rule data of the chain of decisions: which corps have no jury, who signs which act, which act needs a
 * commission's avis, how the jury is composed, which concours the master prolongation concerns, how temps
 * partiel and a renewed year count. Plain data, each value with its source and our confidence in it.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import {
  commissionSchema,
  formationCommissionSchema,
  natureTempsPartielSchema,
  voieConcoursSchema,
} from '../dossier/chaine.js';
import { corpsSchema } from '../dossier/corps.js';
import { confidenceSchema, regle, sourceRefSchema } from './regle-schema.js';

const sourced = {
  source: sourceRefSchema,
  confidence: confidenceSchema,
  /** The reading the value rests on, in French, shown with it. */
  note: z.string().min(1).exactOptional(),
};

/**
 * The acts of an authority on a stagiaire: end-of-stage acts, in-year licenciements (or réintégrations of a
 * détaché) and the five sanctions.
 *
 * @remarks Arrêté MENH1411675A art. 9; décret n° 94-874 art. 7, 10, 24.
 * @category Workflow
 */
export const acteSchema = z.enum([
  'titularisation',
  'renouvellement',
  'prolongation-master',
  'licenciement-fin-de-stage',
  'reintegration-fin-de-stage',
  'licenciement-insuffisance-professionnelle',
  'reintegration-insuffisance-professionnelle',
  'licenciement-inaptitude-physique',
  'reintegration-inaptitude-physique',
  'avertissement',
  'blame',
  'exclusion-temporaire',
  'deplacement-office',
  'exclusion-definitive',
]);
/**
 * An act of an authority.
 *
 * @category Workflow
 */
export type Acte = z.infer<typeof acteSchema>;

/**
 * Who signs an act, for some corps (null: every corps). The first entry that matches (act, corps) applies.
 *
 * @category Workflow
 */
export const autoriteCompetenteSchema = z
  .object({
    acte: acteSchema,
    corps: z.array(corpsSchema).nullable(),
    autorite: z.enum(['recteur', 'ministre']),
    ...sourced,
  })
  .strict();
/**
 * Who signs an act.
 *
 * @category Workflow
 */
export type AutoriteCompetente = z.infer<typeof autoriteCompetenteSchema>;

/**
 * Whether an act needs a commission's avis first, for some corps (null: every corps). The first entry that
 * matches (act, corps) applies; none: no avis is required.
 *
 * @category Workflow
 */
export const exigenceAvisCommissionSchema = z
  .object({
    acte: acteSchema,
    corps: z.array(corpsSchema).nullable(),
    requis: z.boolean(),
    commission: commissionSchema,
    formation: formationCommissionSchema,
    ...sourced,
  })
  .strict();
/**
 * Whether an act needs a commission's avis.
 *
 * @category Workflow
 */
export type ExigenceAvisCommission = z.infer<typeof exigenceAvisCommissionSchema>;

/**
 * The rule shapes of the chain of decisions, spread into `workflowRulesSchema`.
 *
 * @category Workflow
 */
export const chaineRulesShape = {
  /** Corps evaluated without a jury académique (agrégés). */
  corpsSansJury: regle(z.array(corpsSchema)),
  /** The académie's authority: a recteur, or a vice-recteur holding his powers. */
  autoriteAcademique: regle(z.enum(['recteur', 'vice-recteur'])),
  /** Who signs each act. */
  autorites: z.array(autoriteCompetenteSchema).min(1),
  /** Which acts need a commission's avis. */
  avisCommissions: z.array(exigenceAvisCommissionSchema),
  /** Bounds on the number of members of a jury académique, president included. */
  compositionJury: regle(z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict()),
  /** The concours whose lauréats get the master prolongation, and the last session that has it (null: all). */
  prolongationMasterConcours: regle(
    z.object({ voies: z.array(voieConcoursSchema), derniereSession: z.number().int().nullable() }).strict(),
  ),
  /** Whether each kind of temps partiel lengthens the stage in proportion to the quotité. */
  tempsPartiel: regle(z.record(natureTempsPartielSchema, z.object({ allonge: z.boolean() }).strict())),
  /** In a renewed year, from when « la moitié de la durée normale du stage » is counted. */
  miStageEnRenouvellement: regle(z.enum(['debut-du-stage', 'debut-de-l-annee'])),
};
