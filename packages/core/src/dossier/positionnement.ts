/**
 * The positionnement recorded in a dossier: a level per competency of the grid, by one assessor.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { competenceCodeSchema } from '../referentiel/codes.js';
import type { Positionnement } from '../referentiel/types.js';

/**
 * One line of a recorded positionnement: a competency, the level's code on the scale, an optional comment.
 * The same shape as the référentiel's `PositionnementEntry`.
 *
 * @category Dossier
 */
export const positionnementEntreeSchema = z
  .object({
    competence: competenceCodeSchema,
    niveau: z.string().min(1).max(100),
    commentaire: z.string().max(4000).exactOptional(),
  })
  .strict();

/**
 * A positionnement as recorded in an event: the grid and scale it was given on and the ratings, after
 * validation by the référentiel's `validatePositionnement` (same shape as its `Positionnement`).
 *
 * @remarks NS n° 2015-055 du 17 mars 2015: the grid « a un caractère impératif »; arrêté du 22 août 2014
 * art. 5: the avis rest on a grille d'évaluation.
 * @category Dossier
 */
export const positionnementEnregistreSchema = z
  .object({
    grilleId: z.string().min(1).max(200),
    echelleId: z.string().min(1).max(200),
    entries: z.array(positionnementEntreeSchema).max(40).readonly(),
  })
  .strict();

/**
 * A positionnement as recorded in a dossier (the référentiel's `Positionnement`).
 *
 * @category Dossier
 */
export type PositionnementEnregistre = Positionnement;
