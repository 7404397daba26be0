/**
 * Zod schemas of plain dates and school-year labels, written so that their published JSON Schemas carry
 * the same patterns the library checks (a refinement alone would leave a bare `"type": "string"`).
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { isAnneeScolaire } from './local-date.js';

/**
 * A real calendar date `YYYY-MM-DD` (30 February is refused): zod's ISO date, whose JSON Schema has
 * `format: date` and the pattern.
 *
 * @category Calendriers
 */
export const localDateSchema = z.iso.date({ error: 'date attendue AAAA-MM-JJ' });

/**
 * A school-year label `YYYY-YYYY` whose second year follows the first (`2022-2023`). The pattern is in the
 * JSON Schema; the "consecutive years" check runs in code.
 *
 * @category Calendriers
 */
export const anneeScolaireLabelSchema = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{4}$/, { error: 'année scolaire attendue AAAA-AAAA', abort: true })
  .refine(isAnneeScolaire, 'année scolaire attendue AAAA-AAAA (deux années consécutives)');
