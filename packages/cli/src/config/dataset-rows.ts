/**
 * Reads the files of the official dataset `fr-en-calendrier-scolaire` as published on data.education.gouv.fr
 * (Opendatasoft): its CSV export (`;` separator, UTF-8 with or without BOM, a header of field names or of
 * labels) and its JSON exports. The rows go to core's `importCalendrierScolaire`.
 *
 * @packageDocumentation
 */

import { parse } from 'csv-parse/sync';
import { err, ok, type Result } from 'neverthrow';

/** The dataset's fields by the folded header of the CSV export (field names and labels both). */
const FIELD_OF_HEADER: Readonly<Record<string, string>> = {
  description: 'description',
  population: 'population',
  start_date: 'start_date',
  'date de debut': 'start_date',
  end_date: 'end_date',
  'date de fin': 'end_date',
  location: 'location',
  academies: 'location',
  academie: 'location',
  zones: 'zones',
  annee_scolaire: 'annee_scolaire',
  'annee scolaire': 'annee_scolaire',
};

const REQUIRED = [
  'description',
  'population',
  'start_date',
  'end_date',
  'location',
  'zones',
  'annee_scolaire',
];

function fold(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The rows of the dataset's CSV export, keyed by the dataset's field names.
 *
 * @param text - the file's content.
 * @returns the rows (`end_date` null when empty), or why the file is not the dataset.
 */
export function parseDatasetCsv(text: string): Result<Record<string, string | null>[], string> {
  const body = text.replace(/^\uFEFF/u, '');
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: false, skip_empty_lines: true, trim: true });
  } catch (e) {
    return err(`CSV illisible (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const [header, ...rows] = records;
  if (header === undefined) return err('fichier vide');
  const fields = header.map((h) => FIELD_OF_HEADER[fold(h)] ?? null);
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    return err(
      `colonnes absentes : ${missing.join(', ')} (en-tête attendu : description;population;start_date;end_date;location;zones;annee_scolaire, ou les libellés Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire)`,
    );
  }
  return ok(
    rows.map((cells) => {
      const row: Record<string, string | null> = {};
      fields.forEach((field, i) => {
        if (field === null) return;
        const value = cells[i] ?? '';
        row[field] = field === 'end_date' && value === '' ? null : value;
      });
      return row;
    }),
  );
}

/**
 * The rows of a dataset file, CSV or JSON.
 *
 * @param text - the file's content.
 * @param format - how to read it.
 * @returns what `importCalendrierScolaire` takes (an array, `{ results }` or `{ records }`), or why it cannot.
 */
export function readDatasetText(text: string, format: 'csv' | 'json'): Result<unknown, string> {
  if (format === 'csv') return parseDatasetCsv(text);
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/u, '')));
  } catch (e) {
    return err(`JSON illisible (${e instanceof Error ? e.message : String(e)})`);
  }
}
