import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trip every storable identifier, astral and French characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 256 }), (id) => {
        fc.pre(!id.includes('\u0000'));
        const cursor = encodeCursor(id);
        expect(cursor).toMatch(/^c1\.[A-Za-z0-9_-]*$/);
        expect(decodeCursor(cursor)._unsafeUnwrap()).toBe(id);
      }),
    );
    expect(decodeCursor(encodeCursor('« l’élève » 😀'))._unsafeUnwrap()).toBe('« l’élève » 😀');
  });

  it.each([
    ['not a string', 42],
    ['another prefix', 'c2.YQ'],
    ['no prefix', 'YQ'],
    ['non-base64url characters', 'c1.a+b/'],
    ['a truncated quantum', 'c1.YWJjZ'],
    ['bytes that are not UTF-8', `c1.${Buffer.from([0xff, 0xfe]).toString('base64url')}`],
    ['an empty identifier', 'c1.'],
  ])('refuse %s', (_, cursor) => {
    const error = decodeCursor(cursor)._unsafeUnwrapErr();
    expect(error.kind).toBe('validation');
    expect(error.issues[0]?.code).toBe('curseur.invalide');
  });
});
