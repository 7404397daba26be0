/**
 * Tremplin's JSON form of a school calendar (core's `CalendrierScolaire`), as `tremplin calendrier import`
 * writes it and the configuration's `calendriers` read it back.
 *
 * @packageDocumentation
 */
import { z } from 'zod';

const date = z.iso.date({ error: 'date attendue AAAA-MM-JJ' });

const sourceSchema = z.object({
  texte: z.string().min(1),
  article: z.string().optional(),
  nor: z.string().optional(),
  url: z.string().optional(),
  nature: z.enum(['officielle', 'academique', 'secondaire', 'hypothese']).optional(),
});

const periodeSchema = z.object({
  type: z.enum([
    'toussaint',
    'noel',
    'hiver',
    'printemps',
    'pont-ascension',
    'ete',
    'apres-periode-1',
    'ete-austral',
    'apres-periode-3',
    'apres-periode-4',
    'hiver-austral',
    'carnaval',
    'paques',
    'autre',
  ]),
  libelle: z.string().min(1),
  population: z.enum(['tous', 'eleves', 'enseignants', 'autre']),
  populationLibelle: z.string().optional(),
  finDesCours: date,
  reprise: date.nullable(),
  confidence: z.enum(['verified', 'secondary', 'unverified']),
  source: sourceSchema,
});

/** One calendar in Tremplin's JSON form. */
export const calendrierSchema = z.object({
  academie: z.string().min(1),
  anneeScolaire: z.string().regex(/^\d{4}-\d{4}$/u, { error: 'année scolaire attendue AAAA-AAAA' }),
  zone: z.enum([
    'Zone A',
    'Zone B',
    'Zone C',
    'Corse',
    'Guadeloupe',
    'Guyane',
    'Martinique',
    'Mayotte',
    'Nouvelle Calédonie',
    'Polynésie',
    'Réunion',
    'Saint Pierre et Miquelon',
    'Wallis et Futuna',
  ]),
  timeZone: z.string().min(1),
  rentreeEleves: date.optional(),
  rentreeEnseignants: date.optional(),
  vacances: z.array(periodeSchema),
  remarques: z.array(z.string()).optional(),
});

/** A calendar file in Tremplin's form: one calendar or an array of them. */
export const calendrierFileSchema = z.union([calendrierSchema, z.array(calendrierSchema)]);

/**
 * Whether parsed JSON is in Tremplin's form rather than rows of the dataset (its calendars hold `vacances`).
 *
 * @param value - the parsed JSON.
 * @returns true for Tremplin's form.
 */
export function isTremplinCalendrier(value: unknown): boolean {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null && 'vacances' in first;
}
