/**
 * A CSV reader (RFC 4180) that keeps the line where each record starts, so that every refused row can be
 * named by its line. Accepts `,` or `;` as separator (French spreadsheets write `;`), a UTF-8 byte order mark,
 * CRLF or LF line ends, and quoted fields spanning lines.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';

/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  /** The fields, in column order. */
  readonly fields: readonly string[];
}

/** A CSV file read into a header and records. */
export interface CsvTable {
  /** The separator found in the header line. */
  readonly separator: ',' | ';';
  readonly header: readonly string[];
  /** Records after the header; blank lines are skipped. */
  readonly records: readonly CsvRecord[];
}

/** Why a CSV file could not be read at all. */
export interface CsvError {
  readonly line: number;
  readonly message: string;
}

function sniffSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads CSV text.
 *
 * @param input - the file's text.
 * @returns the header and records, or the line of an unterminated quote or of stray text after a quote.
 * @example
 * ```ts
 * parseCsv('a;b\n1;"x\ny"\n2;z').map((csv) => csv.records.map((r) => r.line)); // ok([2, 4])
 * ```
 */
export function parseCsv(input: string): Result<CsvTable, CsvError> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = sniffSeparator(text);
  const rows: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let atRecordEnd = false;
    while (!atRecordEnd) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) return err({ line: quoteLine, message: 'Guillemet ouvert jamais refermé.' });
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        const next = text[i];
        if (i < n && next !== separator && next !== '\n' && next !== '\r') {
          return err({
            line,
            message: 'Texte après un guillemet fermant : doublez les guillemets dans un champ.',
          });
        }
      } else {
        while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          field += text[i];
          i++;
        }
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        atRecordEnd = true;
      } else if (text[i] === separator) {
        i++;
      } else {
        if (text[i] === '\r') i++;
        if (text[i] === '\n') i++;
        line++;
        atRecordEnd = true;
      }
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) rows.push({ line: start, fields });
  }
  const [head, ...records] = rows;
  if (head === undefined)
    return err({ line: 1, message: 'Fichier vide : une ligne d’en-tête est attendue.' });
  return ok({ separator, header: head.fields.map((h) => h.trim()), records });
}
