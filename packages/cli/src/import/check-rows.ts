/**
 * The first reading of an import: every row is read and checked (shape, schema, actor) before anything is
 * written, and the file's encoding is settled (UTF-8, or Windows-1252 detected or asked).
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { FileError, RejectedRow } from '../failure.js';
import { decodeChunks, EncodingMismatch, type InputEncoding, looksLikeWindows1252 } from './decode.js';
import type { InputSource } from './input-source.js';
import { type RowDefaults, requestOf } from './requests.js';
import { readRows } from './rows.js';

/** How many refused rows a report lists (all are counted). */
export const MAX_LISTED_ROWS = 1000;

/** What the first reading found. */
export interface RowsChecked {
  readonly encoding: InputEncoding;
  /** Rows read (blank lines and rows of separators excluded). */
  readonly rows: number;
  /** The first {@link MAX_LISTED_ROWS} refused rows, in file order. */
  readonly rejected: readonly RejectedRow[];
  /** Every refused row, counted. */
  readonly rejectedCount: number;
  /** The reason the file cannot be read past a line (a bad header, a CSV syntax error), if any. */
  readonly fatal: RejectedRow | null;
}

type Pass = RowsChecked | { readonly mismatch: number };

/** An identifier as the core accepts them: anything else in the cell is not shown (it may be another cell). */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The dossier a refused row names, when its cell holds an identifier. */
function shownId(value: unknown): string | null {
  const id = (value as { dossierId?: unknown } | undefined)?.dossierId;
  return typeof id === 'string' && SAFE_ID.test(id) ? id : null;
}

async function pass(source: InputSource, encoding: InputEncoding, defaults: RowDefaults): Promise<Pass> {
  const rejected: RejectedRow[] = [];
  let rows = 0;
  let rejectedCount = 0;
  try {
    for await (const item of readRows(decodeChunks(source.bytes(), encoding), source.format, defaults.kind)) {
      if (item.kind === 'fatal') return { encoding, rows, rejected, rejectedCount, fatal: item.row };
      rows++;
      const built = requestOf(item.candidate, defaults);
      if (built.request !== undefined) continue;
      rejectedCount++;
      if (rejected.length < MAX_LISTED_ROWS) {
        rejected.push({
          line: item.candidate.line,
          dossierId: shownId(item.candidate.value),
          issues: built.issues,
        });
      }
    }
  } catch (e) {
    if (e instanceof EncodingMismatch) return { mismatch: e.offset };
    throw e;
  }
  return { encoding, rows, rejected, rejectedCount, fatal: null };
}

function notUtf8(source: InputSource, offset: number): FileError {
  return {
    kind: 'file',
    message: `Ce fichier n’est pas en UTF-8 valide (octet invalide après l’octet ${offset})`,
    path: source.name,
    hint: 'Enregistrez-le en « CSV UTF-8 », ou dites son encodage : --encoding windows-1252 (Excel sous Windows).',
  };
}

/**
 * Reads and checks every row.
 *
 * @param source - the input.
 * @param defaults - kind, default actor and instant.
 * @param forced - the `--encoding` option, if given.
 * @param note - tells people (stderr) that a file was read as Windows-1252.
 * @returns what was found, or a file that is in no encoding read (or not in the one asked).
 */
export async function checkRows(
  source: InputSource,
  defaults: RowDefaults,
  forced: InputEncoding | undefined,
  note: (line: string) => void,
): Promise<Result<RowsChecked, FileError>> {
  const first = await pass(source, forced ?? 'utf-8', defaults);
  if (!('mismatch' in first)) return ok(first);
  if (forced !== undefined || !(await looksLikeWindows1252(source.bytes())))
    return err(notUtf8(source, first.mismatch));
  note(
    `Remarque : ${source.name} n’est pas en UTF-8 ; il est lu en Windows-1252 (Excel sous Windows). Vérifiez les accents dans le résultat ; « --encoding utf-8|windows-1252 » choisit.`,
  );
  const second = await pass(source, 'windows-1252', defaults);
  return 'mismatch' in second ? err(notUtf8(source, second.mismatch)) : ok(second);
}
