/**
 * Migration 4 of the SQL stores, one stored event at a time: the personal data a `dossier.ouvert` event
 * carried become the stagiaire's record in the register, and every event (frozen views included) is
 * rewritten without them. Each dialect pages through its log and binds what this returns.
 *
 * @packageDocumentation
 */
import { extractDonneesPersonnelles, omitDonneesPersonnellesEvent } from '../../dossier/legacy-personnes.js';

/**
 * What migration 4 does with one stored event.
 *
 * @category Ports
 */
export interface PersonnesMove {
  /**
   * The register's row to write, in the order of `upsertPersonneSql`'s parameters (as `valuesOfFiche`
   * gives them), or `null` when the event holds no personal data.
   */
  readonly personne: readonly unknown[] | null;
  /** The event's new JSON text, without personal data; `null` when the stored text stays as it is. */
  readonly payload: string | null;
}

const NOTHING: PersonnesMove = { personne: null, payload: null };

function parse(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return null;
  }
}

function auteurOf(event: unknown): string {
  const auteur = (event as { auteur?: { role?: unknown; id?: unknown } }).auteur;
  return typeof auteur?.role === 'string' && typeof auteur.id === 'string'
    ? `${auteur.role}:${auteur.id}`
    : 'migration-4';
}

/**
 * Splits the personal data out of one stored event: the stagiaire's record (written when the event was
 * recorded, by its author) and the event's text without NUMEN, date of birth and e-mail.
 *
 * @param payload - the event's stored JSON text.
 * @param recordedAt - when the event was recorded: the record's `rectifieLe`.
 * @returns what to write; nothing when the text is not JSON (the chain reports it) or holds no personal data.
 * @remarks Règlement (UE) 2016/679, art. 5 § 1 c and e, 16, 17: the log keeps the stagiaire's id and name
 * only. The record's `rectifiePar` is the event's author (`role:id`), or `migration-4` when it has none.
 * @category Ports
 */
export function movePersonnesOutOfEvent(payload: string, recordedAt: string): PersonnesMove {
  const event = parse(payload);
  if (event === null) return NOTHING;
  const found = extractDonneesPersonnelles(event);
  const personne =
    found === null
      ? null
      : [
          found.stagiaireId,
          found.donnees.numen,
          found.donnees.dateNaissance,
          found.donnees.courriel,
          recordedAt,
          auteurOf(event),
        ];
  const cleaned = omitDonneesPersonnellesEvent(event);
  return { personne, payload: cleaned === event ? null : JSON.stringify(cleaned) };
}
