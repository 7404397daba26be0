import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../events.js';
import { computeChain, computeChains, GENESIS_CHAIN, verifyChain } from './chain.js';
import type { EventRow } from './rows.js';

type Event = { readonly type: string; readonly [key: string]: unknown };
const envelope = (sequence: number, event: Event): EventEnvelope => ({
  dossierId: 'd-1',
  sequence,
  idempotencyKey: `k${sequence}`,
  recordedAt: '2022-09-01T08:00:00+04:00',
  event,
});

/** A well-chained log of `n` events, as a store keeps it. */
function log(n: number): { rows: EventRow[]; head: { sequence: number; chain: string } } {
  const envelopes = Array.from({ length: n }, (_, i) => envelope(i + 1, { type: 'avis', n: i, z: 'é' }));
  const chains = computeChains(GENESIS_CHAIN, envelopes);
  const rows = envelopes.map((e, i) => ({
    dossierId: e.dossierId,
    sequence: e.sequence,
    idempotencyKey: e.idempotencyKey,
    recordedAt: e.recordedAt,
    type: e.event.type,
    payload: JSON.stringify(e.event),
    chain: chains[i] as string,
  }));
  return { rows, head: { sequence: n, chain: chains.at(-1) ?? GENESIS_CHAIN } };
}

describe('computeChain', () => {
  it('is the SHA-256 of the previous link and the canonical JSON of the envelope', () => {
    const e = envelope(1, { type: 'a', b: 1, a: [true, null, 'é€😀'] });
    const text =
      '{"dossierId":"d-1","event":{"a":[true,null,"é€😀"],"b":1,"type":"a"},"idempotencyKey":"k1","recordedAt":"2022-09-01T08:00:00+04:00","sequence":1}';
    const expected = createHash('sha256')
      .update(GENESIS_CHAIN + text, 'utf8')
      .digest('hex');
    expect(computeChain(GENESIS_CHAIN, e)).toBe(expected);
  });

  it('does not depend on the key order of the event, and does depend on every field', () => {
    const base = computeChain(GENESIS_CHAIN, envelope(1, { type: 'a', x: 1, y: 2 }));
    expect(computeChain(GENESIS_CHAIN, envelope(1, { y: 2, type: 'a', x: 1 }))).toBe(base);
    expect(computeChain(GENESIS_CHAIN, envelope(1, { type: 'a', x: 1, y: 3 }))).not.toBe(base);
    expect(
      computeChain(GENESIS_CHAIN, { ...envelope(1, { type: 'a', x: 1, y: 2 }), recordedAt: 'x' }),
    ).not.toBe(base);
    expect(computeChain('1'.repeat(64), envelope(1, { type: 'a', x: 1, y: 2 }))).not.toBe(base);
  });
});

describe('verifyChain', () => {
  it('returns the envelopes of an untouched log', () => {
    const { rows, head } = log(4);
    const r = verifyChain('d-1', rows, head)._unsafeUnwrap();
    expect(r.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(r[2]?.event).toEqual({ type: 'avis', n: 2, z: 'é' });
  });

  it('names the dossier and the first altered sequence of an edited event', () => {
    const { rows, head } = log(5);
    rows[3] = { ...(rows[3] as EventRow), payload: '{"type":"avis","n":99,"z":"é"}' };
    expect(verifyChain('d-1', rows, head)._unsafeUnwrapErr()).toEqual({
      kind: 'store',
      code: 'integrity',
      message: 'Le journal du dossier d-1 a été modifié hors de Tremplin : première séquence altérée 4.',
      dossierId: 'd-1',
      sequence: 4,
    });
  });

  it('catches an event whose chain was rewritten to match it at the next link', () => {
    const { rows, head } = log(5);
    const edited = { ...(rows[1] as EventRow), payload: '{"type":"avis","n":42,"z":"é"}' };
    const forged = computeChain(rows[0]?.chain as string, {
      ...envelope(2, { type: 'avis', n: 42, z: 'é' }),
    });
    rows[1] = { ...edited, chain: forged };
    expect(verifyChain('d-1', rows, head)._unsafeUnwrapErr()).toMatchObject({
      code: 'integrity',
      sequence: 3,
    });
  });

  it('catches a deleted event, a truncated tail, an extra event and a changed head', () => {
    const { rows, head } = log(5);
    expect(
      verifyChain('d-1', [...rows.slice(0, 2), ...rows.slice(3)], head)._unsafeUnwrapErr(),
    ).toMatchObject({
      sequence: 3,
    });
    expect(verifyChain('d-1', rows.slice(0, 4), head)._unsafeUnwrapErr()).toMatchObject({ sequence: 5 });
    expect(verifyChain('d-1', rows.slice(1), head)._unsafeUnwrapErr()).toMatchObject({ sequence: 1 });
    expect(
      verifyChain('d-1', rows, { sequence: 4, chain: rows[3]?.chain as string })._unsafeUnwrapErr(),
    ).toMatchObject({
      sequence: 5,
    });
    expect(verifyChain('d-1', rows, { sequence: 5, chain: GENESIS_CHAIN })._unsafeUnwrapErr()).toMatchObject({
      sequence: 5,
    });
    expect(verifyChain('d-1', [], head)._unsafeUnwrapErr()).toMatchObject({ sequence: 1 });
  });

  it('reports an event that is not JSON as corrupt', () => {
    const { rows, head } = log(2);
    rows[0] = { ...(rows[0] as EventRow), payload: '{' };
    expect(verifyChain('d-1', rows, head)._unsafeUnwrapErr()).toMatchObject({
      kind: 'store',
      code: 'corrupt',
    });
  });
});
