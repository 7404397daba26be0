/**
 * Migration 4 of the PostgreSQL schema: the register of persons. NUMEN, date of birth and e-mail leave the log.
 *
 * @packageDocumentation
 */
import { movePersonnesOutOfEvent, upsertPersonneSql } from '@tremplin/core/store-kit';
import type { PgExecutor } from './driver.js';
import { rebuildChain } from './pg-chain.js';
import { quoteSchema } from './pg-names.js';

/**
 * The statements of migration 4: the register's table.
 *
 * @param s - the quoted schema.
 * @returns the statements.
 */
export function personnesStatements(s: string): readonly string[] {
  return [
    `CREATE TABLE ${s}.personnes (
      stagiaire_id text COLLATE "C" NOT NULL PRIMARY KEY,
      numen text,
      date_naissance text,
      courriel text,
      rectifie_le text NOT NULL,
      rectifie_par text NOT NULL
    )`,
  ];
}

interface Row {
  readonly dossier_id: string;
  readonly sequence: number;
  readonly recorded_at: string;
  readonly payload: string;
}

/**
 * Moves the personal data out of every stored event into the register: each `dossier.ouvert`'s NUMEN, date of
 * birth and e-mail become the stagiaire's record (the most recently recorded dossier wins), every event
 * (frozen views included) is rewritten without them, then the hash chain is recomputed.
 *
 * @param tx - the migration's transaction.
 * @param schema - the schema's name (unquoted, already checked).
 * @returns how many events were rewritten and how many records written. Rejects with what the driver throws.
 * @remarks Règlement (UE) 2016/679, art. 5 § 1 c and e, 16, 17: the log keeps the stagiaire's id and name only.
 */
export async function movePersonnesOutOfLog(
  tx: PgExecutor,
  schema: string,
): Promise<{ events: number; personnes: number }> {
  const s = quoteSchema(schema);
  const put = `${upsertPersonneSql(`${s}.personnes`, (position) => `$${position}`)}
    WHERE ${s}.personnes.rectifie_le <= excluded.rectifie_le`;
  let events = 0;
  let personnes = 0;
  let after: [string, number] = ['', 0];
  for (;;) {
    const rows = await tx.query<Row>(
      `SELECT dossier_id, sequence, recorded_at, payload FROM ${s}.events
       WHERE (dossier_id, sequence) > ($1, $2) ORDER BY dossier_id, sequence LIMIT 500`,
      after,
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      after = [row.dossier_id, Number(row.sequence)];
      const move = movePersonnesOutOfEvent(row.payload, row.recorded_at);
      if (move.personne !== null) {
        await tx.execute(put, move.personne);
        personnes += 1;
      }
      if (move.payload === null) continue;
      await tx.execute(`UPDATE ${s}.events SET payload = $1 WHERE dossier_id = $2 AND sequence = $3`, [
        move.payload,
        row.dossier_id,
        row.sequence,
      ]);
      events += 1;
    }
  }
  if (events > 0) await rebuildChain(tx, schema);
  return { events, personnes };
}
