/**
 * The catalogue of rule parameters: every value a pack may set, with its type (a zod schema) and what it
 * means. A pack that names a parameter outside this catalogue is refused, naming the key.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import {
  ALERT_CODES,
  ALERTES_FACULTATIVES,
  type AlertCode,
  type AlerteFacultative,
} from '../alerts/codes.js';
import { localDateSchema } from '../calendar/date-schemas.js';
import type { LocalDate } from '../calendar/local-date.js';
import { isValidTimeZone } from '../calendar/zoned-time.js';
import { type Role, roleSchema } from '../dossier/acteurs.js';
import { type Corps, corpsSchema } from '../dossier/corps.js';
import {
  type CategorieStagiaire,
  categorieStagiaireSchema,
  type Quotite,
  quotiteSchema,
} from '../dossier/identite.js';
import {
  type MomentAlerte,
  type MotifAlerte,
  momentAlerteSchema,
  motifAlerteSchema,
  type NatureBilan,
  type NatureConge,
  type NatureEntretien,
  type NatureVisite,
  natureBilanSchema,
  natureCongeSchema,
  natureEntretienSchema,
  natureVisiteSchema,
  type OperateurFormation,
  operateurFormationSchema,
  type RoleEvaluateur,
  roleEvaluateurSchema,
} from '../dossier/vocabulaire.js';
import type { NiveauxAttendus } from '../referentiel/echelles.js';
import type { MentionsStatut } from '../referentiel/statut.js';
import { chaineRulesShape } from '../workflow/chaine-rules.js';
import {
  type ExigenceDossier,
  exigenceDossierSchema,
  type FenetreStage,
  fenetreStageSchema,
  type PrealableAvis,
  prealableAvisSchema,
  type TraitementConge,
  traitementCongeSchema,
  type WorkflowRules,
  workflowRulesSchema,
} from '../workflow/rules.js';
import { type DateSpec, dateSpecSchema } from './date-spec.js';

/**
 * A milestone's due date and the wording of the text that sets it (« fin novembre »).
 *
 * @category Règles
 */
export interface Echeance {
  /** When it is due. */
  readonly due: DateSpec;
  /** The text's own words, e.g. « pour fin novembre 2022 ». */
  readonly wording?: string | undefined;
}

/**
 * One phase of a visit cadence: up to `until`, at most `maxGapClassDays` class days without a visit.
 *
 * @category Règles
 */
export interface PhaseCadence {
  /** Last day of the phase (included). The first phase starts with the stage. */
  readonly until: DateSpec;
  /** Longest run of class days allowed since the last visit (or since the start of the stage). */
  readonly maxGapClassDays: number;
}

/**
 * The expected cadence of a kind of visit: the text's wording and its reading as phases.
 *
 * @remarks No national text fixes a frequency: packs give it. The numbers are the pack's reading of the
 * text's words and say so in the entry's `note`.
 * @category Règles
 */
export interface CadenceVisites {
  /** The text's own words, e.g. « très régulières en début d'année ». */
  readonly wording: string;
  /** The phases, in date order. */
  readonly phases: readonly PhaseCadence[];
}

/**
 * One provider's share of the training credit.
 *
 * @category Règles
 */
export interface PartFormation {
  readonly provider: OperateurFormation;
  readonly days: number;
  readonly hours: number;
}

/**
 * The training credit of a school year and who it applies to.
 *
 * @category Règles
 */
export interface CreditFormation {
  /** Total training days over the year. */
  readonly totalDays: number;
  /** Hours that make one training day (to count recorded hours as days). */
  readonly hoursPerDay: number;
  /** Split by provider, when the text gives one. */
  readonly parts: readonly PartFormation[];
  /** Stagiaires concerned. */
  readonly appliesTo: {
    readonly quotites: readonly Quotite[];
    readonly categories: readonly CategorieStagiaire[];
  };
  /** The text's own words. */
  readonly wording?: string | undefined;
}

/**
 * A training session the EAFC or the INSPÉ schedules for the stagiaires (a day or half-day of the PAF, a
 * module of the INSPÉ's maquette).
 *
 * @remarks Académie data, kept in the pack (`formation.sessions`, merged by `id`) rather than passed beside
 * the evaluation: sessions are published per school year by the académie (Réunion guide 2022-2023 § 2.2:
 * the EAFC's Programme académique de formation and the INSPÉ's maquette), they need a validity, a source and
 * a version recorded in the jury's frozen view like any other académie rule, and a later pack version adds
 * or withdraws a session by its `id`. No national text lists sessions.
 * @category Règles
 */
