import { describe, expect, it } from 'vitest';
import type { AppendInput } from './append.js';
import { computeChains, GENESIS_CHAIN, verifyChain } from './chain.js';
import type { DossierIndex } from './dossier-index.js';
import {
  type AppendPlan,
  type AppendSnapshot,
  commandKey,
  commandRowOf,
  eventRowsOf,
  planAppends,
  type StoredCommand,
} from './plan.js';
import type { EventRow } from './rows.js';
import { prepareAppends } from './validation.js';

const index = (dossierId: string, etat = 'en-stage'): DossierIndex => ({
  dossierId,
  academie: 'Réunion',
  anneeScolaire: '2022-2023',
  uai: '9740001A',
  corps: 'cpe',
  tuteurIds: [],
  etat,
});
const input = (
  dossierId: string,
  expectedSequence: number,
  idempotencyKey: string,
  types: string[],
  withIndex = expectedSequence === 0,
): AppendInput => ({
  dossierId,
  expectedSequence,
  idempotencyKey,
  recordedAt: '2022-09-01T08:00:00Z',
  events: types.map((type) => ({ type })),
  ...(withIndex ? { index: index(dossierId, types.at(-1)) } : {}),
});
const empty: AppendSnapshot = { heads: new Map(), chains: new Map(), commands: new Map() };
const plan = (inputs: AppendInput[], snapshot = empty) =>
  planAppends(prepareAppends(inputs)._unsafeUnwrap(), snapshot).map((p: AppendPlan) => ({
    ...p,
    events: p.appends.flatMap(eventRowsOf),
    commands: p.appends.map(commandRowOf),
  }));

