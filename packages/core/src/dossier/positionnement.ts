/**
 * The positionnement recorded in a dossier: a level per competency of the grid, by one assessor.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { CompetenceCode } from '../referentiel/types.js';

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

/** One line of a positionnement: a competency, the level given on the scale, an optional comment. */
export const positionnementEntreeSchema = z
  .object({
    competence: competenceCodeSchema,
    /** The level's identifier on the scale (e.g. `en-cours-acquisition`, `suffisant`). */
    niveau: z.string().min(1).max(100),
    commentaire: z.string().max(4000).nullable(),
  })
  .strict();
/** One line of a positionnement. */
export type PositionnementEntree = z.infer<typeof positionnementEntreeSchema>;

/**
 * A positionnement as recorded: the scale and grid it was given on, and one entry per competency.
 *
 * @remarks The grid and scale identifiers are those of the référentiel module; the workflow validates the
 * entries against them before recording (every competency of the grid, no competency outside it, levels of
 * the scale). NS n° 2015-055 du 17 mars 2015: the grid « a un caractère impératif ».
 */
export const positionnementEnregistreSchema = z
  .object({
    grille: z.string().min(1).max(200),
    echelle: z.string().min(1).max(200),
    entrees: z.array(positionnementEntreeSchema).min(1).max(40),
  })
  .strict();
/** A positionnement as recorded in a dossier. */
export type PositionnementEnregistre = z.infer<typeof positionnementEnregistreSchema>;
