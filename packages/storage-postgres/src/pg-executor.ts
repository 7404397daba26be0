/**
 * How PostgreSQL spells and runs the SQL engine's statements: the syntax of one schema, and an executor
 * that sends rows as column arrays cut in chunks.
 *
 * @packageDocumentation
 */
import type { AsyncSqlExecutor, SqlColumn, SqlRows, SqlSyntax } from '@tremplin/core/store-kit';
import type { PgExecutor } from './driver.js';
import { quoteSchema } from './pg-names.js';

/** Rows per statement, and bytes of text per statement, when rows travel as column arrays. */
const CHUNK_ROWS = 5000;
const CHUNK_BYTES = 8 * 1024 * 1024;

const arrays = (columns: readonly SqlColumn[]) =>
  columns.map((c, i) => `$${i + 1}::${c.type === 'integer' ? 'int4' : 'text'}[]`).join(', ');

/**
 * How PostgreSQL spells the engine's SQL, in one schema.
 *
 * @param schema - the schema's name, checked by the factory.
 * @returns the syntax.
 */
export function postgresSyntax(schema: string): SqlSyntax {
  const s = quoteSchema(schema);
  return {
    tables: {
      dossiers: `${s}.dossiers`,
      events: `${s}.events`,
      commands: `${s}.commands`,
      tuteurs: `${s}.dossier_tuteurs`,
    },
    placeholder: (position) => `$${position}`,
    inArray: (column, placeholder) => `${column} = ANY(${placeholder}::text[])`,
    arrayParameter: (values) => [...values],
    insertRows: (columns) => `SELECT * FROM unnest(${arrays(columns)})`,
    rowsRelation: (columns, alias) =>
      `unnest(${arrays(columns)}) AS ${alias}(${columns.map((c) => c.name).join(', ')})`,
    lockRows: ' FOR UPDATE',
  };
}

/** Where rows are cut into statements: at most `CHUNK_ROWS` rows and about `CHUNK_BYTES` of text each. */
function chunkBounds(rows: SqlRows): number[] {
  const count = rows[0]?.length ?? 0;
  const bounds = [0];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let size = 0;
    for (const column of rows) {
      const value = column[i];
      if (typeof value === 'string') size += value.length;
    }
    const start = bounds.at(-1) as number;
    if (i > start && (i - start >= CHUNK_ROWS || bytes + size > CHUNK_BYTES)) {
      bounds.push(i);
      bytes = 0;
    }
    bytes += size;
  }
  if (count > 0) bounds.push(count);
  return bounds;
}

/** Sends rows as column arrays, a chunk per statement. */
async function eachChunk(rows: SqlRows, run: (params: unknown[][]) => Promise<void>): Promise<void> {
  const bounds = chunkBounds(rows);
  for (let b = 1; b < bounds.length; b++) {
    const [start, end] = [bounds[b - 1], bounds[b]];
    await run(rows.map((column) => column.slice(start, end)));
  }
}

/**
 * The engine's executor over a driver or a transaction.
 *
 * @param db - the driver or the transaction.
 * @returns the executor.
 */
export function executorOf(db: PgExecutor): AsyncSqlExecutor {
  return {
    query: (sql, params) => db.query(sql, params),
    async executeRows(sql, rows) {
      let changed = 0;
      await eachChunk(rows, async (params) => {
        changed += await db.execute(sql, params);
      });
      return changed;
    },
    async queryRows(sql, rows) {
      const out: unknown[] = [];
      await eachChunk(rows, async (params) => {
        for (const row of await db.query(sql, params)) out.push(row);
      });
      return out;
    },
  };
}
