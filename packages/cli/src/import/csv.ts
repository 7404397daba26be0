/**
 * CSV files as users have them, read with csv-parse (quoting, separators inside quotes, line breaks inside
 * fields, byte order mark): the separator is found on the header line (`;` from French spreadsheets, `,`, or
 * a tab), rows made only of separators (`;;;;`) and blank lines are skipped, and every record keeps the line
 * where it starts so that a refused row is named by its line. An error never quotes the file's text (a row may
 * hold a NUMEN): it names the line only.
 *
 * @packageDocumentation
 */
import { Readable } from 'node:stream';
import { type Options, parse } from 'csv-parse';

/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  /** The fields, in column order. */
  readonly fields: readonly string[];
}

/** The separators recognised on the header line. */
export type CsvSeparator = ',' | ';' | '\t';

/** Why a CSV file could not be read at all. */
export interface CsvError {
  readonly line: number;
  readonly message: string;
}

/** Thrown inside {@link csvRecords}' iteration on a syntax error; carries the line, never the text. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(error: CsvError) {
    super(error.message);
    this.line = error.line;
  }
}

/** The longest field read (a quote left open would otherwise swallow the whole file into memory). */
const MAX_RECORD_SIZE = 1_000_000;

/**
 * The separator of a CSV text: the most frequent of `;`, `,` and tab outside quotes on its first line.
 *
 * @param text - the start of the file (at least its first line when it has more than one).
 * @returns the separator; `,` when none appears.
 */
export function sniffSeparator(text: string): CsvSeparator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.entries(counts) as [CsvSeparator, number][]).sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] > 0 ? best[0] : ',';
}

function options(separator: CsvSeparator): Options {
  return {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_SIZE,
    info: true,
  };
}

/** A csv-parse error in French, with the line only (csv-parse's own messages quote the field). */
function csvError(error: unknown, nextLine: number): CsvError {
  const code = (error as { code?: unknown }).code;
  const at = (error as { lines?: unknown }).lines;
  const line = typeof at === 'number' ? at : nextLine;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { line: nextLine, message: 'Guillemet ouvert jamais refermé.' };
    case 'CSV_MAX_RECORD_SIZE':
      return {
        line: nextLine,
        message: `Champ de plus de ${MAX_RECORD_SIZE.toLocaleString('fr-FR')} caractères : un guillemet est-il resté ouvert ?`,
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { line, message: 'Texte après un guillemet fermant : doublez les guillemets dans un champ.' };
    default:
      return { line, message: `Ligne illisible (${typeof code === 'string' ? code : 'CSV'}).` };
  }
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

function recordOf(parsed: ParsedRecord): CsvRecord {
  // csv-parse counts the line where the record ends: line breaks inside quoted fields go back to its start.
  let inner = 0;
  for (const field of parsed.record) for (const ch of field) if (ch === '\n') inner++;
  return { line: parsed.info.lines - inner, fields: parsed.record };
}

async function firstLine(iterator: AsyncIterator<string>): Promise<string> {
  let head = '';
  while (!/[\r\n]/.test(head)) {
    const next = await iterator.next();
    if (next.done === true) break;
    head += next.value;
  }
  return head;
}

async function* replay(head: string, iterator: AsyncIterator<string>): AsyncGenerator<string> {
  if (head !== '') yield head;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return;
    yield next.value;
  }
}

/**
 * Reads CSV text as a stream of records, the header first.
 *
 * @param text - the file's text, in chunks.
 * @returns the records (header included), in file order, with the separator of the header line.
 * @throws {@link CsvSyntaxError} (inside the iteration) on an unterminated quote or stray text after a quote.
 */
export async function* csvRecords(
  text: AsyncIterable<string>,
): AsyncGenerator<CsvRecord & { readonly separator: CsvSeparator }> {
  const iterator = text[Symbol.asyncIterator]();
  const head = await firstLine(iterator);
  const separator = sniffSeparator(head.replace(/^\uFEFF/, ''));
  // Where the last complete record ended, kept as the parser reads (records still buffered are lost on error).
  let lastEnd = 0;
  const parser = parse({
    ...options(separator),
    on_record: (record: string[], context: { readonly lines: number }) => {
      lastEnd = context.lines;
      return record;
    },
  });
  const source = Readable.from(replay(head, iterator));
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>)
      yield { ...recordOf(parsed), separator };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_'))
      throw new CsvSyntaxError(csvError(e, lastEnd + 1));
    throw e;
  } finally {
    source.destroy();
  }
}