export interface SessionFormation {
  /** Stable identifier; a stagiaire's attendance may name it (`sessionId` of `formation.enregistrer`). */
  readonly id: string;
  /** The day it is held. */
  readonly date: LocalDate;
  /** Its title or kind, in French (« Gestion de classe », « Analyse de pratiques »…). */
  readonly intitule: string;
  /** Its length in hours. */
  readonly heures: number;
  /** Who organises it. */
  readonly organisateur: OperateurFormation;
  /** Corps concerned; absent: every corps. */
  readonly corps?: readonly Corps[] | undefined;
  /** Disciplines concerned (as in a dossier's identity); absent: every discipline. */
  readonly disciplines?: readonly string[] | undefined;
}

/**
 * What proves that an académie milestone was met, in the current year of stage.
 *
 * @category Règles
 */
export type PreuveEcheance =
  | { readonly kind: 'visite'; readonly natures: readonly NatureVisite[]; readonly count: number }
  | { readonly kind: 'entretien'; readonly natures: readonly NatureEntretien[]; readonly count: number }
  | { readonly kind: 'bilan'; readonly nature: NatureBilan; readonly evaluateur: RoleEvaluateur };

/**
 * A milestone an académie adds to the national ones (e.g. a first INSPÉ visit before the December holidays).
 *
 * @category Règles
 */
export interface EcheanceAcademique {
  /** Stable identifier, lower case with hyphens (becomes the deadline id `academique:<id>`). */
  readonly id: string;
  /** French label. */
  readonly libelle: string;
  /** When it is due. */
  readonly due: DateSpec;
  /** What meets it. */
  readonly preuve: PreuveEcheance;
  /** The role who must act. */
  readonly responsable: Role;
  /** The text's own words. */
  readonly wording?: string | undefined;
}

/**
 * The dispositif d'alerte of an académie: its names and when it is to be used.
 *
 * @remarks No national text: « très variables d'une académie voire d'une discipline à l'autre » (SNES).
 * @category Règles
 */
export interface DispositifAlerte {
  /** Name of the alert device, e.g. « dispositif d'aide et d'alerte », « DAR ». */
  readonly nom: string;
  /** Name of the support it opens, e.g. « protocole d'accompagnement renforcé ». */
  readonly protocole: string;
  /** When it is to be used. */
  readonly declencheurs: readonly {
    readonly moment: MomentAlerte;
    readonly motifs: readonly MotifAlerte[];
  }[];
}

/**
 * Removes an inherited item of a list merged by `id` (see {@link MERGED_BY_ID}).
 *
 * @category Règles
 */
export interface Retrait {
  readonly id: string;
  readonly retire: true;
}

/**
 * The parameters that set who is told of each alert: `destinataires.<CODE>`.
 *
 * @category Règles
 */
export type DestinatairesParameters = { readonly [C in AlertCode as `destinataires.${C}`]: readonly Role[] };

/**
 * The type of every parameter's value, by key, once resolved.
 *
 * @category Règles
 */
