/**
 * Formats shared by the dossier's schemas: UAI, académie, school year, ISO dates and instants.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { type Issue, issue } from '../errors.js';

/** Letters of the UAI check key: the Latin alphabet without I, O and Q (23 letters). */
const CLE_UAI = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Computes the check letter of a UAI (ex-RNE) from its seven digits.
 *
 * @param chiffres - the first seven characters of the UAI, all digits.
 * @returns the expected eighth character.
 * @remarks Key = the 7-digit number modulo 23, read in the alphabet without I, O, Q. Corsican codes use the
 * numeric prefixes 620 and 720 in the UAI. Source (SECONDARY): the validator of the Ministry's
 * mission-apprentissage catalogue (`uaiUtils.js`).
 * @example
 * ```ts
 * computeCleUai('0750655'); // 'E'
 * ```
 * @category Dossier
 */
export function computeCleUai(chiffres: string): string {
  return CLE_UAI.charAt(Number.parseInt(chiffres, 10) % 23);
}

/**
 * A UAI code (unité administrative immatriculée) of an EPLE: seven digits and a check letter.
 *
 * @example `0750655E`, `9740001H`.
 * @category Dossier
 */
export const uaiSchema = z
  .string()
  .regex(/^[0-9]{7}[A-Z]$/, 'Un code UAI a sept chiffres suivis d’une lettre majuscule.')
  .refine((uai) => computeCleUai(uai.slice(0, 7)) === uai.charAt(7), {
    message: 'La lettre clé du code UAI ne correspond pas à ses chiffres.',
  })
  .meta({ description: 'Code UAI (ex-RNE) de l’établissement : 7 chiffres et une lettre clé.' });

/**
 * Code of an académie, as used by rule packs: lower case, no accents, words joined by `-` (`reunion`, `lyon`).
 *
 * @category Dossier
 */
export const academieSchema = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, 'Un code d’académie est en minuscules sans accents, mots séparés par « - ».')
  .meta({ description: 'Code de l’académie (minuscules, sans accents), p. ex. « reunion ».' });

/**
 * A school year `YYYY-YYYY` whose second year follows the first (`2022-2023`).
 *
 * @category Dossier
 */
export const anneeScolaireSchema = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{4}$/, 'Une année scolaire s’écrit AAAA-AAAA.')
  .refine((a) => Number(a.slice(5)) === Number(a.slice(0, 4)) + 1, {
    message: 'La seconde année doit suivre la première.',
  })
  .meta({ description: 'Année scolaire, p. ex. « 2022-2023 ».' });

/**
 * A calendar date `YYYY-MM-DD` (no time, no zone: a day as the texts count days) that exists in the calendar:
 * zod's ISO date pattern knows the length of each month and the leap years (`2023-02-30` and `2023-02-29` are
 * refused, `2024-02-29` accepted).
 *
 * @category Dossier
 */
export const isoDateSchema = z.iso.date({
  error: 'Date attendue AAAA-MM-JJ, qui existe dans le calendrier.',
});

/**
 * An instant with an explicit offset (`2022-11-30T23:59:59+04:00` or `…Z`), whose date and time exist (no
 * 30 February, no 24:00, no offset beyond ±23:59).
 *
 * @category Dossier
 */
export const isoInstantSchema = z.iso.datetime({
  offset: true,
  error:
    'Instant attendu ISO 8601 avec décalage (p. ex. 2023-03-02T10:00:00+04:00), qui existe dans le calendrier.',
});

/**
 * A non-empty identifier (of a dossier, a person, a visit…) as stored: what any version of Tremplin may have
 * written. Reading stays this lenient so that old logs load; new identifiers are checked by
 * {@link identifiantSurSchema}.
 *
 * @category Dossier
 */
export const identifiantSchema = z.string().min(1).max(200);

/**
 * The characters of an identifier Tremplin creates (a dossier, a stagiaire, an actor, a visit…): a letter or a
 * digit, then up to 63 letters, digits, `.`, `_`, `:` or `-` — and never `..`. No `/`, `\`, space or control
 * character, so that an identifier is safe in a file name, a URL and a terminal.
 *
 * @remarks Tremplin's rule (no text sets one). Checked when an identifier is created (`dossier.ouvrir`, the
 * service's dossier id for it, the acting `Acteur`, the ids a command creates), never on read: a log written
 * before the rule still loads.
 * @category Dossier
 */
export const IDENTIFIANT_SUR = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * An identifier Tremplin creates, checked against {@link IDENTIFIANT_SUR}.
 *
 * @example `dos-2022-0001`, `stg:reunion:42`, `0b8f5c1e-7d2a-4c1e-9a55-3f1f2d9c8e11`.
 * @category Dossier
 */
export const identifiantSurSchema = z
  .string()
  .regex(
    IDENTIFIANT_SUR,
    'Un identifiant commence par une lettre ou un chiffre, puis au plus 63 lettres, chiffres, « . », « _ », « : » ou « - » (ni « / », ni « \\ », ni espace, ni caractère de contrôle).',
  )
  .refine((id) => !id.includes('..'), { message: 'Un identifiant ne contient pas « .. ».' })
  .meta({ description: 'Identifiant : [A-Za-z0-9][A-Za-z0-9._:-]{0,63}, sans « .. ».' });

