import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvRecords, sniffSeparator } from './csv.js';

async function* chunks(...parts: string[]) {
  yield* parts;
}

async function read(...parts: string[]) {
  const records: { line: number; fields: readonly string[] }[] = [];
  for await (const r of csvRecords(chunks(...parts))) records.push({ line: r.line, fields: r.fields });
  return records;
}

async function failure(...parts: string[]): Promise<CsvSyntaxError> {
  try {
    await read(...parts);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return e;
    throw e;
  }
  throw new Error('no syntax error');
}

describe('csvRecords', () => {
  it('reads a header and records with the line each starts on, across chunk boundaries', async () => {
    expect(await read('a,b\n1,', '2\n\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('finds « ; », « , » or a tab on the header line', async () => {
    expect(sniffSeparator('nom;prenom,x;y\n')).toBe(';');
    expect(sniffSeparator('"a;b",c\n')).toBe(',');
    expect(sniffSeparator('nom\tprenom\n1;2;3;4')).toBe('\t');
    expect((await read('nom\tprenom\nPayet\tMarie'))[1]?.fields).toEqual(['Payet', 'Marie']);
  });

  it('keeps quoted separators, doubled quotes and line breaks, and counts lines inside quotes', async () => {
    const r = await read('a;b\r\n"x;y";"il dit ""oui"""\r\n"deux\nlignes";z\r\nfin;1');
    expect(r.map((x) => x.line)).toEqual([1, 2, 3, 5]);
    expect(r[1]?.fields).toEqual(['x;y', 'il dit "oui"']);
    expect(r[2]?.fields).toEqual(['deux\nlignes', 'z']);
  });

  it('drops a UTF-8 byte order mark and skips rows made only of separators', async () => {
    expect(await read('\uFEFFdossierId;nom\n;\n;;;;\nD-1;x\n')).toEqual([
      { line: 1, fields: ['dossierId', 'nom'] },
      { line: 4, fields: ['D-1', 'x'] },
    ]);
  });

  it('reports the line of an unterminated quote, without quoting the file', async () => {
    const e = await failure('a,b\n1,2\n3,"07E1234567ABC\n4,5');
    expect(e.line).toBe(3);
    expect(e.message).toBe('Guillemet ouvert jamais refermé.');
  });

  it('reports text after a closing quote by its line only', async () => {
    const e = await failure('a;b\n"07E1234567ABC"x;1');
    expect(e.line).toBe(2);
    expect(e.message).not.toContain('07E1234567ABC');
  });

  it('reads nothing from an empty file', async () => {
    expect(await read('')).toEqual([]);
  });
});
