/**
 * Reading and upgrading the schema version of a PostgreSQL schema.
 *
 * @packageDocumentation
 */
import type { MigrationReport, StoreFailure } from '@tremplin/core';
import type { TransactionOutcome } from '@tremplin/core/store-kit';
import { storeFailure } from '@tremplin/core/store-kit';
import { err, ok, type Result } from 'neverthrow';
import type { PgDriver, PgExecutor } from './driver.js';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { quoteSchema } from './pg-names.js';

interface AppliedRow {
  readonly version: number;
  readonly name: string;
}

async function readApplied(db: PgExecutor, schema: string): Promise<AppliedRow[]> {
  const [exists] = await db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    `${quoteSchema(schema)}.schema_migrations`,
  ]);
  if (exists?.found !== true) return [];
  return db.query<AppliedRow>(
    `SELECT version, name FROM ${quoteSchema(schema)}.schema_migrations ORDER BY version`,
  );
}

function checkApplied(applied: readonly AppliedRow[]): Result<number, StoreFailure> {
  const version = applied.at(-1)?.version ?? 0;
  if (version > POSTGRES_SCHEMA_VERSION) return err(schemaTooNew(version));
  for (let i = 0; i < applied.length; i++) {
    const row = applied[i] as AppliedRow;
    const known = POSTGRES_MIGRATIONS[i];
    if (known === undefined || known.version !== row.version || known.name !== row.name) {
      return err(
        storeFailure(
          'corrupt',
          `Historique des migrations inattendu : version ${row.version} « ${row.name} » ne correspond pas à ce code.`,
        ),
      );
    }
  }
  return ok(version);
}

/**
 * Reads the schema version (0 when Tremplin never migrated this schema).
 *
 * @param db - the driver or a transaction.
 * @param schema - the schema name (unquoted).
 * @returns the version. Throws what the driver throws.
 */
export async function readSchemaVersion(db: PgExecutor, schema: string): Promise<number> {
  return (await readApplied(db, schema)).at(-1)?.version ?? 0;
}

/**
 * Reads the schema version and checks the record of applied migrations against the code.
 *
 * @param db - the driver.
 * @param schema - the schema name (unquoted).
 * @returns the version; `schema-too-new` when the schema is newer than the code; `corrupt` when the record
 * is not a prefix of {@link POSTGRES_MIGRATIONS}. Throws what the driver throws.
 */
export async function inspectSchema(db: PgExecutor, schema: string): Promise<Result<number, StoreFailure>> {
  return checkApplied(await readApplied(db, schema));
}

/**
 * The failure of a schema written by a newer Tremplin.
 *
 * @param version - the schema's version.
 * @returns a `StoreFailure` `schema-too-new`.
 */
export function schemaTooNew(version: number): StoreFailure {
  return storeFailure(
    'schema-too-new',
    `La base est au schéma ${version}, plus récent que celui de ce code (${POSTGRES_SCHEMA_VERSION}) : mettre à jour @tremplin/storage-postgres.`,
  );
}

/**
 * Applies the pending migrations in one transaction, under an advisory lock on the schema's name so that
 * concurrent processes do not migrate twice.
 *
 * @param db - the driver.
 * @param schema - the schema name (unquoted); created if missing.
 * @returns what was applied, `schema-too-new`, or `corrupt` when the record of applied migrations is not a
 * prefix of {@link POSTGRES_MIGRATIONS}. Throws what the driver throws.
 */
export function applyMigrations(
  db: PgDriver,
  schema: string,
): Promise<Result<MigrationReport, StoreFailure>> {
  const q = quoteSchema(schema);
  return db.transaction(async (tx): Promise<TransactionOutcome<Result<MigrationReport, StoreFailure>>> => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tremplin-migrations:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${q}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${q}.schema_migrations (
        version int4 NOT NULL PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const checked = checkApplied(await readApplied(tx, schema));
    if (checked.isErr()) return { commit: false, value: err(checked.error) };
    const from = checked.value;
    const done: number[] = [];
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= from) continue;
      for (const statement of migration.statements(q)) await tx.query(statement);
      await migration.run?.(tx, schema);
      await tx.query(`INSERT INTO ${q}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return { commit: true, value: ok({ from, to: POSTGRES_SCHEMA_VERSION, applied: done }) };
  });
}