export interface ParameterValues extends DestinatairesParameters {
  /** IANA time zone in which deadlines fall and `now` is read as a day (`Indian/Reunion`). */
  readonly 'calendrier.fuseauHoraire': string;
  /** Normal duration of the stage, in months. */
  readonly 'stage.dureeMois': number;
  /** Days before a due date from which a deadline is « bientôt dû » and raises a reminder. */
  readonly 'echeances.bientotJours': number;
  /** The bilan intermédiaire (fiche bilan) of each assessor. */
  readonly 'echeances.bilanIntermediaire': Echeance;
  /** The bilan final of each assessor. */
  readonly 'echeances.bilanFinal': Echeance;
  /** The inspecteur's avis (arrêté du 22 août 2014 art. 5 1°), and any inspection the rules require. */
  readonly 'echeances.avisInspecteur': Echeance;
  /** The chef d'établissement's avis (art. 5 2°). */
  readonly 'echeances.avisChefEtablissement': Echeance;
  /** The directeur de l'INSPÉ's avis (art. 5 3°). */
  readonly 'echeances.avisDirecteurInspe': Echeance;
  /** The jury académique; the mandatory entretien (art. 6) falls on the same date. */
  readonly 'echeances.jury': Echeance;
  /** Milestones the académie adds (merged by `id`). */
  readonly 'echeances.academiques': readonly EcheanceAcademique[];
  /** Who fills a bilan, by kind of bilan. */
  readonly 'bilans.evaluateurs': Readonly<Record<NatureBilan, readonly RoleEvaluateur[]>>;
  /** How many competencies below the expected level raise `BILAN_SOUS_NIVEAU_ATTENDU` (when switched on). */
  readonly 'bilans.seuilSousAttendu': number;
  /** Fraction of the normal stage after which a licenciement for insuffisance professionnelle is possible. */
  readonly 'licenciement.fractionStage': number;
  /** Paid leave (other than congé annuel) counted as stage time, in days, for a one-year stage. */
  readonly 'conges.seuilJours': number;
  /** Where visits, leave and the instants of commands may fall against the stage (Tremplin's bounds). */
  readonly 'stage.fenetre': FenetreStage;
  /** How each kind of leave counts. */
  readonly 'conges.natures': Readonly<Record<NatureConge, TraitementConge>>;
  /** How many renouvellements (second years of stage) a stagiaire may get. */
  readonly 'renouvellement.max': number;
  /** Notice of a démission, in months. */
  readonly 'demission.preavisMois': number;
  /** Longest postponement of the nomination, in months. */
  readonly 'nomination.reportMaxMois': number;
  /** Length of the prolongation granted to obtain the required master, in months. */
  readonly 'prolongationMaster.mois': number;
  /** Categories titularised by the recteur without a jury. */
  readonly 'jury.categoriesSansJury': WorkflowRules['categoriesSansJury']['valeur'];
  /** Whether the jury hears the stagiaire before any decision other than titularisation (art. 6). */
  readonly 'jury.entretienAvantNonTitularisation': boolean;
  /** Corps evaluated without a jury académique (agrégés). */
  readonly 'jury.corpsSansJury': WorkflowRules['corpsSansJury']['valeur'];
  /** Bounds on the number of members of a jury académique, president included. */
  readonly 'jury.composition': WorkflowRules['compositionJury']['valeur'];
  /** The académie's authority: a recteur, or a vice-recteur holding his powers. */
  readonly 'decision.autoriteAcademique': WorkflowRules['autoriteAcademique']['valeur'];
  /** Who signs each act (the first entry matching the act and the corps applies). */
  readonly 'decision.autorites': WorkflowRules['autorites'];
  /** Which acts need a commission's avis first (the first entry matching the act and the corps applies). */
  readonly 'decision.avisCommissions': WorkflowRules['avisCommissions'];
  /** The concours whose lauréats get the master prolongation, and the last session that has it. */
  readonly 'prolongationMaster.concours': WorkflowRules['prolongationMasterConcours']['valeur'];
  /** Whether each kind of temps partiel lengthens the stage. */
  readonly 'tempsPartiel.natures': WorkflowRules['tempsPartiel']['valeur'];
  /** In a renewed year, from when half the normal duration is counted before a licenciement. */
  readonly 'licenciement.miStageEnRenouvellement': WorkflowRules['miStageEnRenouvellement']['valeur'];
  /** The pieces a dossier holds before the jury: avis, inspections… (merged by `id`). */
  readonly 'jury.piecesRequises': readonly ExigenceDossier[];
  /** What must exist before an avis is given (merged by `id`). */
  readonly 'avis.prealables': readonly PrealableAvis[];
  /** Whether an avis défavorable must be reasoned. */
  readonly 'avis.motivationDefavorable': boolean;
  /** The grid chosen per corps. */
  readonly 'evaluation.choixGrilles': WorkflowRules['evaluation']['choixGrilles']['valeur'];
  /** The scale per kind of positionnement. */
  readonly 'evaluation.echelles': WorkflowRules['evaluation']['echelles']['valeur'];
  /**
   * The expected level per scale id (`{ 'tuteur-final': 'suffisant' }`) an académie sets, with its source; none
   * by default: no national text sets one.
   */
  readonly 'evaluation.niveauxAttendus': NiveauxAttendus;
  /** The académie's wording of the mark printed under a grid, scale or level not read in an official text. */
  readonly 'evaluation.mentionsStatut': MentionsStatut;
  /** The tuteur's visits (`visite-formative`); `null`: none. Checked only when `alertes.facultatives` says so. */
  readonly 'visites.tuteur': CadenceVisites | null;
  /** The stagiaire's visits to the tuteur (`visite-chez-tuteur`); checked only when switched on, like the above. */
  readonly 'visites.chezTuteur': CadenceVisites | null;
  /** The training credit over the year, and who it applies to; `null`: none. No pace is derived from it. */
  readonly 'formation.credit': CreditFormation | null;
  /** The training sessions the EAFC and the INSPÉ schedule (merged by `id`). */
  readonly 'formation.sessions': readonly SessionFormation[];
  /** Sessions held and not attended that are tolerated before `FORMATION_EN_RETARD` (when switched on). */
  readonly 'formation.toleranceSessions': number;
  /**
   * The alerts on thresholds no text sets, switched on (`true`) by an académie: see `ALERTES_FACULTATIVES`.
   * A code absent from the record is off.
   */
  readonly 'alertes.facultatives': { readonly [C in AlerteFacultative]?: boolean | undefined };
  /** The académie's dispositif d'alerte. */
  readonly 'alerte.dispositif': DispositifAlerte;
  /** Days after a dispositif d'alerte within which a protocole d'accompagnement renforcé should be opened. */
  readonly 'alerte.delaiProtocoleJours': number;
}

