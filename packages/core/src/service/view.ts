/**
 * Reading a dossier from the store into the service's view: its state and its keyed log.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import type { StoreFailure, ValidationError } from '../errors.js';
import type { Store } from '../ports/store.js';
import type { DossierView } from './decide.js';

/** The view of a dossier that does not exist yet.
 * @category Service
 */
export const EMPTY_VIEW: DossierView = { state: null, events: [] };

/**
 * Loads and folds a dossier.
 *
 * @param store - the store.
 * @param dossierId - the dossier.
 * @returns its view; the empty view when it has no event; a store failure or a log that does not fold — among
 * them an event this version cannot read (`evenement.inconnu`, `evenement.version-inconnue`) and a jury's frozen
 * view that no longer matches the log (`vue-figee.*`), each naming the dossier and the sequence.
 * @category Service
 */
export async function loadView(
  store: Store<DossierEvent>,
  dossierId: string,
): Promise<Result<DossierView, StoreFailure | ValidationError>> {
  const loaded = await store.load(dossierId);
  if (loaded.isErr()) return loaded.error.kind === 'not-found' ? ok(EMPTY_VIEW) : err(loaded.error);
  const state = foldDossier(loaded.value.events);
  if (state.isErr()) return err(state.error);
  return ok({ state: state.value, events: loaded.value.events });
}
