/**
 * The CSV form of events: one command per row, with its dossier, actor, instant, key and type in columns and
 * the command's other fields as a JSON object in `donnees`.
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import type { CsvRecord } from './csv.js';
import { jsonSyntaxMessage } from './json-rows.js';

/** The columns of the events CSV, in the documented order. */
export const EVENT_COLUMNS = [
  { name: 'dossierId', required: true, description: 'identifiant du dossier' },
  { name: 'acteur', required: false, description: 'qui agit, forme de --as (défaut : --as)' },
  {
    name: 'instant',
    required: false,
    description: 'instant ISO 8601 avec décalage (défaut : --at, puis l’horloge)',
  },
  {
    name: 'cle',
    required: false,
    description: 'clé d’idempotence (une ligne importée deux fois est enregistrée une fois)',
  },
  { name: 'type', required: true, description: 'type de commande (visite.realiser, conge.enregistrer…)' },
  { name: 'donnees', required: false, description: 'les autres champs de la commande, en objet JSON' },
] as const;

/**
 * Checks the header of an events CSV.
 *
 * @param header - the header's cells.
 * @returns the problems (empty when right).
 */
export function checkEventHeader(header: readonly string[]): Issue[] {
  const known = new Set<string>(EVENT_COLUMNS.map((c) => c.name.toLowerCase()));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const cell of header) {
    const key = cell.toLowerCase();
    if (!known.has(key)) {
      issues.push({
        code: 'csv.colonne-inconnue',
        message: `Colonne inconnue « ${cell} » (colonnes possibles : ${EVENT_COLUMNS.map((c) => c.name).join(', ')}).`,
        path: [cell],
      });
    } else if (seen.has(key)) {
      issues.push({ code: 'csv.colonne-en-double', message: `Colonne « ${cell} » en double.`, path: [cell] });
    }
    seen.add(key);
  }
  for (const c of EVENT_COLUMNS) {
    if (c.required && !seen.has(c.name.toLowerCase())) {
      issues.push({
        code: 'csv.colonne-manquante',
        message: `Colonne obligatoire « ${c.name} » absente.`,
        path: [c.name],
      });
    }
  }
  return issues;
}

/**
 * Turns a CSV row into an event record for the schema to check.
 *
 * @param header - the header's cells (checked).
 * @param record - the row.
 * @returns the candidate and the problems found reading it (bad JSON in `donnees`, a wrong count of cells).
 */
export function eventFromCsv(
  header: readonly string[],
  record: CsvRecord,
): { readonly candidate: Record<string, unknown>; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  if (record.fields.length !== header.length) {
    // A row split by another separator, or with a cell too many or too few: its cells are not where the
    // header says, so none is read (nor echoed: the row may hold a NUMEN).
    const message = `${record.fields.length} champ(s) pour ${header.length} colonne(s).`;
    return { candidate: {}, issues: [{ code: 'csv.nombre-de-champs', message, path: [] }] };
  }
  const cell = (name: string): string => {
    const i = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    return i < 0 ? '' : (record.fields[i] ?? '').trim();
  };
  let donnees: unknown = {};
  const raw = cell('donnees');
  if (raw !== '') {
    try {
      donnees = JSON.parse(raw);
    } catch (e) {
      issues.push({
        code: 'csv.donnees-json',
        message: `« donnees » n’est pas un objet JSON lisible (${jsonSyntaxMessage(e)}).`,
        path: ['donnees'],
      });
    }
  }
  if (typeof donnees !== 'object' || donnees === null || Array.isArray(donnees)) {
    issues.push({
      code: 'csv.donnees-json',
      message: '« donnees » doit être un objet JSON { … }.',
      path: ['donnees'],
    });
    donnees = {};
  }
  const candidate: Record<string, unknown> = {
    dossierId: cell('dossierId'),
    commande: { ...(donnees as Record<string, unknown>), type: cell('type') },
  };
  if (cell('acteur') !== '') candidate.acteur = cell('acteur');
  if (cell('instant') !== '') candidate.instant = cell('instant');
  if (cell('cle') !== '') candidate.cle = cell('cle');
  return { candidate, issues };
}

/**
 * The CSV column (and field inside `donnees`) a path of the event record comes from, to name it in errors.
 *
 * @param path - a path in the record (from a zod issue).
 * @returns `type`, `donnees.<champ>`, or the column name.
 */
export function eventColumnOfPath(path: readonly PropertyKey[]): string {
  const [head, second, ...rest] = path.map(String);
  if (head !== 'commande') return head ?? '';
  if (second === undefined || second === 'type') return 'type';
  return ['donnees', second, ...rest].join('.');
}
