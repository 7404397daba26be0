/**
 * Example tests of the reading methods: `load`, `history`, `list` and `streamCohort`.
 *
 * @packageDocumentation
 */
import type { DossierFilter, DossierIndex, DossierSummary, Page } from '@tremplin/core';
import { compareCodePoints } from '@tremplin/core/store-kit';
import { describe, expect, it } from 'vitest';
import { makeIndex, makeInput } from '../fixtures.js';
import { collect, expectErr, expectOk, harness, listAll, streamAll } from '../harness.js';
import type { StoreConformanceOptions, TestStore } from '../options.js';

/** A varied population: ids in tricky code point order, every index field used. */
const POPULATION: DossierIndex[] = [
  makeIndex('a', { tuteurIds: ['t1'] }),
  makeIndex('B', { academie: 'Lyon', uai: '0690001A', tuteurIds: ['t2'] }),
  makeIndex('é', { corps: 'agrege', discipline: 'Mathématiques', tuteurIds: ['t1', 't3'] }),
  makeIndex('\uFF01', { anneeScolaire: '2023-2024', etat: 'jury', tuteurIds: [] }),
  makeIndex('\u{1F600}', { corps: 'cpe', discipline: '', etat: 'jury', tuteurIds: ['t3'] }),
  makeIndex('a b', {
    academie: 'Lyon',
    anneeScolaire: '2023-2024',
    uai: '0690002B',
    tuteurIds: ['t2', 't1'],
  }),
  // A professeur documentaliste: a certifié of the documentation fonction, indexed without a discipline.
  (() => {
    const { discipline: _, ...doc } = makeIndex('Z', { corps: 'certifie', etat: 'titularise' });
    return doc;
  })(),
  makeIndex('z', { corps: 'plp', discipline: 'Génie électrique', uai: '9740002B' }),
];

async function populate(store: TestStore): Promise<void> {
  for (const [i, index] of POPULATION.entries()) {
    const events = Array.from({ length: (i % 3) + 1 }, (_, j) => ({
      type: `e${j}`,
      dossier: index.dossierId,
    }));
    await expectOk(store.append(makeInput(index.dossierId, 0, `k-${i}`, events, { index })));
  }
}

const expectedIds = (predicate: (index: DossierIndex) => boolean) =>
  POPULATION.filter(predicate)
    .map((i) => i.dossierId)
    .sort(compareCodePoints);

/**
 * Registers the reading tests.
 *
 * @param options - the kit's options.
 */
