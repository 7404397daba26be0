/**
 * Hostile data stored and read back verbatim: SQL fragments, every Unicode plane, French typography,
 * 1 MB appréciations, empty strings.
 *
 * @packageDocumentation
 */
import type { DossierIndex, EventEnvelope } from '@tremplin/core';
import { compareCodePoints, MAX_TEXT_LENGTH } from '@tremplin/core/store-kit';
import { describe, expect, it } from 'vitest';
import { makeIndex, makeInput } from '../fixtures.js';
import { expectOk, harness, listAll, streamAll } from '../harness.js';
import {
  EVERY_PLANE,
  FRENCH_TYPOGRAPHY,
  megabyteAppreciation,
  PAYLOAD_ONLY,
  SQL_HOSTILE,
} from '../hostile.js';
import type { StoreConformanceOptions, TestEvent, TestStore } from '../options.js';

const IDENTIFIERS = [...SQL_HOSTILE, ...FRENCH_TYPOGRAPHY, EVERY_PLANE].filter(
  (s) => s.length <= MAX_TEXT_LENGTH,
);

/** Checks, without the adapter when the store allows it, that each event is stored as its exact JSON text. */
async function expectRawVerbatim(
  options: StoreConformanceOptions,
  store: TestStore,
  envelopes: readonly EventEnvelope<TestEvent>[],
): Promise<void> {
  if (options.readRaw === undefined) return;
  const raw = await options.readRaw(store);
  const byKey = new Map(raw.events.map((e) => [`${e.dossierId}\u0000${e.sequence}`, e]));
  expect(raw.events.length).toBe(envelopes.length);
  for (const envelope of envelopes) {
    const row = byKey.get(`${envelope.dossierId}\u0000${envelope.sequence}`);
    expect(row, `${envelope.dossierId}#${envelope.sequence}`).toBeDefined();
    expect(row?.payload).toBe(JSON.stringify(envelope.event));
    expect(row?.idempotencyKey).toBe(envelope.idempotencyKey);
    expect(row?.recordedAt).toBe(envelope.recordedAt);
  }
}

/**
 * Registers the hostile-data tests.
 *
 * @param options - the kit's options.
 */
