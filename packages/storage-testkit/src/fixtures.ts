/**
 * Builders of valid inputs, for the kit's tests and for a store author's own tests.
 *
 * @packageDocumentation
 */
import type { AppendInput, DossierIndex } from '@tremplin/core';
import type { TestEvent } from './options.js';

/** A fixed instant (time is always a parameter). */
export const RECORDED_AT = '2022-09-01T08:00:00+04:00';

/**
 * Builds a dossier summary.
 *
 * @param dossierId - the dossier.
 * @param overrides - fields to change.
 * @returns a valid index (Réunion, 2022-2023, certifié de lettres modernes, one tuteur, `en-stage`).
 */
export function makeIndex(dossierId: string, overrides: Partial<DossierIndex> = {}): DossierIndex {
  return {
    dossierId,
    academie: 'Réunion',
    anneeScolaire: '2022-2023',
    uai: '9740001A',
    corps: 'certifie',
    discipline: 'Lettres modernes',
    tuteurIds: ['tuteur-1'],
    etat: 'en-stage',
    ...overrides,
  };
}

/**
 * Builds an append.
 *
 * @param dossierId - the dossier.
 * @param expectedSequence - the head the writer saw (0 creates the dossier, with an index).
 * @param idempotencyKey - the command's key.
 * @param events - the events (default one `note` event).
 * @param extra - fields to add or change (`index`, `recordedAt`).
 * @returns the input.
 */
export function makeInput(
  dossierId: string,
  expectedSequence: number,
  idempotencyKey: string,
  events: readonly TestEvent[] = [{ type: 'note', cle: idempotencyKey }],
  extra: Partial<AppendInput<TestEvent>> = {},
): AppendInput<TestEvent> {
  return {
    dossierId,
    expectedSequence,
    idempotencyKey,
    recordedAt: RECORDED_AT,
    events,
    ...(expectedSequence === 0 ? { index: makeIndex(dossierId) } : {}),
    ...extra,
  };
}
