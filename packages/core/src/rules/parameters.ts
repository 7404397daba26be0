/**
 * The catalogue of rule parameters: every value a pack may set, with its type (a zod schema) and what it
 * means. A pack that names a parameter outside this catalogue is refused, naming the key.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { ALERT_CODES, type AlertCode } from '../alerts/codes.js';
import { isValidTimeZone } from '../calendar/zoned-time.js';
import { type Role, roleSchema } from '../dossier/acteurs.js';
import { corpsSchema } from '../dossier/corps.js';
import {
  type CategorieStagiaire,
  categorieStagiaireSchema,
  type Quotite,
  quotiteSchema,
} from '../dossier/identite.js';
import {
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
  type RoleAvis,
  type RoleEvaluateur,
  roleAvisSchema,
  roleEvaluateurSchema,
} from '../dossier/vocabulaire.js';
import type { Corps } from '../referentiel/types.js';
import { type DateSpec, dateSpecSchema } from './date-spec.js';

/** A milestone's due date and the wording of the text that sets it (« fin novembre »). */
export interface Echeance {
  /** When it is due. */
  readonly due: DateSpec;
  /** The text's own words, e.g. « pour fin novembre 2022 ». */
  readonly wording?: string | undefined;
}

/** One phase of a visit cadence: up to `until`, at most `maxGapClassDays` class days without a visit. */
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
 */
export interface CadenceVisites {
  /** The text's own words, e.g. « très régulières en début d'année ». */
  readonly wording: string;
  /** The phases, in date order. */
  readonly phases: readonly PhaseCadence[];
}

/** One provider's share of the training credit. */
export interface PartFormation {
  readonly provider: OperateurFormation;
  readonly days: number;
  readonly hours: number;
}

/** The training credit of a school year and who it applies to. */
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

/** Who is always inspected before the inspecteur's avis. */
export interface InspectionObligatoire {
  /** Corps always inspected (e.g. agrégés in Lyon). */
  readonly corps: readonly Corps[];
  /** Whether a stagiaire in his second year (renouvellement) is always inspected. */
  readonly renouvellement: boolean;
}

/** How a kind of leave counts towards the stage (décret n° 94-874 art. 22, 26). */
export interface RegimeConge {
  /** Paid leave counts as stage time up to the threshold (art. 26); unpaid leave never does. */
  readonly remunere: boolean;
  /** The titularisation keeps the statutory end date despite the prolongation (art. 22: maternité, adoption, paternité). */
  readonly titularisationMaintenue: boolean;
}

/** What proves that an académie milestone was met, in the current year of stage. */
export type PreuveEcheance =
  | { readonly kind: 'visite'; readonly natures: readonly NatureVisite[]; readonly count: number }
  | { readonly kind: 'entretien'; readonly natures: readonly NatureEntretien[]; readonly count: number }
  | { readonly kind: 'bilan'; readonly nature: NatureBilan; readonly evaluateur: RoleEvaluateur };

