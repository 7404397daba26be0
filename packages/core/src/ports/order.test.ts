import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './order.js';

const utf8Compare = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

describe('compareCodePoints', () => {
  it('puts U+FF01 before an astral character, unlike UTF-16 comparison', () => {
    expect('\u{1F600}' < '\uFF01').toBe(true);
    expect(compareCodePoints('\uFF01', '\u{1F600}')).toBeLessThan(0);
    expect(['\u{1F600}', '\uFF01', 'a', ''].sort(compareCodePoints)).toEqual([
      '',
      'a',
      '\uFF01',
      '\u{1F600}',
    ]);
  });

  it('agrees with the byte order of UTF-8 (SQLite BINARY, PostgreSQL "C") on well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(utf8Compare(a, b)));
      }),
    );
  });

  it('is 0 only for equal strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => (compareCodePoints(a, b) === 0) === (a === b)));
  });
});
