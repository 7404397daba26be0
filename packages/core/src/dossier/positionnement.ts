/**
 * The positionnement recorded in a dossier: a level per item of the grid (per competency where a block has no
 * items), by one assessor; items may stay blank.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { competenceCodeSchema } from '../referentiel/codes.js';
import type { Positionnement } from '../referentiel/types.js';

const niveauSchema = z.string().min(1).max(100);
const commentaireSchema = z.string().max(4000).exactOptional();

/**
 * One line of a recorded positionnement: an item of the grid (`B4.3`) or a competency, the level's code on the
 * scale, an optional comment. The same shape as the référentiel's `PositionnementEntry`. Positionnements
 * recorded before grids had item ids rate competencies only, and stay valid.
 *
 * @category Dossier
 */
export const positionnementEntreeSchema = z.union([
  z
    .object({
      competence: competenceCodeSchema,
      niveau: niveauSchema,
      commentaire: commentaireSchema,
    })
    .strict(),
  z
    .object({
      item: z.string().regex(/^B\d{1,3}\.\d{1,3}$/),
      niveau: niveauSchema,
      commentaire: commentaireSchema,
    })
    .strict(),
]);

/**
 * A positionnement as recorded in an event: the grid and scale it was given on and the ratings, after
 * validation by the référentiel's `validatePositionnement` (same shape as its `Positionnement`). A blank item
 * has no entry.
 *
 * @remarks NS n° 2015-055 du 17 mars 2015: the grid « a un caractère impératif »; arrêté du 22 août 2014
 * art. 5: the avis rest on a grille d'évaluation.
 * @category Dossier
 */
export const positionnementEnregistreSchema = z
  .object({
    grilleId: z.string().min(1).max(200),
    echelleId: z.string().min(1).max(200),
    entries: z.array(positionnementEntreeSchema).max(200).readonly(),
  })
  .strict();

/**
 * A positionnement as recorded in a dossier (the référentiel's `Positionnement`).
 *
 * @category Dossier
 */
export type PositionnementEnregistre = Positionnement;
