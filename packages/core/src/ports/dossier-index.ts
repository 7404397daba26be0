/**
 * The listing summary of a dossier, kept by the store beside its events.
 *
 * @packageDocumentation
 */
import type { Corps } from '../dossier/corps.js';

/**
 * What a store needs to list and select dossiers without replaying their events: the dossier's listing
 * summary after an append. The workflow computes it from the dossier's state and passes it with each
 * append; the store keeps the latest one.
 *
 * @remarks Every string is stored and returned verbatim (no trimming, no Unicode normalisation). Filters
 * compare exactly: `'Réunion'` and `'La Réunion'` are different académies.
 * @category Ports
 */
export interface DossierIndex {
  /** The dossier this summary describes; must equal the append's `dossierId`. */
  readonly dossierId: string;
  /** The académie running the stage, e.g. `'Réunion'`. */
  readonly academie: string;
  /** The school year of the stage, e.g. `'2022-2023'`. */
  readonly anneeScolaire: string;
  /** UAI (ex-RNE) code of the EPLE of affectation, e.g. `'9740001A'`. */
  readonly uai: string;
  /** The stagiaire's corps. */
  readonly corps: Corps;
  /** The discipline when the corps has one (absent for CPE and professeurs documentalistes). */
  readonly discipline?: string;
  /** Identifiers of the dossier's tuteurs, in the order the workflow gives (duplicates are refused). */
  readonly tuteurIds: readonly string[];
  /** The workflow state of the dossier, as the workflow names it (e.g. `'en-stage'`). */
  readonly etat: string;
}

/**
 * A listed dossier: its summary and the sequence of its last event (what the next append expects).
 *
 * @category Ports
 */
export interface DossierSummary extends DossierIndex {
  /** Sequence number of the dossier's last event. */
  readonly lastSequence: number;
}
