/**
 * The rows of an input file as a stream of candidates (the record each row describes, with the problems found
 * reading it), whatever the format: CSV and JSON Lines are streamed, a JSON array is read whole.
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import type { RejectedRow } from '../failure.js';
import { CsvSyntaxError, csvRecords } from './csv.js';
import { checkDossierHeader, columnOfPath, dossierFromCsv } from './dossier-csv.js';
import { checkEventHeader, eventColumnOfPath, eventFromCsv } from './event-rows.js';
import type { InputFormat } from './input-source.js';
import { jsonLines, parseJsonArray } from './json-rows.js';

/** What is imported. */
export type ImportKind = 'dossiers' | 'events';

/** One row read, not yet checked against the schema. */
export interface Candidate {
  readonly line: number;
  readonly value: unknown;
  readonly issues: Issue[];
  /** Names a schema path by its CSV column (CSV inputs only). */
  readonly column: ((path: readonly PropertyKey[]) => string) | undefined;
}

/** A row, or the reason the file cannot be read past this point (a bad header, a CSV syntax error). */
export type RowItem =
  | { readonly kind: 'row'; readonly candidate: Candidate }
  | { readonly kind: 'fatal'; readonly row: RejectedRow };

function fatal(line: number, code: string, message: string): RowItem {
  return { kind: 'fatal', row: { line, dossierId: null, issues: [{ code, message, path: [] }] } };
}

async function* csvRows(text: AsyncIterable<string>, kind: ImportKind): AsyncGenerator<RowItem> {
  let header: readonly string[] | undefined;
  try {
    for await (const record of csvRecords(text)) {
      if (header === undefined) {
        header = record.fields.map((h) => h.trim());
        const issues = kind === 'dossiers' ? checkDossierHeader(header) : checkEventHeader(header);
        if (issues.length > 0) {
          yield { kind: 'fatal', row: { line: record.line, dossierId: null, issues } };
          return;
        }
        continue;
      }
      const read = kind === 'dossiers' ? dossierFromCsv(header, record) : eventFromCsv(header, record);
      const column = kind === 'dossiers' ? columnOfPath : eventColumnOfPath;
      yield {
        kind: 'row',
        candidate: { line: record.line, value: read.candidate, issues: read.issues, column },
      };
    }
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    yield fatal(e.line, 'csv.syntaxe', e.message);
    return;
  }
  if (header === undefined) yield fatal(1, 'csv.syntaxe', 'Fichier vide : une ligne d’en-tête est attendue.');
}

async function* jsonArrayRows(text: AsyncIterable<string>): AsyncGenerator<RowItem> {
  let whole = '';
  for await (const chunk of text) whole += chunk;
  const rows = parseJsonArray(whole);
  if (rows.isErr()) {
    yield fatal(rows.error.line, 'json.syntaxe', rows.error.message);
    return;
  }
  for (const r of rows.value) {
    const value = r.value.ok ? r.value.data : undefined;
    yield { kind: 'row', candidate: { line: r.line, value, issues: [], column: undefined } };
  }
}

async function* jsonLineRows(text: AsyncIterable<string>): AsyncGenerator<RowItem> {
  for await (const r of jsonLines(text)) {
    const candidate: Candidate = {
      line: r.line,
      value: r.value.ok ? r.value.data : undefined,
      issues: r.value.ok ? [] : [{ code: 'json.syntaxe', message: r.value.message, path: [] }],
      column: undefined,
    };
    yield { kind: 'row', candidate };
  }
}

/**
 * Reads the rows of an input.
 *
 * @param text - the file's text, in chunks.
 * @param format - csv, json (an array, held in memory) or jsonl.
 * @param kind - dossiers or events (the CSV columns differ).
 * @returns the rows in file order; a `fatal` item ends the stream.
 */
export function readRows(
  text: AsyncIterable<string>,
  format: InputFormat,
  kind: ImportKind,
): AsyncGenerator<RowItem> {
  if (format === 'csv') return csvRows(text, kind);
  if (format === 'json') return jsonArrayRows(text);
  return jsonLineRows(text);
}