describe('planAppends', () => {
  it('creates a dossier and numbers its events from 1', () => {
    const p = plan([input('d1', 0, 'k1', ['a', 'b'])])._unsafeUnwrap();
    expect(p.events.map((e) => [e.dossierId, e.sequence, e.type, e.payload])).toEqual([
      ['d1', 1, 'a', '{"type":"a"}'],
      ['d1', 2, 'b', '{"type":"b"}'],
    ]);
    expect(p.commands).toEqual([
      {
        dossierId: 'd1',
        idempotencyKey: 'k1',
        firstSequence: 1,
        lastSequence: 2,
        recordedAt: '2022-09-01T08:00:00Z',
      },
    ]);
    const chains = computeChains(GENESIS_CHAIN, p.results[0]?.events ?? []);
    expect(p.events.map((e) => e.chain)).toEqual(chains);
    expect(p.dossiers).toEqual([
      { dossierId: 'd1', lastSequence: 2, lastChain: chains[1], created: true, index: index('d1', 'b') },
    ]);
    expect(p.results[0]).toMatchObject({ dossierId: 'd1', lastSequence: 2, replayed: false });
  });

  it('chains several appends to the same dossier inside one batch and keeps the last index', () => {
    const p = plan([
      input('d1', 0, 'k1', ['a']),
      input('d2', 0, 'k1', ['a']),
      input('d1', 1, 'k2', ['b'], true),
      input('d1', 2, 'k3', ['c'], false),
    ])._unsafeUnwrap();
    const d1 = p.events.filter((e) => e.dossierId === 'd1');
    const d2 = p.events.filter((e) => e.dossierId === 'd2');
    const lastChain = (rows: EventRow[]) => rows.at(-1)?.chain as string;
    // The batch's second and third appends to d1 are chained to the first, not to the genesis.
    expect(verifyChain('d1', d1, { sequence: 3, chain: lastChain(d1) }).isOk()).toBe(true);
    expect(p.dossiers).toEqual([
      { dossierId: 'd1', lastSequence: 3, lastChain: lastChain(d1), created: true, index: index('d1', 'b') },
      { dossierId: 'd2', lastSequence: 1, lastChain: lastChain(d2), created: true, index: index('d2', 'a') },
    ]);
    expect(p.results.map((r) => r.lastSequence)).toEqual([1, 1, 2, 3]);
  });

  it('reports a conflict when the expected sequence is not the head', () => {
    const snapshot: AppendSnapshot = {
      heads: new Map([['d1', 4]]),
      chains: new Map([['d1', 'c'.repeat(64)]]),
      commands: new Map(),
    };
    expect(plan([input('d1', 3, 'k9', ['a'])], snapshot)._unsafeUnwrapErr()).toMatchObject({
      kind: 'conflict',
      dossierId: 'd1',
      expectedSequence: 3,
      actualSequence: 4,
    });
    expect(plan([input('d1', 5, 'k9', ['a'])], snapshot)._unsafeUnwrapErr()).toMatchObject({
      actualSequence: 4,
    });
    expect(plan([input('d3', 1, 'k9', ['a'])], snapshot)._unsafeUnwrapErr()).toMatchObject({
      actualSequence: 0,
    });
    expect(plan([input('d2', 0, 'k1', ['a']), input('d2', 0, 'k2', ['a'])])._unsafeUnwrapErr()).toMatchObject(
      { kind: 'conflict', expectedSequence: 0, actualSequence: 1 },
    );
  });

  it('replays a stored command even with a stale expected sequence, without writing', () => {
    const stored: StoredCommand = {
      dossierId: 'd1',
      idempotencyKey: 'k1',
      firstSequence: 2,
      lastSequence: 2,
      recordedAt: '2022-08-31T08:00:00Z',
      events: [
        {
          dossierId: 'd1',
          sequence: 2,
          idempotencyKey: 'k1',
          recordedAt: '2022-08-31T08:00:00Z',
          type: 'a',
          payload: '{"type":"a"}',
          chain: 'c'.repeat(64),
        },
      ],
    };
    const snapshot: AppendSnapshot = {
      heads: new Map([['d1', 7]]),
      chains: new Map([['d1', 'c'.repeat(64)]]),
      commands: new Map([[commandKey('d1', 'k1'), stored]]),
    };
    const p = plan([input('d1', 1, 'k1', ['a'])], snapshot)._unsafeUnwrap();
    expect(p.events).toEqual([]);
    expect(p.commands).toEqual([]);
    expect(p.dossiers).toEqual([]);
    expect(p.results).toEqual([
      {
        dossierId: 'd1',
        lastSequence: 2,
        replayed: true,
        events: [
          {
            dossierId: 'd1',
            sequence: 2,
            event: { type: 'a' },
            recordedAt: '2022-08-31T08:00:00Z',
            idempotencyKey: 'k1',
          },
        ],
      },
    ]);
    const reused = plan([input('d1', 7, 'k1', ['b'])], snapshot)._unsafeUnwrapErr();
    expect(reused).toMatchObject({ kind: 'validation', issues: [{ code: 'cle-idempotence.reutilisee' }] });
    const corrupt = { ...stored, events: [{ ...stored.events[0], sequence: 3 }] } as StoredCommand;
    expect(
      plan([input('d1', 1, 'k1', ['a'])], {
        ...snapshot,
        commands: new Map([[commandKey('d1', 'k1'), corrupt]]),
      })._unsafeUnwrapErr(),
    ).toMatchObject({ kind: 'store', code: 'corrupt' });
  });

  it('replays a command repeated inside the batch', () => {
    const p = plan([input('d1', 0, 'k1', ['a']), input('d1', 0, 'k1', ['a'])])._unsafeUnwrap();
    expect(p.events).toHaveLength(1);
    expect(p.results[1]).toEqual({ ...p.results[0], replayed: true });
    expect(plan([input('d1', 0, 'k1', ['a']), input('d1', 1, 'k1', ['b'])]).isErr()).toBe(true);
  });

  it('keeps the same key independent across dossiers', () => {
    const p = plan([input('d1', 0, 'k', ['a']), input('d2', 0, 'k', ['b'])])._unsafeUnwrap();
    expect(p.results.map((r) => r.replayed)).toEqual([false, false]);
  });
});
