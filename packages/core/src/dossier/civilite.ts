/**
 * The civilité of a person (Madame, Monsieur), and the words a document agrees with it: lauréat or lauréate,
 * tuteur or tutrice. Without a recorded civilité, documents use the form that names both.
 *
 * @packageDocumentation
 */
import { z } from 'zod';

/**
 * The civilité of a person, as the rectorat records it.
 *
 * @category Dossier
 */
export const civiliteSchema = z.enum(['madame', 'monsieur']);
/**
 * A civilité.
 *
 * @category Dossier
 */
export type Civilite = z.infer<typeof civiliteSchema>;

/**
 * The words documents agree with a civilité: masculine, feminine, and the form naming both when the civilité
 * is not recorded.
 *
 * @category Dossier
 */
export const MOTS_ACCORDES = {
  civilite: { monsieur: 'Monsieur', madame: 'Madame', inconnue: 'Madame, Monsieur' },
  laureat: { monsieur: 'lauréat', madame: 'lauréate', inconnue: 'lauréat ou lauréate' },
  tuteur: { monsieur: 'tuteur', madame: 'tutrice', inconnue: 'tuteur ou tutrice' },
  stagiaire: { monsieur: 'le stagiaire', madame: 'la stagiaire', inconnue: 'le ou la stagiaire' },
  nomme: { monsieur: 'nommé', madame: 'nommée', inconnue: 'nommé(e)' },
  titularise: { monsieur: 'titularisé', madame: 'titularisée', inconnue: 'titularisé(e)' },
  inspecteur: { monsieur: 'inspecteur', madame: 'inspectrice', inconnue: 'inspecteur ou inspectrice' },
  directeur: { monsieur: 'directeur', madame: 'directrice', inconnue: 'directeur ou directrice' },
} as const;

/**
 * A word agreed with a civilité (« lauréate » for Madame, « lauréat » for Monsieur, « lauréat ou lauréate »
 * when none is recorded).
 *
 * @param mot - which word.
 * @param civilite - the person's civilité, if recorded.
 * @category Dossier
 */
export function formatMotAccorde(
  mot: keyof typeof MOTS_ACCORDES,
  civilite: Civilite | null | undefined,
): string {
  return MOTS_ACCORDES[mot][civilite ?? 'inconnue'];
}
