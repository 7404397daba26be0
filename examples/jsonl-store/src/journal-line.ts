/**
 * The layout of the journal file: one JSON object per line, one line per successful `append` or
 * `appendBatch` call (a transaction), holding the commands it appended.
 *
 * ```text
 * {"v":1,"commands":[{"dossierId":"D-1","key":"cmd-1","recordedAt":"2022-09-01T08:00:00+04:00","first":1,"events":["{\"type\":\"dossier.ouvert\",…}"],"index":{…}}]}
 * ```
 *
 * Events are kept as the JSON text the core serialised (`PreparedAppend.payloads`), so what is read back is
 * byte for byte what was appended, and an idempotent replay compares texts exactly as the SQL stores do.
 *
 * @packageDocumentation
 */
import type { DossierIndex } from '@tremplin/core';
import { z } from 'zod';

/** Version of the line format, written in every line. */
export const JOURNAL_VERSION = 1;

/** One command as a line stores it. */
export interface JournalCommand {
  readonly dossierId: string;
  /** The command's idempotency key. */
  readonly key: string;
  readonly recordedAt: string;
  /** Sequence of its first event; the others follow without a gap. */
  readonly first: number;
  /** Each event's JSON text, in order. */
  readonly events: readonly string[];
  /** The listing summary the append gave, if any. */
  readonly index?: DossierIndex;
  /**
   * Each event's link in its dossier's hash chain (`computeChain`), checked when the file is replayed;
   * absent from lines written before the chain, whose links are then computed at replay.
   */
  readonly chains?: readonly string[];
}

/** One line: the commands of one transaction, all applied or (torn line) none. */
export interface JournalLine {
  readonly v: typeof JOURNAL_VERSION;
  readonly commands: readonly JournalCommand[];
}

const text = z.string().min(1);

const indexSchema = z.strictObject({
  dossierId: text,
  academie: z.string(),
  anneeScolaire: z.string(),
  uai: z.string(),
  // Journals written before Tremplin 0.2 may index a professeur documentaliste under corps `documentaliste`:
  // he is a certifié (the core reads the events in today's words; the index is read here the same way).
  corps: z.string().transform((c) => (c === 'documentaliste' ? 'certifie' : c)),
  discipline: z.string().optional(),
  tuteurIds: z.array(z.string()),
  etat: z.string(),
});

const lineSchema = z.strictObject({
  v: z.literal(JOURNAL_VERSION),
  commands: z
    .array(
      z.strictObject({
        dossierId: text,
        key: text,
        recordedAt: text,
        first: z.number().int().min(1),
        events: z.array(z.string()).min(1),
        index: indexSchema.optional(),
        chains: z.array(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
      }),
    )
    .min(1),
});

/**
 * Writes a transaction as one line, newline included.
 *
 * @param commands - what the transaction appended.
 * @returns the line.
 */
export function formatLine(commands: readonly JournalCommand[]): string {
  const line: JournalLine = { v: JOURNAL_VERSION, commands };
  return `${JSON.stringify(line)}\n`;
}

/**
 * Reads one complete line of the journal.
 *
 * @param text - the line, without its newline.
 * @returns the transaction, or a French description of what is wrong with it.
 */
export function parseLine(text: string): { ok: true; line: JournalLine } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'JSON illisible' };
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: `format inattendu (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`,
    };
  }
  // The index's `corps` is checked by the core when it is appended; read back, it is what was written.
  return { ok: true, line: parsed.data as JournalLine };
}
