import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UID_NAMESPACE, deadlineUid, isUuid, uuidV5 } from '../src/index.js';

describe('uuidV5', () => {
  it('matches the reference value of RFC 9562 (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives the default namespace from its documented name', () => {
    expect(uuidV5('urn:tremplin:export-calendar:deadline', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      DEFAULT_UID_NAMESPACE,
    );
  });
});

describe('deadlineUid', () => {
  it('is stable, a version-5 UUID, and does not reveal the dossier id', () => {
    const uid = deadlineUid('dossier-0042', 'bilan-intermediaire');
    expect(uid).toBe(deadlineUid('dossier-0042', 'bilan-intermediaire'));
    expect(isUuid(uid)).toBe(true);
    expect(uid.charAt(14)).toBe('5');
    expect('89ab').toContain(uid.charAt(19));
    expect(uid).not.toContain('0042');
  });

  it('keeps apart pairs that would collide if simply concatenated', () => {
    expect(deadlineUid('a', 'b/c')).not.toBe(deadlineUid('a/b', 'c'));
    expect(deadlineUid('ab', 'c')).not.toBe(deadlineUid('a', 'bc'));
  });

  it('changes with the namespace', () => {
    const other = '0f5b1c1e-4a57-4b44-9a8f-3c2d6a2b9e10';
    expect(deadlineUid('d', 'jury', other)).not.toBe(deadlineUid('d', 'jury'));
  });

  it('gives distinct UIDs to distinct (dossier, deadline) pairs (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })), {
          selector: ([d, c]) => JSON.stringify([d, c]),
          maxLength: 50,
        }),
        (pairs) => {
          const uids = new Set(pairs.map(([d, c]) => deadlineUid(d, c)));
          expect(uids.size).toBe(pairs.length);
        },
      ),
    );
  });
});
