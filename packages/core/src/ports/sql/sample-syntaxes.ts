/**
 * Two sample syntaxes for the engine's unit tests, spelled as the SQLite and PostgreSQL dialects spell
 * theirs (those live in the storage packages, which core does not depend on).
 *
 * @packageDocumentation
 */
import type { SqlSyntax } from './dialect.js';

/** A SQLite-like syntax: `?` placeholders, arrays as JSON for `json_each`. */
export const questionMarks: SqlSyntax = {
  tables: { dossiers: 'dossiers', events: 'events', commands: 'commands', tuteurs: 'tuteurs' },
  placeholder: () => '?',
  inArray: (column, p) => `${column} IN (SELECT value FROM json_each(${p}))`,
  arrayParameter: (values) => JSON.stringify(values),
  insertRows: (columns) => `VALUES (${columns.map(() => '?').join(', ')})`,
  rowsRelation: (columns, alias) => `(SELECT ${columns.map((c) => `? AS ${c.name}`).join(', ')}) AS ${alias}`,
  lockRows: '',
};

/** A PostgreSQL-like syntax: numbered placeholders, arrays sent whole. */
export const dollarNumbers: SqlSyntax = {
  ...questionMarks,
  tables: { dossiers: 's.dossiers', events: 's.events', commands: 's.commands', tuteurs: 's.tuteurs' },
  placeholder: (position) => `$${position}`,
  inArray: (column, p) => `${column} = ANY(${p}::text[])`,
  arrayParameter: (values) => [...values],
  lockRows: ' FOR UPDATE',
};
