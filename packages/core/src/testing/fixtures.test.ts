import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputSchemaNames, inputSchemas } from '../schemas/input-schemas.js';
import * as testing from '../testing.js';
import {
  ACTEURS_FIXTURE,
  applyCommande,
  arbitraryEvenementsAnnee,
  buildAnneeComplete,
  buildDossierNomme,
  buildEvenementBilan,
  buildEvenementsOuverture,
  buildInputArbitrary,
  buildSchemaArbitrary,
  foldEvenements,
} from '../testing.js';

describe('@tremplin/core/testing fixtures', () => {
  it('builds a named dossier: opened, then nominated, numbered from 1', () => {
    const { events, state } = buildDossierNomme()._unsafeUnwrap();
    expect(events.map((e) => [e.sequence, e.event.type])).toEqual([
      [1, 'dossier.ouvert'],
      [2, 'stagiaire.nomme'],
    ]);
    expect(state.identite.academie).toBe('reunion');
  });

  it('builds a full year: four bilans and three avis on the named dossier', () => {
    const favorable = buildAnneeComplete()._unsafeUnwrap();
    const types = favorable.events.map((e) => e.event.type);
    expect(types.filter((t) => t === 'bilan.depose')).toHaveLength(4);
    expect(types.filter((t) => t === 'avis.emis')).toHaveLength(3);
    const defavorable = buildAnneeComplete({ sens: 'defavorable' })._unsafeUnwrap();
    expect(defavorable.events.at(-1)?.event).toMatchObject({ type: 'avis.emis', sens: 'defavorable' });
  });

  it('returns a refusal instead of throwing', () => {
    const nomme = buildDossierNomme()._unsafeUnwrap();
    const again = applyCommande(
      nomme,
      { type: 'nomination.prononcer' },
      { acteur: ACTEURS_FIXTURE.stagiaire, now: '2022-09-02T10:00:00+04:00' },
    );
    expect(again.isErr()).toBe(true);
    expect(nomme.events).toHaveLength(2);
  });

  it('folds hand-built events, and says why incoherent ones do not fold', () => {
    const events = [
      ...buildEvenementsOuverture(),
      buildEvenementBilan('b-1', 'intermediaire', 'tuteur', '2022-11-28'),
    ];
    expect(foldEvenements(events)._unsafeUnwrap().events).toHaveLength(3);
    expect(foldEvenements(events.slice(1)).isErr()).toBe(true);
  });

  it('generates years that fold', () => {
    fc.assert(
      fc.property(arbitraryEvenementsAnnee, (events) => foldEvenements(events).isOk()),
      { numRuns: 30, seed: 1 },
    );
  });

  it.each(['command', 'event', 'dossier'] as const)('generates %s inputs its schema accepts', (name) => {
    const samples = fc.sample(buildInputArbitrary(name), { numRuns: 20, seed: 7 });
    for (const sample of samples) expect(inputSchemas[name].schema.safeParse(sample).success).toBe(true);
  });

  it('names a zod type it cannot generate instead of throwing', () => {
    const unsupported = { _zod: { def: { type: 'promise' } } } as unknown as Parameters<
      typeof buildSchemaArbitrary
    >[0];
    expect(buildSchemaArbitrary(unsupported)._unsafeUnwrapErr().message).toContain('promise');
    expect(buildSchemaArbitrary(inputSchemas.acteur.schema).isOk()).toBe(true);
    expect(inputSchemaNames.length).toBeGreaterThan(0);
  });

  it('exports each name once, functions named verb first', () => {
    const functions = Object.entries(testing).filter(([, v]) => typeof v === 'function');
    for (const [name] of functions) expect(name).toMatch(/^(build|run|parse|fold|apply|describe)[A-Z]/);
  });
});