/**
 * The key of a parameter.
 *
 * @category Règles
 */
export type ParameterKey = keyof ParameterValues;

/**
 * The list parameters merged item by item (by `id`) across layers instead of replaced as a whole: a higher
 * layer adds an item, replaces the item of the same `id`, or removes it with `{ id, retire: true }`.
 *
 * @category Règles
 */
export const MERGED_BY_ID = [
  'echeances.academiques',
  'jury.piecesRequises',
  'avis.prealables',
  'formation.sessions',
] as const;

/**
 * A list parameter merged by `id`.
 *
 * @category Règles
 */
export type MergedByIdKey = (typeof MERGED_BY_ID)[number];

/**
 * The value a pack writes for a parameter: for lists merged by `id`, items or removals.
 *
 * @category Règles
 */
export type PackValue<K extends ParameterKey> = K extends MergedByIdKey
  ? readonly (ParameterValues[K][number] | Retrait)[]
  : ParameterValues[K];

const positiveInt = z.number().int().min(0);

const echeanceSchema = z.strictObject({ due: dateSpecSchema, wording: z.string().min(1).optional() });

const cadenceSchema = z
  .strictObject({
    wording: z.string().min(1),
    phases: z
      .array(z.strictObject({ until: dateSpecSchema, maxGapClassDays: z.number().int().min(1).max(200) }))
      .min(1),
  })
  .nullable();

function recordOf<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K]: V });
}

const preuveSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('visite'),
    natures: z.array(natureVisiteSchema).min(1),
    count: z.number().int().min(1),
  }),
  z.strictObject({
    kind: z.literal('entretien'),
    natures: z.array(natureEntretienSchema).min(1),
    count: z.number().int().min(1),
  }),
  z.strictObject({ kind: z.literal('bilan'), nature: natureBilanSchema, evaluateur: roleEvaluateurSchema }),
]);

const destinatairesSchemas = Object.fromEntries(
  ALERT_CODES.map((code) => [`destinataires.${code}`, z.array(roleSchema)]),
) as { [C in AlertCode as `destinataires.${C}`]: z.ZodArray<typeof roleSchema> };

function mergedById<T extends z.ZodType<{ readonly id: string }>>(item: T) {
  return z
    .array(z.union([z.strictObject({ id: z.string().min(1), retire: z.literal(true) }), item]))
    .refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'identifiants en double');
}

const evaluationShape = workflowRulesSchema.shape.evaluation.shape;
const valeurDe = <T extends z.ZodType>(regle: z.ZodObject<{ valeur: T }>) => regle.shape.valeur;

/**
 * The zod schema of every parameter's value as a pack writes it, by key. Objects are strict: an unknown
 * key inside a value is refused too.
 *
 * @category Règles
 */
