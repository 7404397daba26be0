/**
 * The PostgreSQL schema, as versioned forward-only migrations. SQL stays within PostgreSQL 15 (the
 * server) and runs unchanged on PGlite.
 *
 * @packageDocumentation
 */
import type { PgExecutor } from './driver.js';
import { rebuildChain } from './pg-chain.js';
import { movePersonnesOutOfLog, personnesStatements } from './pg-personnes-migration.js';

/** One schema change: applied once, in order, never edited after release. */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  /**
   * The statements, given the quoted schema name (e.g. `"tremplin"`); run in one transaction with the
   * version's record.
   */
  readonly statements: (schema: string) => readonly string[];
  /**
   * What runs after the statements, in the same transaction, when SQL alone cannot do it.
   *
   * @param tx - the migration's transaction.
   * @param schema - the schema's name (unquoted).
   */
  readonly run?: (tx: PgExecutor, schema: string) => Promise<void>;
}

/**
 * Every migration, oldest first. Append new ones; never change a released one (a database whose record
 * names a different migration for a version is reported `corrupt`).
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'event-log',
    statements: (s) => [
      // Identifiers use the "C" collation: byte order of UTF-8, i.e. code point order, as in SQLite and
      // in the in-memory store, so that every store pages identically.
      `CREATE TABLE ${s}.dossiers (
        dossier_id text COLLATE "C" NOT NULL PRIMARY KEY,
        last_sequence int4 NOT NULL CHECK (last_sequence >= 1),
        academie text NOT NULL,
        annee_scolaire text NOT NULL,
        uai text NOT NULL,
        corps text NOT NULL,
        discipline text,
        etat text NOT NULL,
        tuteur_ids text NOT NULL
      )`,
      `CREATE INDEX dossiers_academie ON ${s}.dossiers (academie, annee_scolaire, dossier_id)`,
      `CREATE INDEX dossiers_uai ON ${s}.dossiers (uai, dossier_id)`,
      // Payloads are kept as text, not jsonb: jsonb would reorder keys, drop duplicate keys and refuse U+0000.
      `CREATE TABLE ${s}.events (
        dossier_id text COLLATE "C" NOT NULL,
        sequence int4 NOT NULL CHECK (sequence >= 1),
        idempotency_key text COLLATE "C" NOT NULL,
        recorded_at text NOT NULL,
        type text NOT NULL,
        payload text NOT NULL,
        PRIMARY KEY (dossier_id, sequence)
      )`,
      `CREATE TABLE ${s}.commands (
        dossier_id text COLLATE "C" NOT NULL,
        idempotency_key text COLLATE "C" NOT NULL,
        first_sequence int4 NOT NULL CHECK (first_sequence >= 1),
        last_sequence int4 NOT NULL CHECK (last_sequence >= first_sequence),
        recorded_at text NOT NULL,
        PRIMARY KEY (dossier_id, idempotency_key)
      )`,
      `CREATE TABLE ${s}.dossier_tuteurs (
        tuteur_id text COLLATE "C" NOT NULL,
        dossier_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (tuteur_id, dossier_id)
      )`,
    ],
  },
  {
    version: 2,
    name: 'corps-documentaliste-certifie',
    statements: (s) => [
      // Tremplin 0.2: a professeur documentaliste is a certifié (fonction documentaliste), on the certifiés' jury
      // and lists. The events are read in today's words by @tremplin/core; only the index column needs SQL.
      // Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1 (CAPES, « Section documentation »).
      `UPDATE ${s}.dossiers SET corps = 'certifie' WHERE corps = 'documentaliste'`,
    ],
  },
  {
    version: 3,
    name: 'hash-chain',
    statements: (s) => [
      // Tamper evidence: each event's link in its dossier's hash chain, and the dossier's last link beside
      // its head, computed below from the events already stored (décret n° 94-874: the log is the record).
      `ALTER TABLE ${s}.events ADD COLUMN chain text NOT NULL DEFAULT ''`,
      `ALTER TABLE ${s}.dossiers ADD COLUMN last_chain text NOT NULL DEFAULT ''`,
    ],
    run: async (tx, schema) => {
      await rebuildChain(tx, schema);
    },
  },
  {
    version: 4,
    name: 'personnes',
    // The register of persons: NUMEN, date of birth and e-mail leave the log for a rectifiable, erasable record
    // (RGPD art. 5 § 1 c and e, 16, 17); the rewritten events are chained again.
    statements: (s) => personnesStatements(s),
    run: async (tx, schema) => {
      await movePersonnesOutOfLog(tx, schema);
    },
  },
];

/** The newest schema version this code knows. */
export const POSTGRES_SCHEMA_VERSION: number = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;
