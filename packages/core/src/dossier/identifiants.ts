/**
 * Formats shared by the dossier's schemas: UAI, académie, school year, ISO dates and instants.
 *
 * @packageDocumentation
 */
import { z } from 'zod';

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
 * A calendar date `YYYY-MM-DD` (no time, no zone: a day as the texts count days).
 *
 * @category Dossier
 */
export const isoDateSchema = z.iso.date();

/**
 * An instant with an explicit offset (`2022-11-30T23:59:59+04:00` or `…Z`).
 *
 * @category Dossier
 */
export const isoInstantSchema = z.iso.datetime({ offset: true });

/**
 * A non-empty identifier (of a dossier, a person, a visit…) chosen by the host application.
 *
 * @category Dossier
 */
export const identifiantSchema = z.string().min(1).max(200);

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
