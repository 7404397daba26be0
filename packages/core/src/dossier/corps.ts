/**
 * The corps d'accès of a stagiaire, and his profil d'évaluation (the corps, with the professeurs documentalistes
 * apart).
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { Profil } from '../referentiel/types.js';
import type { Fonction } from './chaine.js';

/**
 * Corps d'accès of a second-degree stagiaire: professeurs certifiés (documentalistes included), agrégés, de
 * lycée professionnel (PLP), d'EPS, and conseillers principaux d'éducation (CPE). Each has its jury académique
 * (« un jury académique par corps d'accès »), except the agrégés, who have none.
 *
 * Out of scope: the first degree (professeurs des écoles: their own arrêté), the psychologues de l'éducation
 * nationale (their own statut and INSPÉ path), and the private sector's contractuels (maîtres du privé: no
 * fonctionnaire stage).
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 1 and 4; agrégés: arrêté du 22 août 2014 (NOR
 * MENH1411677A); documentalistes: arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1.
 * @category Dossier
 */
export const corpsSchema = z.enum(['certifie', 'agrege', 'plp', 'eps', 'cpe']);
/**
 * A corps d'accès.
 *
 * @category Dossier
 */
export type Corps = z.infer<typeof corpsSchema>;

/**
 * Every profil d'évaluation (see `Profil`), for the packs' grid choices.
 *
 * @category Référentiel
 */
export const profilSchema = z.enum([
  'certifie',
  'agrege',
  'plp',
  'eps',
  'documentaliste',
  'cpe',
] as const satisfies readonly Profil[]);

/**
 * The fonction a dossier holds: recorded, or else that of its corps (a CPE is `cpe`, every other corps
 * `enseignant`).
 *
 * @param identite - the dossier's corps and, when recorded, its fonction.
 * @category Dossier
 */
export function getFonction(identite: { readonly corps: Corps; readonly fonction?: Fonction }): Fonction {
  return identite.fonction ?? (identite.corps === 'cpe' ? 'cpe' : 'enseignant');
}

/**
 * The profil d'évaluation of a dossier: `documentaliste` for a certifié of the documentation fonction, the
 * corps otherwise.
 *
 * @param identite - the dossier's corps and fonction.
 * @remarks Arrêté du 1er juillet 2013 (référentiel), annexe, part 3 (professeurs documentalistes).
 * @category Dossier
 */
export function getProfil(identite: { readonly corps: Corps; readonly fonction?: Fonction }): Profil {
  return getFonction(identite) === 'documentaliste' ? 'documentaliste' : identite.corps;
}
