/**
 * Reading and upgrading the schema version of a SQLite database.
 *
 * @packageDocumentation
 */
import type { MigrationReport, StoreFailure } from '@tremplin/core';
import { storeFailure } from '@tremplin/core/store-kit';
import type Database from 'better-sqlite3';
import { err, ok, type Result } from 'neverthrow';
import { MIGRATIONS_TABLE, SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from './migrations.js';

type Db = Database.Database;

interface AppliedRow {
  readonly version: number;
  readonly name: string;
}

/**
 * Reads the schema version of a database (0 when Tremplin never migrated it).
 *
 * @param db - the connection.
 * @returns the version. Throws what better-sqlite3 throws (the caller maps it).
 */
export function readSchemaVersion(db: Db): number {
  return readApplied(db).at(-1)?.version ?? 0;
}

function readApplied(db: Db): AppliedRow[] {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(MIGRATIONS_TABLE);
  if (exists === undefined) return [];
  return db.prepare(`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`).all() as AppliedRow[];
}

/**
 * Reads the schema version and checks the record of applied migrations against the code.
 *
 * @param db - the connection.
 * @returns the version; `schema-too-new` when the database is newer than the code; `corrupt` when the
 * record is not a prefix of {@link SQLITE_MIGRATIONS}. Throws what better-sqlite3 throws.
 */
export function inspectSchema(db: Db): Result<number, StoreFailure> {
  return checkApplied(readApplied(db));
}

function checkApplied(applied: readonly AppliedRow[]): Result<number, StoreFailure> {
  const version = applied.at(-1)?.version ?? 0;
  if (version > SQLITE_SCHEMA_VERSION) return err(schemaTooNew(version));
  for (let i = 0; i < applied.length; i++) {
    const row = applied[i] as AppliedRow;
    const known = SQLITE_MIGRATIONS[i];
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
 * The failure of a database written by a newer Tremplin.
 *
 * @param version - the database's version.
 * @returns a `StoreFailure` `schema-too-new`.
 */
export function schemaTooNew(version: number): StoreFailure {
  return storeFailure(
    'schema-too-new',
    `La base est au schéma ${version}, plus récent que celui de ce code (${SQLITE_SCHEMA_VERSION}) : mettre à jour @tremplin/storage-sqlite.`,
  );
}

/**
 * Applies the pending migrations in one `BEGIN IMMEDIATE` transaction, so that two processes opening the
 * same new file do not both migrate it.
 *
 * @param db - the connection.
 * @returns what was applied, `schema-too-new`, or `corrupt` when the record of applied migrations is not a
 * prefix of {@link SQLITE_MIGRATIONS}. Throws what better-sqlite3 throws (the caller maps it).
 */
export function applyMigrations(db: Db): Result<MigrationReport, StoreFailure> {
  const run = db.transaction((): Result<MigrationReport, StoreFailure> => {
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
        version INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT`,
    );
    const checked = checkApplied(readApplied(db));
    if (checked.isErr()) return err(checked.error);
    const from = checked.value;
    const record = db.prepare(
      `INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    );
    const done: number[] = [];
    for (const migration of SQLITE_MIGRATIONS) {
      if (migration.version <= from) continue;
      for (const statement of migration.statements) db.exec(statement);
      migration.run?.(db);
      record.run(migration.version, migration.name);
      done.push(migration.version);
    }
    return ok({ from, to: SQLITE_SCHEMA_VERSION, applied: done });
  });
  return run.immediate();
}
