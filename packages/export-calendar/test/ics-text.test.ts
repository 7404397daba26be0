import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, MAX_LINE_OCTETS, parameterValue } from '../src/index.js';

const octets = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (s: string): string => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('keeps French typography as is and drops control characters other than tab', () => {
    expect(escapeText('« Œuvre » l’été\u00a0: ok\u0007\tfin')).toBe('« Œuvre » l’été\u00a0: ok\tfin');
  });

  it('replaces a lone UTF-16 surrogate, which has no UTF-8 form, by U+FFFD', () => {
    expect(escapeText('a\uD800b😀')).toBe('a\uFFFDb😀');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th octet onto a continuation line', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it('counts octets, not characters: 40 « é » (80 octets) need two lines', () => {
    const folded = foldLine('é'.repeat(40)).split('\r\n');
    expect(folded).toHaveLength(2);
    expect(octets(folded[0] ?? '')).toBe(74); // 37 × 2 octets: the 38th would make 76
  });

  it('never splits a character and never exceeds 75 octets per physical line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const physical of folded.split('\r\n')) {
          expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // a split inside a UTF-16 pair would leave a lone surrogate, which encodes as U+FFFD
          expect(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(physical),
          ).toBe(false);
        }
        expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });
});

describe('contentLine', () => {
  it('writes parameters and quotes a value holding a reserved character', () => {
    expect(contentLine('DTSTART', '20221130T170000', [{ name: 'TZID', value: 'Indian/Reunion' }])).toBe(
      'DTSTART;TZID=Indian/Reunion:20221130T170000',
    );
    expect(parameterValue('a:b')).toBe('"a:b"');
    expect(parameterValue('sans "guillemets"')).toBe('sans guillemets');
  });
});
