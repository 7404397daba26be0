/**
 * The schema of the jury's frozen view of a dossier (its « instantané »).
 *
 * @packageDocumentation
 */
import { z } from 'zod';

/**
 * A SHA-256 content hash, written `sha256:` followed by 64 lower-case hexadecimal digits.
 *
 * @category Dossier
 */
export const empreinteSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/**
 * The view of a dossier the jury (or the recteur) decided on, frozen in the decision event: the content, the
 * hash of its canonical JSON, the last event sequence it includes, and the version and hash of the rules used.
 *
 * @remarks The decision can be reproduced on appeal: {@link verifyInstantane} recomputes the hash, and the
 * workflow's conditions can be re-evaluated on `vue` with the rules of that version. Arrêté du 22 août 2014
 * art. 7: the stagiaire has access to the grids, avis and reports the jury read.
 * @category Dossier
 */
export const instantaneJurySchema = z
  .object({
    version: z.literal(1),
    /** Sequence of the last event included in the view. */
    sequence: z.number().int().min(1),
    regles: z.object({ version: z.string().min(1), empreinte: empreinteSchema }).strict(),
    /** The view: a JSON object (see `buildVueJury`); its integrity is checked by `empreinte`, not by this schema. */
    vue: z.record(z.string(), z.unknown()),
    empreinte: empreinteSchema,
  })
  .strict();
/**
 * The jury's frozen view of a dossier.
 *
 * @category Dossier
 */
export type InstantaneJury = z.infer<typeof instantaneJurySchema>;
