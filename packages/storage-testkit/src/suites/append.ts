/**
 * Example tests of `append`: creation, sequences, conflicts, idempotency, validation, the index.
 *
 * @packageDocumentation
 */
import type { AppendInput } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { makeIndex, makeInput, RECORDED_AT } from '../fixtures.js';
import { expectErr, expectOk, harness, listAll } from '../harness.js';
import type { StoreConformanceOptions, TestEvent, TestStore } from '../options.js';

const headOf = async (store: TestStore, dossierId: string) => {
  const loaded = await store.load(dossierId);
  return loaded.isOk() ? loaded.value.events.length : 0;
};

/**
 * Registers the `append` tests.
 *
 * @param options - the kit's options.
 */
export function appendSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  describe('append', () => {
    const h = harness(options);

    it('creates a dossier: sequences from 1, envelopes as given', { timeout }, async () => {
      const store = await h.fresh();
      const events: TestEvent[] = [
        { type: 'dossier-ouvert', stagiaire: { nom: 'Payet', prenom: 'Éloïse' } },
        { type: 'tuteur-designe', tuteurId: 'tuteur-1' },
      ];
      const result = await expectOk(store.append(makeInput('d1', 0, 'cmd-1', events)));
      expect(result).toStrictEqual({
        dossierId: 'd1',
        lastSequence: 2,
        replayed: false,
        events: events.map((event, i) => ({
          dossierId: 'd1',
          sequence: i + 1,
          event,
          recordedAt: RECORDED_AT,
          idempotencyKey: 'cmd-1',
        })),
      });
      const loaded = await expectOk(store.load('d1'));
      expect(loaded).toStrictEqual({
        dossierId: 'd1',
        lastSequence: 2,
        events: result.events,
        index: makeIndex('d1'),
      });
    });

    it('continues the sequence of an existing dossier', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      const second = await expectOk(
        store.append(makeInput('d1', 1, 'k2', [{ type: 'a' }, { type: 'b' }, { type: 'c' }])),
      );
      expect(second.events.map((e) => e.sequence)).toEqual([2, 3, 4]);
      expect(second.lastSequence).toBe(4);
      expect((await expectOk(store.load('d1'))).events.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    });

    it('reports a stale expected sequence as a ConflictError and appends nothing', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      await expectOk(store.append(makeInput('d1', 1, 'k2')));
      const conflict = await expectErr(store.append(makeInput('d1', 1, 'k3')));
      expect(conflict).toMatchObject({
        kind: 'conflict',
        dossierId: 'd1',
        expectedSequence: 1,
        actualSequence: 2,
      });
      expect(typeof (conflict as { message: unknown }).message).toBe('string');
      expect(await headOf(store, 'd1')).toBe(2);
    });

    it('reports an expected sequence ahead of the dossier as a ConflictError', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      expect(await expectErr(store.append(makeInput('d1', 5, 'k2')))).toMatchObject({
        kind: 'conflict',
        expectedSequence: 5,
        actualSequence: 1,
      });
      expect(await expectErr(store.append(makeInput('nouveau', 1, 'k1')))).toMatchObject({
        kind: 'conflict',
        dossierId: 'nouveau',
        expectedSequence: 1,
        actualSequence: 0,
      });
      expect((await expectErr(store.load('nouveau'))).kind).toBe('not-found');
    });

    it('reports a second creation of the same dossier with another key as a ConflictError', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      expect(await expectErr(store.append(makeInput('d1', 0, 'k2')))).toMatchObject({
        kind: 'conflict',
        expectedSequence: 0,
        actualSequence: 1,
      });
    });

    it('answers a repeated command with the original result, even with a stale sequence', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      const first = await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }])));
      await expectOk(store.append(makeInput('d1', 2, 'k2')));
      const again = await expectOk(
        store.append(
          makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }], { recordedAt: '2023-01-01T00:00:00Z' }),
        ),
      );
      expect(again).toStrictEqual({ ...first, replayed: true });
      const third = await expectOk(store.append(makeInput('d1', 3, 'k2')));
      expect(third.replayed).toBe(true);
      expect(third.lastSequence).toBe(3);
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.events.map((e) => e.idempotencyKey)).toEqual(['k1', 'k1', 'k2']);
      expect((await expectOk(store.history('d1'))).commands).toHaveLength(2);
    });

    it('refuses a key reused with other events, appending nothing', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }])));
      const error = await expectErr(store.append(makeInput('d1', 1, 'k1', [{ type: 'b' }])));
      expect(error).toMatchObject({ kind: 'validation', issues: [{ code: 'cle-idempotence.reutilisee' }] });
      expect(await headOf(store, 'd1')).toBe(1);
    });

    it('keeps the same key independent on different dossiers', { timeout }, async () => {
      const store = await h.fresh();
      const a = await expectOk(store.append(makeInput('d1', 0, 'same')));
      const b = await expectOk(store.append(makeInput('d2', 0, 'same')));
      expect([a.replayed, b.replayed]).toEqual([false, false]);
      expect((await listAll(store, {})).items.map((s) => s.dossierId)).toEqual(['d1', 'd2']);
    });

    it('refuses malformed inputs with a ValidationError and stores nothing', { timeout }, async () => {
      const store = await h.fresh();
      const base = makeInput('d1', 0, 'k1');
      const cases: [string, unknown][] = [
        ['texte.vide', { ...base, dossierId: '', index: makeIndex('') }],
        ['texte.vide', { ...base, idempotencyKey: '' }],
        ['texte.non-stockable', { ...base, dossierId: 'd\u0000', index: makeIndex('d\u0000') }],
        ['texte.non-stockable', { ...base, idempotencyKey: 'k\uD800' }],
        ['sequence.invalide', { ...base, expectedSequence: -1 }],
        ['sequence.invalide', { ...base, expectedSequence: 0.5 }],
        ['horodatage.invalide', { ...base, recordedAt: '2022-09-01' }],
        ['horodatage.invalide', { ...base, recordedAt: '2022-02-30T00:00:00Z' }],
        ['evenements.vides', { ...base, events: [] }],
        ['evenement.type', { ...base, events: [42] }],
        ['texte.vide', { ...base, events: [{ type: '' }] }],
        ['json.type', { ...base, events: [{ type: 'a', x: undefined }] }],
        ['json.nombre-non-fini', { ...base, events: [{ type: 'a', x: Number.NaN }] }],
        ['json.objet-non-simple', { ...base, events: [{ type: 'a', quand: new Date(0) }] }],
        ['index.requis', { ...base, index: undefined }],
        ['index.dossier-different', { ...base, index: makeIndex('d2') }],
        ['tuteurs.doublon', { ...base, index: makeIndex('d1', { tuteurIds: ['t', 't'] }) }],
        ['cle.inconnue', { ...base, extra: true }],
        ['commande.type', null],
      ];
      for (const [code, input] of cases) {
        const error = await expectErr(store.append(input as AppendInput<TestEvent>));
        expect(error.kind, code).toBe('validation');
        expect(error.kind === 'validation' ? error.issues.map((i) => i.code) : [], code).toContain(code);
      }
      expect((await listAll(store, {})).items).toEqual([]);
    });

    it('keeps the latest index: replaced when given, kept when omitted', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      const next = makeIndex('d1', { etat: 'jury', tuteurIds: ['tuteur-2', 'tuteur-3'], uai: '9740002B' });
      await expectOk(store.append(makeInput('d1', 1, 'k2', undefined, { index: next })));
      await expectOk(store.append(makeInput('d1', 2, 'k3')));
      expect((await expectOk(store.load('d1'))).index).toStrictEqual(next);
      expect((await listAll(store, { tuteurId: 'tuteur-1' })).items).toEqual([]);
      expect((await listAll(store, { tuteurId: 'tuteur-3' })).items.map((s) => s.dossierId)).toEqual(['d1']);
      expect((await listAll(store, { uai: '9740001A' })).items).toEqual([]);
      const { discipline: _, ...cpe } = makeIndex('d1', { corps: 'cpe' });
      await expectOk(store.append(makeInput('d1', 3, 'k4', undefined, { index: cpe })));
      expect((await expectOk(store.load('d1'))).index).toStrictEqual(cpe);
    });

    it('keeps its own copy: changing the input afterwards changes nothing', { timeout }, async () => {
      const store = await h.fresh();
      const event = { type: 'avis', texte: 'favorable', details: { points: [1, 2] } };
      const index = makeIndex('d1', { tuteurIds: ['t1'] });
      await expectOk(store.append(makeInput('d1', 0, 'k1', [event], { index })));
      event.texte = 'défavorable';
      event.details.points.push(3);
      (index.tuteurIds as string[]).push('t2');
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.events[0]?.event).toStrictEqual({
        type: 'avis',
        texte: 'favorable',
        details: { points: [1, 2] },
      });
      expect(loaded.index.tuteurIds).toEqual(['t1']);
      (loaded.events[0]?.event as unknown as { texte: string }).texte = 'modifié';
      expect((await expectOk(store.load('d1'))).events[0]?.event).toMatchObject({ texte: 'favorable' });
    });
  });
}
