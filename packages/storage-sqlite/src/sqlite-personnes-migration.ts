/**
 * Migration 4 of the SQLite schema: the register of persons. NUMEN, date of birth and e-mail leave the log.
 *
 * @packageDocumentation
 */
import { movePersonnesOutOfEvent, upsertPersonneSql } from '@tremplin/core/store-kit';
import type Database from 'better-sqlite3';
import { rebuildChain } from './sqlite-chain.js';

/** The table of the register of persons. */
export const PERSONNES_TABLE = 'tremplin_personnes';

/** The statements of migration 4: the register's table. */
export const PERSONNES_STATEMENTS: readonly string[] = [
  `CREATE TABLE ${PERSONNES_TABLE} (
    stagiaire_id TEXT NOT NULL PRIMARY KEY,
    numen TEXT,
    date_naissance TEXT,
    courriel TEXT,
    rectifie_le TEXT NOT NULL,
    rectifie_par TEXT NOT NULL
  ) STRICT, WITHOUT ROWID`,
];

interface Row {
  readonly rowid: number;
  readonly recorded_at: string;
  readonly payload: string;
}

/**
 * Moves the personal data out of every stored event into the register: each `dossier.ouvert`'s NUMEN, date of
 * birth and e-mail become the stagiaire's record (the latest dossier wins), every event (frozen views included)
 * is rewritten without them, then the hash chain is recomputed.
 *
 * @param db - the connection, inside the migration's transaction.
 * @returns how many events were rewritten and how many records written. Throws what better-sqlite3 throws.
 * @remarks Règlement (UE) 2016/679, art. 5 § 1 c and e, 16, 17: the log keeps the stagiaire's id and name only.
 * An event that is not JSON is left as it is (the chain reports it).
 */
export function movePersonnesOutOfLog(db: Database.Database): { events: number; personnes: number } {
  // In rowid order (the order of appends), by pages: the latest dossier of a stagiaire gives his record.
  const page = db.prepare(
    'SELECT rowid, recorded_at, payload FROM tremplin_events WHERE rowid > ? ORDER BY rowid LIMIT 500',
  );
  const update = db.prepare('UPDATE tremplin_events SET payload = ? WHERE rowid = ?');
  const put = db.prepare(upsertPersonneSql(PERSONNES_TABLE, () => '?'));
  let events = 0;
  let personnes = 0;
  let after = 0;
  for (;;) {
    const rows = page.all(after) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      after = row.rowid;
      const move = movePersonnesOutOfEvent(row.payload, row.recorded_at);
      if (move.personne !== null) {
        put.run(...move.personne);
        personnes += 1;
      }
      if (move.payload === null) continue;
      update.run(move.payload, row.rowid);
      events += 1;
    }
  }
  if (events > 0) rebuildChain(db);
  return { events, personnes };
}
