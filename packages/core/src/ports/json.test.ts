import { describe, expect, it } from 'vitest';
import type { Issue } from '../errors.js';
import { collectJsonIssues, MAX_JSON_DEPTH } from './json.js';

const issuesOf = (value: unknown) => {
  const issues: Issue[] = [];
  collectJsonIssues(value, ['e'], issues);
  return issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('collectJsonIssues', () => {
  it('accepts what JSON represents exactly', () => {
    expect(
      issuesOf({
        s: 'a\u0000\uD800',
        n: [0, -1.5, Number.MAX_SAFE_INTEGER, 5e-324],
        b: true,
        z: null,
        o: Object.assign(Object.create(null), { x: 1 }),
        ['__proto__']: { y: [] },
      }),
    ).toEqual([]);
  });

  it('reports every value JSON would change or drop, with its path', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    expect(
      issuesOf({
        u: undefined,
        nan: Number.NaN,
        inf: [Number.POSITIVE_INFINITY],
        d: new Date(0),
        m: new Map(),
        f: () => 1,
        big: 1n,
        sym: Symbol('s'),
        cyclic,
        sparse,
        [Symbol('k')]: 1,
      }),
    ).toEqual([
      'json.cle-symbole@e',
      'json.type@e.u',
      'json.nombre-non-fini@e.nan',
      'json.nombre-non-fini@e.inf.0',
      'json.objet-non-simple@e.d',
      'json.objet-non-simple@e.m',
      'json.type@e.f',
      'json.type@e.big',
      'json.type@e.sym',
      'json.cycle@e.cyclic.self',
      'json.trou@e.sparse.1',
    ]);
  });

  it('reports where a cycle closes, however deep it is', () => {
    const top: Record<string, unknown> = {};
    let node = top;
    for (let i = 0; i < 40; i++) {
      const child: Record<string, unknown> = {};
      node.next = child;
      node = child;
    }
    node.back = [top];
    expect(issuesOf({ top })).toEqual([`json.cycle@e.top${'.next'.repeat(40)}.back.0`]);
  });

  it('accepts a value referenced twice without a cycle', () => {
    const shared = { a: 1 };
    expect(issuesOf({ x: shared, y: [shared, shared] })).toEqual([]);
  });

  it('refuses nesting beyond the limit and stops at the issue limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    expect(issuesOf(deep)).toHaveLength(1);
    expect(issuesOf(deep)[0]).toMatch(/^json\.trop-profond@/);
    expect(issuesOf(Array.from({ length: 100 }, () => undefined))).toHaveLength(20);
  });
});
