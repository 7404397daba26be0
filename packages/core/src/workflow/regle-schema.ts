/**
 * The shape of one rule value: the value, the text it comes from, our confidence in it, and the reading it rests
 * on.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { SourceRef } from '../errors.js';

/**
 * The zod schema of a {@link SourceRef}.
 *
 * @category Workflow
 */
export const sourceRefSchema: z.ZodType<SourceRef> = z
  .object({
    texte: z.string().min(1),
    article: z.string().min(1).exactOptional(),
    nor: z.string().min(1).exactOptional(),
    url: z.string().min(1).exactOptional(),
    nature: z.enum(['officielle', 'academique', 'secondaire', 'hypothese']).exactOptional(),
  })
  .strict();

/** How sure we are of a value: read in the text, read in a secondary source, or not found. */
export const confidenceSchema = z.enum(['verified', 'secondary', 'unverified']);

/**
 * One rule value with its source, confidence and note.
 *
 * @param valeur - the schema of the value.
 */
export function regle<T extends z.ZodType>(valeur: T) {
  return z
    .object({
      valeur,
      source: sourceRefSchema,
      confidence: confidenceSchema,
      note: z.string().min(1).exactOptional(),
    })
    .strict();
}
