/**
 * The SQLite schema, as versioned forward-only migrations.
 *
 * @packageDocumentation
 */
import { rebuildChain } from './sqlite-chain.js';
import { betterSqlite, type SqliteDatabase } from './sqlite-database.js';
import { movePersonnesOutOfLog, PERSONNES_STATEMENTS } from './sqlite-personnes-migration.js';

/** One schema change: applied once, in order, never edited after release. */
export interface SqliteMigration {
  readonly version: number;
  readonly name: string;
  /** SQL statements, run in one transaction with the version's record. */
  readonly statements: readonly string[];
  /** What runs after the statements, in the same transaction, when SQL alone cannot do it. */
  readonly run?: (db: SqliteDatabase) => void;
}

/** The table recording applied migrations. */
export const MIGRATIONS_TABLE = 'tremplin_migrations';

/**
 * Every migration, oldest first. Append new ones; never change a released one (a database whose record
 * names a different migration for a version is reported `corrupt`).
 */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'event-log',
    statements: [
      // One row per dossier: its head (last sequence) and its listing summary.
      `CREATE TABLE tremplin_dossiers (
        dossier_id TEXT NOT NULL PRIMARY KEY,
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),
        academie TEXT NOT NULL,
        annee_scolaire TEXT NOT NULL,
        uai TEXT NOT NULL,
        corps TEXT NOT NULL,
        discipline TEXT,
        etat TEXT NOT NULL,
        tuteur_ids TEXT NOT NULL
      ) STRICT, WITHOUT ROWID`,
      'CREATE INDEX tremplin_dossiers_academie ON tremplin_dossiers (academie, annee_scolaire, dossier_id)',
      'CREATE INDEX tremplin_dossiers_uai ON tremplin_dossiers (uai, dossier_id)',
      // The log. A rowid table: payloads can be large (1 MB appréciations), which WITHOUT ROWID handles badly.
      `CREATE TABLE tremplin_events (
        dossier_id TEXT NOT NULL,
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        idempotency_key TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (dossier_id, sequence)
      ) STRICT`,
      // The idempotency record: one row per command, pointing at its events.
      `CREATE TABLE tremplin_commands (
        dossier_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        first_sequence INTEGER NOT NULL CHECK (first_sequence >= 1),
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= first_sequence),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, idempotency_key)
      ) STRICT, WITHOUT ROWID`,
      `CREATE TABLE tremplin_dossier_tuteurs (
        tuteur_id TEXT NOT NULL,
        dossier_id TEXT NOT NULL,
        PRIMARY KEY (tuteur_id, dossier_id)
      ) STRICT, WITHOUT ROWID`,
    ],
  },
  {
    version: 2,
    name: 'corps-documentaliste-certifie',
    statements: [
      // Tremplin 0.2: a professeur documentaliste is a certifié (fonction documentaliste), on the certifiés' jury
      // and lists. The events are read in today's words by @tremplin/core; only the index column needs SQL.
      // Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1 (CAPES, « Section documentation »).
      "UPDATE tremplin_dossiers SET corps = 'certifie' WHERE corps = 'documentaliste'",
    ],
  },
  {
    version: 3,
    name: 'hash-chain',
    statements: [
      // Tamper evidence: each event's link in its dossier's hash chain, and the dossier's last link beside
      // its head, computed below from the events already stored (décret n° 94-874: the log is the record).
      "ALTER TABLE tremplin_events ADD COLUMN chain TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE tremplin_dossiers ADD COLUMN last_chain TEXT NOT NULL DEFAULT ''",
    ],
    run: (db) => {
      rebuildChain(db);
    },
  },
  {
    version: 4,
    name: 'personnes',
    // The register of persons: NUMEN, date of birth and e-mail leave the log for a rectifiable, erasable record
    // (RGPD art. 5 § 1 c and e, 16, 17); the rewritten events are chained again.
    statements: PERSONNES_STATEMENTS,
    run: (db) => {
      movePersonnesOutOfLog(betterSqlite(db));
    },
  },
];

/** The newest schema version this code knows. */
export const SQLITE_SCHEMA_VERSION: number = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
