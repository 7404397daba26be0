/**
 * The positionnement recorded in a dossier: a level per competency of the grid, by one assessor.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { CompetenceCode, Positionnement } from '../referentiel/types.js';

const codes = [
  ...([
    'CC1',
    'CC2',
    'CC3',
    'CC4',
    'CC5',
    'CC6',
    'CC7',
    'CC8',
    'CC9',
    'CC10',
    'CC11',
    'CC12',
    'CC13',
    'CC14',
  ] as const),
  ...(['P1', 'P2', 'P3', 'P4', 'P5'] as const),
  ...(['D1', 'D2', 'D3', 'D4'] as const),
  ...(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'] as const),
] as const satisfies readonly CompetenceCode[];

/**
 * A competency code of the référentiel du 1er juillet 2013 (CC1–CC14, P1–P5, D1–D4, C1–C8).
 *
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A). « CC » is a usage prefix; the text numbers the
 * common competencies 1 to 14.
 */
export const competenceCodeSchema = z.enum(codes);

/**
 * One line of a recorded positionnement: a competency, the level's code on the scale, an optional comment.
 * The same shape as the référentiel's `PositionnementEntry`.
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
 */
export const positionnementEnregistreSchema = z
  .object({
    grilleId: z.string().min(1).max(200),
    echelleId: z.string().min(1).max(200),
    entries: z.array(positionnementEntreeSchema).max(40).readonly(),
  })
  .strict();

/** A positionnement as recorded in a dossier (the référentiel's `Positionnement`). */
export type PositionnementEnregistre = Positionnement;
