/**
 * Recomputing the hash chain of a PostgreSQL schema, for the migrations that add it or rewrite events.
 *
 * @packageDocumentation
 */
import {
  type ChainRebuild,
  rebuildChain as rebuildChainWork,
  runSqlWorkAsync,
} from '@tremplin/core/store-kit';
import type { PgExecutor } from './driver.js';
import { executorOf, postgresSyntax } from './pg-executor.js';

/**
 * Recomputes the chain of every stored event and every dossier's head chain, from the events as stored.
 *
 * @param tx - the migration's transaction (or a driver, holding the schema's migration lock).
 * @param schema - the schema's name (unquoted, already checked).
 * @returns how many dossiers and events were chained, and the dossiers left unchained because an event is
 * not JSON. Rejects with what the driver throws.
 * @remarks The one implementation is the SQL engine's (`rebuildChain` of `@tremplin/core/store-kit`), a
 * batch of dossiers per round trip. Migration 3 (`hash-chain`) calls it after adding the columns; a later
 * migration that rewrites stored events must call it again, in its `run`, after its statements: the chain
 * covers the events' text, so that any change outside a migration is caught on the next read.
 * @example
 * { version: 4, name: 'my-rewrite', statements: (s) => [`UPDATE ${s}.events SET …`],
 *   run: async (tx, schema) => { await rebuildChain(tx, schema); } }
 */
export function rebuildChain(tx: PgExecutor, schema: string): Promise<ChainRebuild> {
  return runSqlWorkAsync(rebuildChainWork(postgresSyntax(schema)), executorOf(tx));
}
