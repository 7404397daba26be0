/**
 * Recomputing the hash chain of a SQLite database, for the migrations that add it or rewrite events.
 *
 * @packageDocumentation
 */
import { type ChainRebuild, rebuildChain as rebuildChainWork, runSqlWork } from '@tremplin/core/store-kit';
import { betterSqlite, type SqliteDatabase } from './sqlite-database.js';
import { createExecutor, SQLITE_SYNTAX } from './sqlite-executor.js';

/**
 * Recomputes the chain of every stored event and every dossier's head chain, from the events as stored.
 *
 * @param db - the connection, inside the migration's transaction (the caller's `BEGIN IMMEDIATE`).
 * @returns how many dossiers and events were chained, and the dossiers left unchained because an event is
 * not JSON. Throws what better-sqlite3 throws.
 * @remarks The one implementation is the SQL engine's (`rebuildChain` of `@tremplin/core/store-kit`), run
 * synchronously on this connection. Migration 3 (`hash-chain`) calls it after adding the columns; a later
 * migration that rewrites stored events must call it again, in its `run`, after its statements: the chain
 * covers the events' text, so that any change outside a migration is caught on the next read.
 * @example
 * { version: 4, name: 'my-rewrite', statements: ['UPDATE tremplin_events SET …'], run: (db) => { rebuildChain(db); } }
 */
export function rebuildChain(db: SqliteDatabase): ChainRebuild {
  return runSqlWork(rebuildChainWork(SQLITE_SYNTAX), createExecutor(betterSqlite(db), new Map()));
}