/** A milestone an académie adds to the national ones (e.g. a first INSPÉ visit before the December holidays). */
export interface EcheanceAcademique {
  /** Stable identifier, lower case with hyphens (becomes the deadline id `academique:<code>`). */
  readonly code: string;
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

/** The parameters that set who is told of each alert: `destinataires.<CODE>`. */
export type DestinatairesParameters = { readonly [C in AlertCode as `destinataires.${C}`]: readonly Role[] };

/**
 * The type of every parameter's value, by key.
 */
export interface ParameterValues extends DestinatairesParameters {
  /** IANA time zone in which deadlines fall (`Indian/Reunion`). */
  readonly 'calendrier.fuseauHoraire': string;
  /** Days before a due date from which a deadline is « bientôt dû » and raises a reminder. */
  readonly 'echeances.bientotJours': number;
  /** The bilan intermédiaire (fiche bilan) of each assessor. */
  readonly 'echeances.bilanIntermediaire': Echeance;
  /** The bilan final of each assessor. */
  readonly 'echeances.bilanFinal': Echeance;
  /** The inspecteur's avis (arrêté du 22 août 2014 art. 5 1°). */
  readonly 'echeances.avisInspecteur': Echeance;
  /** The chef d'établissement's avis (art. 5 2°). */
  readonly 'echeances.avisChefEtablissement': Echeance;
  /** The directeur de l'INSPÉ's avis (art. 5 3°). */
  readonly 'echeances.avisDirecteurInspe': Echeance;
  /** The jury académique; the mandatory entretien (art. 6) falls on the same date. */
  readonly 'echeances.jury': Echeance;
  /** Milestones the académie adds. */
  readonly 'echeances.academiques': readonly EcheanceAcademique[];
  /** Who fills a bilan, by kind of bilan. */
  readonly 'bilans.evaluateurs': Readonly<Record<NatureBilan, readonly RoleEvaluateur[]>>;
  /** How many competencies positioned below the expected level raise an alert. */
  readonly 'bilans.seuilSousAttendu': number;
  /** Fraction of the normal stage after which a licenciement for insuffisance professionnelle is possible. */
  readonly 'licenciement.fractionStage': number;
  /** Paid leave (other than congé annuel) counted as stage time, in days, for a one-year stage. */
  readonly 'conges.seuilJours': number;
  /** How each kind of leave counts. */
  readonly 'conges.natures': Readonly<Record<NatureConge, RegimeConge>>;
  /** The tuteur's visits to the stagiaire's classes (`visite-formative`); `null`: no cadence checked. */
  readonly 'visites.tuteur': CadenceVisites | null;
  /** The stagiaire's visits to the tuteur's classes (`visite-chez-tuteur`); `null`: no cadence checked. */
  readonly 'visites.chezTuteur': CadenceVisites | null;
  /** The training credit; `null`: no pace checked. */
  readonly 'formation.credit': CreditFormation | null;
  /** Training days of delay tolerated before the pace alert. */
  readonly 'formation.toleranceJours': number;
  /** Days after a dispositif d'alerte within which a protocole d'accompagnement renforcé should be opened. */
  readonly 'alerte.delaiProtocoleJours': number;
  /** Who is always inspected. */
  readonly 'inspection.obligatoire': InspectionObligatoire;
  /** Which avis the jury (or the recteur) needs, by category of stagiaire. */
  readonly 'avis.requis': Readonly<Record<CategorieStagiaire, readonly RoleAvis[]>>;
}

/** The key of a parameter. */
export type ParameterKey = keyof ParameterValues;

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

/**
 * The zod schema of every parameter's value, by key. Objects are strict: an unknown key inside a value
 * is refused too.
 */
export const PARAMETER_SCHEMAS = {
  'calendrier.fuseauHoraire': z.string().refine(isValidTimeZone, 'fuseau horaire IANA inconnu'),
  'echeances.bientotJours': z.number().int().min(0).max(120),
  'echeances.bilanIntermediaire': echeanceSchema,
  'echeances.bilanFinal': echeanceSchema,
  'echeances.avisInspecteur': echeanceSchema,
  'echeances.avisChefEtablissement': echeanceSchema,
  'echeances.avisDirecteurInspe': echeanceSchema,
  'echeances.jury': echeanceSchema,
  'echeances.academiques': z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'code en minuscules, mots séparés par « - »'),
        libelle: z.string().min(1),
        due: dateSpecSchema,
        preuve: preuveSchema,
        responsable: roleSchema,
        wording: z.string().min(1).optional(),
      }),
    )
    .refine((list) => new Set(list.map((e) => e.code)).size === list.length, 'codes en double'),
  'bilans.evaluateurs': recordOf(natureBilanSchema.options, z.array(roleEvaluateurSchema)),
  'bilans.seuilSousAttendu': z.number().int().min(1),
  'licenciement.fractionStage': z.number().gt(0).lt(1),
  'conges.seuilJours': positiveInt,
  'conges.natures': recordOf(
    natureCongeSchema.options,
    z.strictObject({ remunere: z.boolean(), titularisationMaintenue: z.boolean() }),
  ),
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
  'formation.toleranceJours': z.number().nonnegative(),
  'alerte.delaiProtocoleJours': positiveInt,
  'inspection.obligatoire': z.strictObject({ corps: z.array(corpsSchema), renouvellement: z.boolean() }),
  'avis.requis': recordOf(categorieStagiaireSchema.options, z.array(roleAvisSchema)),
  ...destinatairesSchemas,
} as const satisfies { readonly [K in ParameterKey]: z.ZodType<ParameterValues[K], unknown> };

/** Every parameter key, in catalogue order. */
export const PARAMETER_KEYS = Object.keys(PARAMETER_SCHEMAS) as readonly ParameterKey[];