export function hostileSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  describe('hostile data, read back verbatim', () => {
    const h = harness(options);

    it('keeps quotes, SQL fragments, French typography and every plane in identifiers and summaries', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      const indexes: DossierIndex[] = IDENTIFIERS.map((s, i) =>
        makeIndex(s, {
          academie: s,
          anneeScolaire: s,
          uai: s,
          etat: s,
          discipline: s,
          tuteurIds: [s, `t${i}`],
        }),
      );
      for (const index of indexes) {
        const s = index.dossierId;
        await expectOk(store.append(makeInput(s, 0, s, [{ type: s, [s]: s }], { index })));
      }
      const { items } = await listAll(store, {}, 7);
      expect(items.map((x) => x.dossierId)).toEqual([...IDENTIFIERS].sort(compareCodePoints));
      for (const index of indexes) {
        const s = index.dossierId;
        const loaded = await expectOk(store.load(s));
        expect(loaded.index).toStrictEqual(index);
        expect(loaded.events).toStrictEqual([
          {
            dossierId: s,
            sequence: 1,
            event: { type: s, [s]: s },
            recordedAt: loaded.events[0]?.recordedAt,
            idempotencyKey: s,
          },
        ]);
        for (const field of ['academie', 'anneeScolaire', 'uai', 'etat', 'discipline', 'tuteurId'] as const) {
          const selected = await listAll(store, { [field]: s });
          expect(
            selected.items.map((x) => x.dossierId),
            `${field} = ${JSON.stringify(s)}`,
          ).toEqual([s]);
        }
        const streamed = await streamAll(store, { uai: s });
        expect(streamed).toStrictEqual(loaded.events);
        expect((await expectOk(store.history(s))).commands[0]?.idempotencyKey).toBe(s);
      }
      await expectRawVerbatim(options, store, await streamAll(store, {}));
      // The tables survived the SQL fragments.
      await expectOk(store.append(makeInput('après', 0, 'après')));
    });

    it('keeps composed and decomposed forms apart (no Unicode normalisation)', { timeout }, async () => {
      const store = await h.fresh();
      await expectOk(
        store.append(makeInput('R\u00E9union', 0, 'k', undefined, { index: makeIndex('R\u00E9union') })),
      );
      await expectOk(
        store.append(
          makeInput('Re\u0301union', 0, 'k', undefined, {
            index: makeIndex('Re\u0301union', { academie: 'Re\u0301union' }),
          }),
        ),
      );
      expect((await listAll(store, {})).items.map((s) => s.dossierId)).toEqual([
        'Re\u0301union',
        'R\u00E9union',
      ]);
      expect((await listAll(store, { academie: 'Re\u0301union' })).items.map((s) => s.dossierId)).toEqual([
        'Re\u0301union',
      ]);
    });

    it('keeps event payloads exactly: every plane, control characters, lone surrogates, numbers, odd keys', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      const event: TestEvent = {
        type: 'appreciation',
        planes: EVERY_PLANE,
        typographie: [...FRENCH_TYPOGRAPHY],
        sql: [...SQL_HOSTILE],
        payloadOnly: [...PAYLOAD_ONLY],
        vide: '',
        videListe: [],
        videObjet: {},
        nul: null,
        vrai: true,
        faux: false,
        nombres: [
          0,
          1,
          -1,
          0.1,
          1e308,
          5e-324,
          Number.MAX_SAFE_INTEGER,
          -Number.MAX_SAFE_INTEGER,
          123456789.98765433,
        ],
        ['__proto__']: { injecte: true },
        constructor: 'x',
        '': 'clé vide',
        "'; DROP TABLE x; --": 'clé SQL',
        [EVERY_PLANE]: 'clé de tous les plans',
        imbrique: { a: [{ b: [{ c: '« ’ »' }] }] },
      };
      await expectOk(store.append(makeInput('d1', 0, 'k1', [event, { type: 'vide', texte: '' }])));
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.events[0]?.event).toStrictEqual(JSON.parse(JSON.stringify(event)));
      expect(JSON.stringify(loaded.events[0]?.event)).toBe(JSON.stringify(event));
      expect(Object.hasOwn(loaded.events[0]?.event as object, '__proto__')).toBe(true);
      expect(loaded.events[1]?.event).toStrictEqual({ type: 'vide', texte: '' });
      await expectRawVerbatim(options, store, loaded.events);
    });

    it('keeps 1 MB appréciations', { timeout }, async () => {
      const store = await h.fresh();
      const text = megabyteAppreciation();
      expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(1024 * 1024);
      const events: TestEvent[] = [
        { type: 'avis-inspecteur', appreciation: text },
        { type: 'avis-chef', appreciation: `${text}${EVERY_PLANE}` },
      ];
      await expectOk(store.append(makeInput('d1', 0, 'k1', events)));
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.events.map((e) => e.event)).toStrictEqual(events);
      const streamed = await streamAll(store, {});
      expect(streamed.map((e) => e.event)).toStrictEqual(events);
      await expectRawVerbatim(options, store, loaded.events);
    });

    it('keeps empty strings where they are allowed', { timeout }, async () => {
      const store = await h.fresh();
      const index = makeIndex('d1', { discipline: '', tuteurIds: [] });
      await expectOk(
        store.append(makeInput('d1', 0, 'k1', [{ type: 'x', a: '', b: [''], '': '' }], { index })),
      );
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.index).toStrictEqual(index);
      expect(loaded.events[0]?.event).toStrictEqual({ type: 'x', a: '', b: [''], '': '' });
      expect((await listAll(store, { discipline: '' })).items.map((s) => s.dossierId)).toEqual(['d1']);
    });
  });
}
