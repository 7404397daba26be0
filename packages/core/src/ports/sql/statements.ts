/**
 * The engine's fixed statements, rendered once per store with its dialect's syntax.
 *
 * @packageDocumentation
 */
import type { SqlColumn, SqlSyntax } from './dialect.js';

const text = (name: string): SqlColumn => ({ name, type: 'text' });
const integer = (name: string): SqlColumn => ({ name, type: 'integer' });

/** The dossiers table's columns, in the order of `DossierColumns` and of the written rows. */
export const DOSSIER_COLUMNS: readonly SqlColumn[] = [
  text('dossier_id'),
  integer('last_sequence'),
  text('last_chain'),
  text('academie'),
  text('annee_scolaire'),
  text('uai'),
  text('corps'),
  text('discipline'),
  text('etat'),
  text('tuteur_ids'),
];
/** The events table's columns, in the order of the written rows. */
export const EVENT_COLUMNS: readonly SqlColumn[] = [
  text('dossier_id'),
  integer('sequence'),
  text('idempotency_key'),
  text('recorded_at'),
  text('type'),
  text('payload'),
  text('chain'),
];
/** The commands table's columns, in the order of the written rows. */
export const COMMAND_COLUMNS: readonly SqlColumn[] = [
  text('dossier_id'),
  text('idempotency_key'),
  integer('first_sequence'),
  integer('last_sequence'),
  text('recorded_at'),
];
const HEAD_COLUMNS = [text('dossier_id'), integer('last_sequence'), text('last_chain')];
const TUTEUR_COLUMNS = [text('tuteur_id'), text('dossier_id')];
const KEY_COLUMNS = [text('dossier_id'), text('idempotency_key')];
const RANGE_COLUMNS = [text('dossier_id'), integer('first_sequence'), integer('last_sequence')];

/** The statements, by use. */
export type SqlStatements = ReturnType<typeof renderStatements>;

const names = (columns: readonly SqlColumn[], prefix = '') =>
  columns.map((c) => `${prefix}${c.name}`).join(', ');

/**
 * Renders the fixed statements.
 *
 * @param syntax - the dialect's syntax.
 * @returns the SQL of each statement.
 * @remarks Rendered once, so that a dialect caching prepared statements by their text finds the same
 * strings on every call.
 */
export function renderStatements(syntax: SqlSyntax) {
  const { dossiers, events, commands, tuteurs } = syntax.tables;
  const p = syntax.placeholder;
  const insert = (table: string, columns: readonly SqlColumn[]) =>
    `INSERT INTO ${table} (${names(columns)}) ${syntax.insertRows(columns)}`;
  const update = (columns: readonly SqlColumn[]) =>
    `UPDATE ${dossiers} AS d SET ${columns
      .slice(1)
      .map((c) => `${c.name} = u.${c.name}`)
      .join(', ')} FROM ${syntax.rowsRelation(columns, 'u')} WHERE d.dossier_id = u.dossier_id`;
  return {
    /** The batch's existing dossiers, locked: `[ids]`. */
    heads: `SELECT dossier_id, last_sequence, last_chain FROM ${dossiers} WHERE ${syntax.inArray('dossier_id', p(1))} ORDER BY dossier_id${syntax.lockRows}`,
    /** Stored commands of (dossier, key) rows. */
    commands: `SELECT c.dossier_id, c.idempotency_key, c.first_sequence, c.last_sequence, c.recorded_at
      FROM ${commands} c JOIN ${syntax.rowsRelation(KEY_COLUMNS, 'k')}
        ON c.dossier_id = k.dossier_id AND c.idempotency_key = k.idempotency_key`,
    /** Events of (dossier, first, last) rows. */
    ranges: `SELECT ${names(EVENT_COLUMNS, 'e.')}
      FROM ${events} e JOIN ${syntax.rowsRelation(RANGE_COLUMNS, 'r')}
        ON e.dossier_id = r.dossier_id AND e.sequence BETWEEN r.first_sequence AND r.last_sequence
      ORDER BY e.dossier_id, e.sequence`,
    /** New dossiers; a dossier a concurrent writer created first is skipped (and counted as missing). */
    insertDossiers: `${insert(dossiers, DOSSIER_COLUMNS)} ON CONFLICT (dossier_id) DO NOTHING`,
    updateDossiers: update(DOSSIER_COLUMNS),
    updateHeads: update(HEAD_COLUMNS),
    /** `[ids]`. */
    deleteTuteurs: `DELETE FROM ${tuteurs} WHERE ${syntax.inArray('dossier_id', p(1))}`,
    insertTuteurs: insert(tuteurs, TUTEUR_COLUMNS),
    insertEvents: insert(events, EVENT_COLUMNS),
    insertCommands: insert(commands, COMMAND_COLUMNS),
    /** A dossier and its events, in one statement (one snapshot): `[id]`. */
    load: `SELECT ${names(DOSSIER_COLUMNS, 'd.')}, ${names(EVENT_COLUMNS.slice(1), 'e.')}
      FROM ${dossiers} d LEFT JOIN ${events} e ON e.dossier_id = d.dossier_id
      WHERE d.dossier_id = ${p(1)} ORDER BY e.sequence`,
    /**
     * A dossier's head, its commands with their events, and its number of events, in one statement:
     * `[id, id]`.
     */
    history: `SELECT d.last_sequence AS head, d.last_chain AS head_chain,
        (SELECT CAST(count(*) AS INTEGER) FROM ${events} x WHERE x.dossier_id = ${p(1)}) AS total,
        c.idempotency_key AS c_key, c.first_sequence AS c_first, c.last_sequence AS c_last,
        c.recorded_at AS c_at, ${names(EVENT_COLUMNS, 'e.')}
      FROM ${dossiers} d
      LEFT JOIN ${commands} c ON c.dossier_id = d.dossier_id
      LEFT JOIN ${events} e
        ON e.dossier_id = c.dossier_id AND e.sequence BETWEEN c.first_sequence AND c.last_sequence
      WHERE d.dossier_id = ${p(2)} ORDER BY c.first_sequence, e.sequence`,
  };
}
