/**
 * The zod schema of the corps d'accueil, checked against the référentiel's `Corps` type.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { Corps } from '../referentiel/types.js';

const corpsValues = [
  'certifie',
  'agrege',
  'plp',
  'eps',
  'documentaliste',
  'cpe',
] as const satisfies readonly Corps[];

/**
 * Corps d'accueil of a second-degree stagiaire: professeurs certifiés, agrégés, de lycée professionnel (PLP),
 * d'EPS, professeurs documentalistes (certifiés of the documentation section) and CPE.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 1; agrégés: arrêté du 22 août 2014 (NOR MENH1411677A).
 * @category Dossier
 */
export const corpsSchema = z.enum(corpsValues);
