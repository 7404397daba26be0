/**
 * How SQLite spells and runs the SQL engine's statements: the syntax, and an executor on a better-sqlite3
 * connection that caches prepared statements.
 *
 * @packageDocumentation
 */
import type { SqlColumn, SqlExecutor, SqlRows, SqlSyntax } from '@tremplin/core/store-kit';
import type Database from 'better-sqlite3';

type Db = Database.Database;
type Statement = Database.Statement;

/** How SQLite spells the engine's SQL: `?` placeholders, arrays as JSON text walked by `json_each`. */
export const SQLITE_SYNTAX: SqlSyntax = {
  tables: {
    dossiers: 'tremplin_dossiers',
    events: 'tremplin_events',
    commands: 'tremplin_commands',
    tuteurs: 'tremplin_dossier_tuteurs',
  },
  placeholder: () => '?',
  inArray: (column, placeholder) => `${column} IN (SELECT value FROM json_each(${placeholder}))`,
  arrayParameter: (values) => JSON.stringify(values),
  insertRows: (columns) => `VALUES (${columns.map(() => '?').join(', ')})`,
  rowsRelation: (columns: readonly SqlColumn[], alias) =>
    `(SELECT ${columns.map((c) => `? AS ${c.name}`).join(', ')}) AS ${alias}`,
  // BEGIN IMMEDIATE holds the file's write lock for the whole transaction.
  lockRows: '',
};

type Column = readonly unknown[];
/** Up to ten columns, read only as far as the row shape goes. */
type Columns = readonly [Column, Column, Column, Column, Column, Column, Column, Column, Column, Column];

/**
 * Runs a write once per row, each row's values passed straight from the columns as the call's arguments:
 * no array per row, and better-sqlite3 binds arguments faster than the elements of an array.
 *
 * @param s - the prepared statement.
 * @param rows - the rows, column by column.
 * @returns how many rows it changed in all.
 */
function runEachRow(s: Statement, rows: SqlRows): number {
  const [a, b, c, d, e, f, g, h, i, j] = rows as unknown as Columns;
  const count = rows.length === 0 ? 0 : a.length;
  let changes = 0;
  // The engine's row shapes (`statements.ts`): 2, 3, 5, 7 and 10 columns.
  switch (rows.length) {
    case 2:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r]).changes;
      return changes;
    case 3:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r], c[r]).changes;
      return changes;
    case 5:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r], c[r], d[r], e[r]).changes;
      return changes;
    case 7:
      for (let r = 0; r < count; r++) {
        changes += s.run(a[r], b[r], c[r], d[r], e[r], f[r], g[r]).changes;
      }
      return changes;
    case 10:
      for (let r = 0; r < count; r++) {
        changes += s.run(a[r], b[r], c[r], d[r], e[r], f[r], g[r], h[r], i[r], j[r]).changes;
      }
      return changes;
    default:
      for (let r = 0; r < count; r++) changes += s.run(...rows.map((column) => column[r])).changes;
      return changes;
  }
}

/**
 * Statements on one connection, each prepared once and cached by its text; rows bound one at a time
 * (in process, a prepared statement per row is as fast as SQLite goes).
 */
export function createExecutor(db: Db, cache: Map<string, Statement>): SqlExecutor {
  const statement = (sql: string): Statement => {
    let prepared = cache.get(sql);
    if (prepared === undefined) {
      prepared = db.prepare(sql);
      cache.set(sql, prepared);
    }
    return prepared;
  };
  return {
    query(sql, params) {
      const s = statement(sql);
      if (s.reader) return s.all(...params);
      s.run(...params);
      return [];
    },
    executeRows: (sql, rows) => runEachRow(statement(sql), rows),
    queryRows(sql, rows) {
      const s = statement(sql);
      const count = rows[0]?.length ?? 0;
      const out: unknown[] = [];
      // Reads over rows only look up replays: rare, and a few rows.
      for (let r = 0; r < count; r++) {
        for (const found of s.all(...rows.map((column) => column[r]))) out.push(found);
      }
      return out;
    },
  };
}