/**
 * Whether a value is an identifier Tremplin may create (see {@link IDENTIFIANT_SUR}).
 *
 * @param id - any value.
 * @returns true for a safe identifier.
 * @category Dossier
 */
export function isIdentifiantSur(id: unknown): id is string {
  return typeof id === 'string' && IDENTIFIANT_SUR.test(id) && !id.includes('..');
}

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what a terminal or a document shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is refused.
const CONTROLE_TEXTE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is refused.
const CONTROLE_NOM = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is shown.
const CONTROLE_TOUS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name on one line (nom, prénom, établissement, intitulé): 1 to `max` characters without any control
 * character (C0 — tab and newline included —, DEL, C1) nor bidirectional override or isolate
 * (U+202A–U+202E, U+2066–U+2069).
 *
 * @param max - the longest name accepted.
 * @returns the schema.
 * @remarks Tremplin's rule: these characters would reach terminals (ESC sequences, BEL) and documents
 * (a right-to-left override reverses what a reader sees) raw.
 * @category Dossier
 */
export function nomSchema(max = 200) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((nom) => !CONTROLE_NOM.test(nom), {
      message:
        'Un nom ne contient pas de caractère de contrôle (ni tabulation, ni saut de ligne, ni caractère de direction).',
    });
}

/**
 * A free text that may span several lines (an appréciation, a compte rendu): 1 to `max` characters, tab and
 * newlines allowed, no other control character nor bidirectional override or isolate.
 *
 * @param max - the longest text accepted.
 * @returns the schema.
 * @remarks Tremplin's rule, as for {@link nomSchema}.
 * @category Dossier
 */
export function texteLibreSchema(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((texte) => !CONTROLE_TEXTE.test(texte), {
      message:
        'Le texte contient un caractère de contrôle ou de direction (seuls tabulation et sauts de ligne sont admis).',
    });
}

/**
 * A text with its control characters and bidirectional overrides shown as code points (`U+001B`), for a
 * message that quotes a value read from a hostile source.
 *
 * @param text - any text.
 * @returns the text, safe to print.
 * @category Dossier
 */
export function showControlCharacters(text: string): string {
  return text.replace(
    CONTROLE_TOUS,
    (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @category Dossier
 */
export type IsoDate = z.infer<typeof isoDateSchema>;
/**
 * An instant with an explicit offset.
 *
 * @category Dossier
 */
export type IsoInstant = z.infer<typeof isoInstantSchema>;

/**
 * Tremplin's bounds of a plausible stagiaire's age on the first day of the stage, in years.
 *
 * @remarks Tremplin's plausibility bounds, not a text: 18, the age of majority (code civil, art. 414); 70,
 * above the limite d'âge of the fonction publique (67 years for the sedentary categories, loi n° 84-834 du
 * 13 septembre 1984, art. 1, as amended in 2010 — to verify), so that no real stagiaire is refused. No text
 * sets an age limit for the concours of teachers since the ordonnance n° 2005-901 (to verify).
 * @category Dossier
 */
export const AGE_STAGIAIRE_PLAUSIBLE = { min: 18, max: 70 } as const;

/**
 * Checks that a birth date is plausible for a stagiaire: between {@link AGE_STAGIAIRE_PLAUSIBLE} `min` and
 * `max` years old on the first day of the stage.
 *
 * @param dateNaissance - the birth date `YYYY-MM-DD` (already a real calendar date).
 * @param debutStage - the first day of the stage (or the planned nomination), `YYYY-MM-DD`.
 * @param path - where the birth date sits in the input.
 * @returns null when plausible, else an issue `date-naissance.invraisemblable` (the value is not repeated: it is
 * personal data).
 * @category Dossier
 */
export function checkDateNaissance(
  dateNaissance: string,
  debutStage: string,
  path: ReadonlyArray<string | number> = ['dateNaissance'],
): Issue | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (
    typeof dateNaissance !== 'string' ||
    typeof debutStage !== 'string' ||
    !iso.test(dateNaissance) ||
    !iso.test(debutStage)
  ) {
    return issue(
      'date-naissance.invraisemblable',
      'Date de naissance et début du stage attendus AAAA-MM-JJ.',
      path,
    );
  }
  const annees = Number(debutStage.slice(0, 4)) - Number(dateNaissance.slice(0, 4));
  const age = debutStage.slice(5) < dateNaissance.slice(5) ? annees - 1 : annees;
  if (Number.isInteger(age) && age >= AGE_STAGIAIRE_PLAUSIBLE.min && age <= AGE_STAGIAIRE_PLAUSIBLE.max)
    return null;
  return issue(
    'date-naissance.invraisemblable',
    `La date de naissance donnerait au stagiaire un âge hors de ${AGE_STAGIAIRE_PLAUSIBLE.min}–${AGE_STAGIAIRE_PLAUSIBLE.max} ans au début du stage : vérifier la saisie.`,
    path,
  );
}
