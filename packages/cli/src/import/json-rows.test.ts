import { describe, expect, it } from 'vitest';
import { jsonLines, parseJsonArray } from './json-rows.js';

describe('parseJsonArray', () => {
  it('gives each element the line it starts on, whatever strings and nesting hold', () => {
    const text = '[\n  {"a": "[,{"},\n  {\n    "b": [1, 2]\n  },\n  3\n]';
    const rows = parseJsonArray(text)._unsafeUnwrap();
    expect(rows.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(rows[1]?.value).toEqual({ ok: true, data: { b: [1, 2] } });
  });

  it('handles escaped quotes in strings', () => {
    const rows = parseJsonArray('[{"a":"x\\"]"},\n{"b":1}]')._unsafeUnwrap();
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports the line of a syntax error', () => {
    const e = parseJsonArray('[\n{"a":1},\n{"a":2,,}\n]')._unsafeUnwrapErr();
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/JSON illisible/);
  });

  it('refuses a value that is not an array', () => {
    expect(parseJsonArray('{"a":1}')._unsafeUnwrapErr().message).toMatch(/tableau JSON/);
  });

  it('reads an empty array', () => {
    expect(parseJsonArray(' [ ] ')._unsafeUnwrap()).toEqual([]);
  });
});

async function* chunks(...parts: string[]) {
  yield* parts;
}

describe('jsonLines', () => {
  it('reads one value per line across chunks, skipping blank lines, and keeps bad lines as bad rows', async () => {
    const rows = [];
    for await (const r of jsonLines(chunks('\uFEFF{"a":', '1}\n\n{oops}\n{"b"', ':2}\n'))) rows.push(r);
    expect(rows.map((r) => [r.line, r.value.ok])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
  });

  it('never quotes the text of a bad line in its reason', async () => {
    for await (const r of jsonLines(chunks('07E1234567ABC\n{"numen":"07E1234567ABC" x}\n'))) {
      expect(r.value.ok).toBe(false);
      if (!r.value.ok) {
        expect(r.value.message).toMatch(/^JSON illisible/);
        expect(r.value.message).not.toContain('07E1234567ABC');
      }
    }
  });
});
