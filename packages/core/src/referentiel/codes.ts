/**
 * The list of the référentiel's competency codes, in the text's order, and its zod schema.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { CompetenceCode } from './types.js';

/**
 * Every competency code of the référentiel 2013, in the order of the text: CC1–CC14, P1–P5, D1–D4, C1–C8.
 *
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A). « CC » is a usage prefix; the text numbers the
 * common competencies 1 to 14. A test checks this list against the référentiel's data.
 * @category Référentiel
 */
export const competenceCodes = [
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
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'D1',
  'D2',
  'D3',
  'D4',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
] as const satisfies readonly CompetenceCode[];

/**
 * A competency code of the référentiel du 1er juillet 2013, as a zod enum (so that its JSON Schema lists the
 * codes).
 *
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A).
 * @category Référentiel
 */
export const competenceCodeSchema = z.enum(competenceCodes);