export function readSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;

  describe('load', () => {
    const h = harness(options);

    it('returns NotFoundError for an unknown dossier and ValidationError for a bad id', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      expect(await expectErr(store.load('inconnu'))).toMatchObject({ kind: 'not-found', id: 'inconnu' });
      expect((await expectErr(store.load(''))).kind).toBe('validation');
      expect((await expectErr(store.load('a\u0000'))).kind).toBe('validation');
    });

    it('omits an absent discipline rather than returning undefined or null', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const loaded = await expectOk(store.load('Z'));
      expect(Object.hasOwn(loaded.index, 'discipline')).toBe(false);
      expect(loaded.index).toStrictEqual(POPULATION[6]);
      expect((await expectOk(store.load('\u{1F600}'))).index.discipline).toBe('');
    });
  });

  describe('history', () => {
    const h = harness(options);

    it('lists each command once, in order, with its key, instant and events', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }])));
      await expectOk(
        store.append(makeInput('d1', 2, 'k2', [{ type: 'c' }], { recordedAt: '2022-11-30T23:59:59+04:00' })),
      );
      await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }])));
      const history = await expectOk(store.history('d1'));
      const loaded = await expectOk(store.load('d1'));
      expect(history).toStrictEqual({
        dossierId: 'd1',
        commands: [
          {
            idempotencyKey: 'k1',
            recordedAt: '2022-09-01T08:00:00+04:00',
            firstSequence: 1,
            lastSequence: 2,
            events: loaded.events.slice(0, 2),
          },
          {
            idempotencyKey: 'k2',
            recordedAt: '2022-11-30T23:59:59+04:00',
            firstSequence: 3,
            lastSequence: 3,
            events: loaded.events.slice(2),
          },
        ],
      });
    });

    it('returns NotFoundError for an unknown dossier and ValidationError for a bad id', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      expect((await expectErr(store.history('inconnu'))).kind).toBe('not-found');
      expect((await expectErr(store.history(''))).kind).toBe('validation');
    });
  });

  describe('list', () => {
    const h = harness(options);

    it('selects by each field, by several values, and by combinations', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const cases: [DossierFilter, (i: DossierIndex) => boolean][] = [
        [{}, () => true],
        [{ academie: 'Lyon' }, (i) => i.academie === 'Lyon'],
        [{ anneeScolaire: '2023-2024' }, (i) => i.anneeScolaire === '2023-2024'],
        [{ uai: ['0690002B', '9740002B'] }, (i) => ['0690002B', '9740002B'].includes(i.uai)],
        [{ tuteurId: 't1' }, (i) => i.tuteurIds.includes('t1')],
        [{ tuteurId: ['t2', 't3'] }, (i) => i.tuteurIds.some((t) => t === 't2' || t === 't3')],
        [{ corps: 'cpe' }, (i) => i.corps === 'cpe'],
        [{ corps: 'certifie' }, (i) => i.corps === 'certifie'],
        [{ corps: ['agrege', 'plp'] }, (i) => i.corps === 'agrege' || i.corps === 'plp'],
        [{ discipline: 'Lettres modernes' }, (i) => i.discipline === 'Lettres modernes'],
        [{ discipline: '' }, (i) => i.discipline === ''],
        [{ etat: ['jury', 'titularise'] }, (i) => i.etat === 'jury' || i.etat === 'titularise'],
        [
          { academie: 'Réunion', anneeScolaire: '2022-2023', tuteurId: 't1', etat: 'en-stage' },
          (i) =>
            i.academie === 'Réunion' &&
            i.anneeScolaire === '2022-2023' &&
            i.tuteurIds.includes('t1') &&
            i.etat === 'en-stage',
        ],
        [{ academie: 'La Réunion' }, () => false],
        [{ etat: [] }, () => false],
      ];
      for (const [filter, predicate] of cases) {
        const { items } = await listAll(store, filter);
        expect(
          items.map((s) => s.dossierId),
          JSON.stringify(filter),
        ).toEqual(expectedIds(predicate));
      }
    });

    it('returns full summaries with the last sequence', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const { items } = await listAll(store, {});
      for (const summary of items) {
        const index = POPULATION.find((i) => i.dossierId === summary.dossierId);
        const position = POPULATION.findIndex((i) => i.dossierId === summary.dossierId);
        expect(summary).toStrictEqual({ ...index, lastSequence: (position % 3) + 1 });
      }
    });

    it('pages in code point order, each dossier exactly once, for every page size', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const all = expectedIds(() => true);
      for (let limit = 1; limit <= all.length + 1; limit++) {
        const { items, pages } = await listAll(store, {}, limit);
        expect(items.map((s) => s.dossierId)).toEqual(all);
        expect(pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
      }
    });

    it('keeps cursors valid across writes: new dossiers after the cursor appear later', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      await populate(store);
      const first = await expectOk(store.list({}, { limit: 2 }));
      expect(first.items.map((s) => s.dossierId)).toEqual(['B', 'Z']);
      await expectOk(store.append(makeInput('A', 0, 'late-before')));
      await expectOk(store.append(makeInput('zz', 0, 'late-after')));
      const cursor = first.nextCursor as string;
      const rest: string[] = [];
      for (let c: string | undefined = cursor; c !== undefined; ) {
        const page: Page<DossierSummary> = await expectOk(store.list({}, { limit: 3, cursor: c }));
        rest.push(...page.items.map((s) => s.dossierId));
        c = page.nextCursor;
      }
      expect(rest).toEqual(
        expectedIds((i) => compareCodePoints(i.dossierId, 'Z') > 0)
          .concat('zz')
          .sort(compareCodePoints),
      );
    });

    it('refuses a bad cursor, a bad limit and an unknown filter field', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const codes = async (filter: unknown, page: unknown) => {
        const error = await expectErr(store.list(filter as DossierFilter, page as never));
        expect(error.kind).toBe('validation');
        return error.kind === 'validation' ? error.issues.map((i) => i.code) : [];
      };
      expect(await codes({}, { cursor: 'nonsense' })).toEqual(['curseur.invalide']);
      expect(await codes({}, { limit: 0 })).toEqual(['page.limite']);
      expect(await codes({}, { limit: 1001 })).toEqual(['page.limite']);
      expect(await codes({ academy: 'Lyon' }, undefined)).toEqual(['cle.inconnue']);
      expect(await codes({ uai: 'a\u0000' }, undefined)).toEqual(['filtre.valeur']);
    });
  });

  describe('streamCohort', () => {
    const h = harness(options);

    it('streams the cohort in (dossierId, sequence) order, whatever the batch size', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      await populate(store);
      const expected = [];
      for (const id of expectedIds((i) => i.academie === 'Réunion')) {
        expected.push(...(await expectOk(store.load(id))).events);
      }
      for (const batchSize of [undefined, 1, 2, 3, 1000]) {
        const options = batchSize === undefined ? undefined : { batchSize };
        expect(await streamAll(store, { academie: 'Réunion' }, options)).toStrictEqual(expected);
      }
      const all = await streamAll(store, {});
      expect(all.map((e) => [e.dossierId, e.sequence])).toEqual(
        [...all]
          .sort((x, y) => compareCodePoints(x.dossierId, y.dossierId) || x.sequence - y.sequence)
          .map((e) => [e.dossierId, e.sequence]),
      );
      expect(new Set(all.map((e) => e.dossierId)).size).toBe(POPULATION.length);
    });

    it('streams nothing for an empty store, a cohort without dossier, or an empty array', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      expect(await streamAll(store, {})).toEqual([]);
      await populate(store);
      expect(await streamAll(store, { academie: 'Guyane' })).toEqual([]);
      expect(await streamAll(store, { tuteurId: [] })).toEqual([]);
    });

    it('yields a single ValidationError for a bad filter or batch size, then ends', { timeout }, async () => {
      const store = await h.fresh();
      const bad = await collect(store.streamCohort({ academy: 'x' } as DossierFilter));
      expect(bad.items).toEqual([]);
      expect(bad.errors.map((e) => e.kind)).toEqual(['validation']);
      const size = await collect(store.streamCohort({}, { batchSize: 0 }));
      expect(size.errors.map((e) => e.kind)).toEqual(['validation']);
    });

    it('lets the consumer stop a stream early, and keeps working', { timeout }, async () => {
      const store = await h.fresh();
      await populate(store);
      const seen = [];
      for await (const item of store.streamCohort({}, { batchSize: 1 })) {
        seen.push(item);
        if (seen.length === 3) break;
      }
      expect(seen.every((item) => item.isOk())).toBe(true);
      await expectOk(store.append(makeInput('après-flux', 0, 'k')));
      expect((await streamAll(store, { academie: 'Réunion' })).length).toBeGreaterThan(3);
    });

    it('streams cohorts larger than a batch completely', { timeout }, async () => {
      const store = await h.fresh();
      const ids = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}`);
      for (const id of ids) {
        await expectOk(store.append(makeInput(id, 0, 'k', [{ type: 'a' }, { type: 'b' }])));
      }
      const streamed = await streamAll(store, { academie: 'Réunion' }, { batchSize: 7 });
      expect(streamed.map((e) => `${e.dossierId}:${e.sequence}`)).toEqual(
        ids.flatMap((id) => [`${id}:1`, `${id}:2`]),
      );
    });
  });
}
