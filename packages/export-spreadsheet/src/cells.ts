/**
 * Rows turned into typed cells, every value checked before a byte is written.
 *
 * @packageDocumentation
 */
import { type Issue, issue, type ValidationError, validationError } from '@tremplin/core';
import { DateTime, IANAZone } from 'luxon';
import { err, ok, type Result } from 'neverthrow';
import type { Column, TableSpec } from './columns.js';

/** Longest text a spreadsheet cell holds (Excel's limit, also applied to CSV for parity). */
export const MAX_CELL_TEXT = 32_767;

/** A cell ready to be written. */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly decimals?: number }
  /** A calendar date: year, month (1–12), day. */
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  /** The wall-clock time of an instant in the table's zone. */
  | { readonly kind: 'datetime'; readonly local: DateTime }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** A table whose rows are resolved to cells. */
export interface ResolvedTable {
  readonly name: string;
  readonly columns: readonly Column<never>[];
  readonly rows: readonly (readonly Cell[])[];
}

const EMPTY: Cell = { kind: 'empty' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function resolveCell<Row>(
  column: Column<Row>,
  row: Row,
  zone: string,
  path: Issue['path'],
  issues: Issue[],
): Cell {
  switch (column.kind) {
    case 'text': {
      const value = column.value(row);
      if (value === null || value === undefined || value === '') return EMPTY;
      if (LONE_SURROGATE.test(value)) {
        issues.push(
          issue(
            'tableur.texte.unicode',
            'Texte mal formé : un demi-caractère UTF-16 isolé ne peut pas être écrit en UTF-8.',
            path,
          ),
        );
      }
      if (value.length > MAX_CELL_TEXT) {
        issues.push(
          issue(
            'tableur.texte.trop-long',
            `Texte de ${value.length} caractères : une cellule en contient au plus ${MAX_CELL_TEXT}.`,
            path,
          ),
        );
      }
      return { kind: 'text', value };
    }
    case 'number': {
      const value = column.value(row);
      if (value === null || value === undefined) return EMPTY;
      if (!Number.isFinite(value)) {
        issues.push(issue('tableur.nombre.invalide', `Nombre invalide : ${value}.`, path));
        return EMPTY;
      }
      return column.decimals === undefined
        ? { kind: 'number', value }
        : { kind: 'number', value, decimals: column.decimals };
    }
    case 'date': {
      const value = column.value(row);
      if (value === null || value === undefined) return EMPTY;
      const match = ISO_DATE.exec(value);
      if (match === null || !DateTime.fromISO(value, { zone: 'utc' }).isValid) {
        issues.push(
          issue('tableur.date.invalide', `Date invalide : « ${value} » (attendu AAAA-MM-JJ).`, path),
        );
        return EMPTY;
      }
      return { kind: 'date', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }
    case 'datetime': {
      const value = column.value(row);
      if (value === null || value === undefined) return EMPTY;
      const instant =
        typeof value === 'number'
          ? DateTime.fromMillis(value, { zone })
          : HAS_OFFSET.test(value)
            ? DateTime.fromISO(value, { setZone: true }).setZone(zone)
            : DateTime.invalid('offset manquant');
      if (!instant.isValid) {
        issues.push(
          issue(
            'tableur.instant.invalide',
            `Instant invalide : « ${value} » (attendu ISO 8601 avec décalage ou millisecondes epoch).`,
            path,
          ),
        );
        return EMPTY;
      }
      return { kind: 'datetime', local: instant };
    }
    case 'boolean': {
      const value = column.value(row);
      return value === null || value === undefined ? EMPTY : { kind: 'boolean', value };
    }
  }
}

/**
 * Checks a table's definition: sheet name, unique keys, widths, decimals.
 *
 * @param table - the table.
 * @param path - where the table sits in the caller's input.
 * @returns the problems found (empty when none).
 */
export function checkTable<Row>(table: TableSpec<Row>, path: Issue['path'] = []): Issue[] {
  const issues: Issue[] = [];
  if (table.name.length === 0 || table.name.length > 31 || SHEET_NAME_FORBIDDEN.test(table.name)) {
    issues.push(
      issue(
        'tableur.feuille.nom-invalide',
        `Nom de feuille invalide : « ${table.name} » (1 à 31 caractères, sans [ ] : * ? / \\).`,
        [...path, 'name'],
      ),
    );
  }
  const keys = new Set<string>();
  table.columns.forEach((c, i) => {
    if (keys.has(c.key)) {
      issues.push(
        issue('tableur.colonne.double', `Colonne « ${c.key} » en double.`, [...path, 'columns', i]),
      );
    }
    keys.add(c.key);
    if (c.width !== undefined && !(c.width > 0 && c.width <= 255)) {
      issues.push(
        issue('tableur.colonne.largeur', `Largeur invalide : ${c.width} (1 à 255).`, [...path, 'columns', i]),
      );
    }
    if (
      c.kind === 'number' &&
      c.decimals !== undefined &&
      !(Number.isInteger(c.decimals) && c.decimals >= 0 && c.decimals <= 15)
    ) {
      issues.push(
        issue('tableur.colonne.decimales', `Décimales invalides : ${c.decimals} (0 à 15).`, [
          ...path,
          'columns',
          i,
        ]),
      );
    }
  });
  return issues;
}

/**
 * Resolves every row of a table to typed cells, in the académie's zone, keeping only the visible columns.
 *
 * @param table - the table (its columns already filtered for sensitive data by the caller).
 * @param rows - the rows.
 * @param zone - the IANA zone in which instants are shown (e.g. `Indian/Reunion`).
 * @param path - where the table sits in the caller's input, for issue paths.
 * @returns the cells, or a ValidationError listing every invalid value with its row and column.
 */
export function resolveTable<Row>(
  table: TableSpec<Row>,
  rows: readonly Row[],
  zone: string,
  path: Issue['path'] = [],
): Result<ResolvedTable, ValidationError> {
  const issues = checkTable(table, path);
  if (!IANAZone.isValidZone(zone)) {
    issues.push(issue('tableur.fuseau.inconnu', `Fuseau horaire IANA inconnu : « ${zone} ».`, ['zone']));
    return err(validationError('Tableau invalide.', issues));
  }
  const resolved = rows.map((row, r) =>
    table.columns.map((c) => resolveCell(c, row, zone, [...path, 'rows', r, c.key], issues)),
  );
  if (issues.length > 0) return err(validationError('Tableau invalide.', issues));
  return ok({ name: table.name, columns: table.columns as readonly Column<never>[], rows: resolved });
}