export const PARAMETER_SCHEMAS = {
  'calendrier.fuseauHoraire': z.string().refine(isValidTimeZone, 'fuseau horaire IANA inconnu'),
  'stage.dureeMois': z.number().int().min(1).max(48),
  'echeances.bientotJours': z.number().int().min(0).max(120),
  'echeances.bilanIntermediaire': echeanceSchema,
  'echeances.bilanFinal': echeanceSchema,
  'echeances.avisInspecteur': echeanceSchema,
  'echeances.avisChefEtablissement': echeanceSchema,
  'echeances.avisDirecteurInspe': echeanceSchema,
  'echeances.jury': echeanceSchema,
  'echeances.academiques': mergedById(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules, mots séparés par « - »'),
      libelle: z.string().min(1),
      due: dateSpecSchema,
      preuve: preuveSchema,
      responsable: roleSchema,
      wording: z.string().min(1).optional(),
    }),
  ),
  'bilans.evaluateurs': recordOf(natureBilanSchema.options, z.array(roleEvaluateurSchema)),
  'bilans.seuilSousAttendu': z.number().int().min(1),
  'licenciement.fractionStage': z.number().gt(0).lt(1),
  'conges.seuilJours': positiveInt,
  'stage.fenetre': fenetreStageSchema,
  'conges.natures': recordOf(natureCongeSchema.options, traitementCongeSchema),
  'renouvellement.max': positiveInt,
  'demission.preavisMois': positiveInt,
  'nomination.reportMaxMois': positiveInt,
  'prolongationMaster.mois': z.number().int().min(1),
  'jury.categoriesSansJury': z.array(categorieStagiaireSchema),
  'jury.entretienAvantNonTitularisation': z.boolean(),
  'jury.corpsSansJury': valeurDe(chaineRulesShape.corpsSansJury),
  'jury.composition': valeurDe(chaineRulesShape.compositionJury),
  'decision.autoriteAcademique': valeurDe(chaineRulesShape.autoriteAcademique),
  'decision.autorites': chaineRulesShape.autorites,
  'decision.avisCommissions': chaineRulesShape.avisCommissions,
  'prolongationMaster.concours': valeurDe(chaineRulesShape.prolongationMasterConcours),
  'tempsPartiel.natures': valeurDe(chaineRulesShape.tempsPartiel),
  'licenciement.miStageEnRenouvellement': valeurDe(chaineRulesShape.miStageEnRenouvellement),
  'jury.piecesRequises': mergedById(exigenceDossierSchema),
  'avis.prealables': mergedById(prealableAvisSchema),
  'avis.motivationDefavorable': z.boolean(),
  'evaluation.choixGrilles': valeurDe(evaluationShape.choixGrilles),
  'evaluation.echelles': valeurDe(evaluationShape.echelles),
  'evaluation.niveauxAttendus': z.record(z.string().min(1), z.string().min(1)),
  'evaluation.mentionsStatut': z.strictObject({
    grille: z.string().min(1).exactOptional(),
    echelle: z.string().min(1).exactOptional(),
    niveau: z.string().min(1).exactOptional(),
  }),
  'visites.tuteur': cadenceSchema,
  'visites.chezTuteur': cadenceSchema,
  'formation.credit': z
    .strictObject({
      totalDays: z.number().positive(),
      hoursPerDay: z.number().positive(),
      parts: z.array(
        z.strictObject({
          provider: operateurFormationSchema,
          days: z.number().nonnegative(),
          hours: z.number().nonnegative(),
        }),
      ),
      appliesTo: z.strictObject({
        quotites: z.array(quotiteSchema).min(1),
        categories: z.array(categorieStagiaireSchema).min(1),
      }),
      wording: z.string().min(1).optional(),
    })
    .nullable(),
  'formation.sessions': mergedById(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules, mots séparés par « - »'),
      date: localDateSchema,
      intitule: z.string().min(1),
      heures: z.number().positive().max(12),
      organisateur: operateurFormationSchema,
      corps: z.array(corpsSchema).min(1).optional(),
      disciplines: z.array(z.string().min(1)).min(1).optional(),
    }),
  ),
  'formation.toleranceSessions': positiveInt,
  'alertes.facultatives': z.strictObject(
    Object.fromEntries(ALERTES_FACULTATIVES.map((code) => [code, z.boolean().optional()])) as {
      [C in AlerteFacultative]: z.ZodOptional<z.ZodBoolean>;
    },
  ),
  'alerte.dispositif': z.strictObject({
    nom: z.string().min(1),
    protocole: z.string().min(1),
    declencheurs: z.array(
      z.strictObject({ moment: momentAlerteSchema, motifs: z.array(motifAlerteSchema).min(1) }),
    ),
  }),
  'alerte.delaiProtocoleJours': positiveInt,
  ...destinatairesSchemas,
} as const satisfies { readonly [K in ParameterKey]: z.ZodType<PackValue<K>, unknown> };

/**
 * Every parameter key, in catalogue order.
 *
 * @category Règles
 */
export const PARAMETER_KEYS = Object.keys(PARAMETER_SCHEMAS) as readonly ParameterKey[];
