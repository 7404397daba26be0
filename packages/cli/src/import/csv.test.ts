import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads a header and records with the line each starts on', () => {
    const t = parseCsv('a,b\n1,2\n\n3,4\n')._unsafeUnwrap();
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('finds « ; » as separator when the header uses it (French spreadsheets)', () => {
    const t = parseCsv('nom;prenom\nPayet;Marie')._unsafeUnwrap();
    expect(t.separator).toBe(';');
    expect(t.records[0]?.fields).toEqual(['Payet', 'Marie']);
  });

  it('keeps quoted separators, doubled quotes and line breaks, and counts lines inside quotes', () => {
    const t = parseCsv('a;b\r\n"x;y";"il dit ""oui"""\r\n"deux\nlignes";z\r\nfin;1')._unsafeUnwrap();
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(t.records[0]?.fields).toEqual(['x;y', 'il dit "oui"']);
    expect(t.records[1]?.fields).toEqual(['deux\nlignes', 'z']);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(parseCsv('\uFEFFdossierId\nD-1')._unsafeUnwrap().header).toEqual(['dossierId']);
  });

  it('reports the line of an unterminated quote', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5')._unsafeUnwrapErr()).toEqual({
      line: 3,
      message: 'Guillemet ouvert jamais refermé.',
    });
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('a\n"x"y')._unsafeUnwrapErr().line).toBe(2);
  });

  it('refuses an empty file', () => {
    expect(parseCsv('')._unsafeUnwrapErr().line).toBe(1);
  });
});
