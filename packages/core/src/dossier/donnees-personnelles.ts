/**
 * The stagiaire's personal data — NUMEN, date of birth, e-mail — kept in a rectifiable register
 * (`RegistrePersonnes`) outside the append-only log: events and frozen views carry his id and name only.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { isoDateSchema } from './identifiants.js';
import { sensitiveString } from './sensitive.js';

/**
 * A NUMEN: 13 upper-case letters or digits. Sensitive.
 *
 * @category Dossier
 */
export const numenSchema = sensitiveString(
  z.string().regex(/^[0-9A-Z]{13}$/, 'Un NUMEN a 13 caractères (chiffres ou majuscules).'),
);

/**
 * The stagiaire's personal data, each value {@link Sensitive} and `null` when not known.
 *
 * @remarks Règlement (UE) 2016/679 (RGPD), art. 5 § 1 c (minimisation) and e (limitation of storage): these
 * values live in the register, which can be rectified (art. 16) and erased (art. 17), never in the log.
 * @category Dossier
 */
export const donneesPersonnellesSchema = z
  .object({
    numen: numenSchema.nullable(),
    dateNaissance: sensitiveString(isoDateSchema).nullable(),
    courriel: sensitiveString(z.email()).nullable(),
  })
  .strict();
/**
 * The stagiaire's personal data.
 *
 * @category Dossier
 */
export type DonneesPersonnelles = z.infer<typeof donneesPersonnellesSchema>;

/**
 * The names of the personal fields, in a stable order.
 *
 * @category Dossier
 */
export const CHAMPS_PERSONNELS = ['numen', 'dateNaissance', 'courriel'] as const;

/**
 * One personal field (`numen`, `dateNaissance`, `courriel`).
 *
 * @category Dossier
 */
export const champPersonnelSchema = z.enum(CHAMPS_PERSONNELS);
/**
 * One personal field.
 *
 * @category Dossier
 */
export type ChampPersonnel = z.infer<typeof champPersonnelSchema>;

/**
 * Some of the personal fields, as a rectification gives them (at least one).
 *
 * @category Dossier
 */
export const rectificationPersonnelleSchema = donneesPersonnellesSchema
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Indiquez au moins un champ à rectifier.' });

/**
 * Why the stagiaire's personal data are erased: the grounds of RGPD art. 17 § 1 that apply to a public
 * employer. `donnees-plus-necessaires` (a), `opposition` (c), `traitement-illicite` (d), `obligation-legale` (e).
 *
 * @remarks Règlement (UE) 2016/679, art. 17 § 1. Art. 17 § 3 b) excludes erasure while the data are needed
 * to comply with a legal obligation (the keeping of the fonctionnaire's career record): the service then
 * refuses `donnees-plus-necessaires` before the end of the retention period (see `ConservationPersonnes`).
 * @category Dossier
 */
export const fondementEffacementSchema = z.enum([
  'donnees-plus-necessaires',
  'opposition',
  'traitement-illicite',
  'obligation-legale',
]);
/**
 * The ground of an erasure.
 *
 * @category Dossier
 */
export type FondementEffacement = z.infer<typeof fondementEffacementSchema>;

/**
 * An object without its personal fields (a stagiaire as an earlier version stored it in the log).
 *
 * @param personne - a stagiaire or any object.
 * @returns the same object when it has none, else a copy without `numen`, `dateNaissance`, `courriel`.
 * @category Dossier
 */
export function omitDonneesPersonnelles<T>(personne: T): T {
  if (typeof personne !== 'object' || personne === null || Array.isArray(personne)) return personne;
  const record = personne as Record<string, unknown>;
  if (!CHAMPS_PERSONNELS.some((champ) => champ in record)) return personne;
  const { numen: _n, dateNaissance: _d, courriel: _c, ...rest } = record;
  return rest as T;
}
