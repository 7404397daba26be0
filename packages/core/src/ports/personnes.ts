/**
 * The register of persons: where the stagiaire's personal data (NUMEN, date of birth, e-mail) live, outside
 * the append-only log, so that they can be rectified and erased while the log is kept for appeals.
 *
 * @packageDocumentation
 */
import type { ResultAsync } from 'neverthrow';
import type { DonneesPersonnelles } from '../dossier/donnees-personnelles.js';
import type { StoreFailure, ValidationError } from '../errors.js';

/**
 * One stagiaire's record in the register: his personal data, and when and by whom it was last written.
 *
 * @category Ports
 */
export interface FichePersonne extends DonneesPersonnelles {
  /** The stagiaire's id, as `identite.stagiaire.id` gives it in his dossiers. */
  readonly stagiaireId: string;
  /** When the record was last written (opened or rectified): an ISO 8601 instant with its offset. */
  readonly rectifieLe: string;
  /** Who last wrote it: the acting `Acteur`'s role and id (`rectorat:dpe-1`), never a personal value. */
  readonly rectifiePar: string;
}

/**
 * The register of persons: a rectifiable, erasable record per stagiaire, keyed by his id.
 *
 * Every method returns a value, never throws and never rejects; after `close()` every method fails with code
 * `closed`. Values are never written to a log, an error or a message.
 *
 * @remarks Règlement (UE) 2016/679 (RGPD), art. 5 § 1 c and e, 16 (rectification), 17 (erasure). The service
 * (`createTremplin({ personnes })`) writes to it when a dossier is opened, rectified or erased, and appends an
 * audit event (`identite.rectifiee`, `identite.effacee`) naming the fields, never their values.
 * @category Ports
 */
export interface RegistrePersonnes {
  /**
   * Writes (creates or replaces) a stagiaire's record.
   *
   * @param fiche - the record; `null` values are kept as « not known ».
   * @returns nothing, or a `ValidationError` for a malformed record (the message names the field, not its value).
   */
  put(fiche: FichePersonne): ResultAsync<void, StoreFailure | ValidationError>;
  /**
   * Reads a stagiaire's record.
   *
   * @param stagiaireId - the stagiaire's id.
   * @returns the record, or `null` when there is none (never recorded, or erased).
   */
  get(stagiaireId: string): ResultAsync<FichePersonne | null, StoreFailure>;
  /**
   * Erases a stagiaire's record.
   *
   * @param stagiaireId - the stagiaire's id.
   * @returns `true` when a record was erased, `false` when there was none.
   */
  erase(stagiaireId: string): ResultAsync<boolean, StoreFailure>;
  /** Releases the register's resources (a register sharing a store's connection leaves it open). */
  close(): ResultAsync<void, StoreFailure>;
}
