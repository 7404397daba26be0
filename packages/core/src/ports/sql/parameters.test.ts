import { describe, expect, it } from 'vitest';
import { createParameters } from './parameters.js';
import { dollarNumbers, questionMarks } from './sample-syntaxes.js';

describe('createParameters', () => {
  it('numbers placeholders in binding order, arrays included', () => {
    const params = createParameters(dollarNumbers);
    expect(params.bind('a')).toBe('$1');
    expect(params.bindArray('d.uai', ['x', 'y'])).toBe('d.uai = ANY($2::text[])');
    expect(params.bind(10)).toBe('$3');
    expect(params.values).toEqual(['a', ['x', 'y'], 10]);
  });

  it('renders question marks and binds an array as one value, whatever its length', () => {
    const params = createParameters(questionMarks);
    expect(params.bind('a')).toBe('?');
    expect(params.bindArray('d.uai', ['x', 'y', 'z'])).toBe('d.uai IN (SELECT value FROM json_each(?))');
    expect(params.bindArray('d.etat', [])).toBe('d.etat IN (SELECT value FROM json_each(?))');
    expect(params.values).toEqual(['a', '["x","y","z"]', '[]']);
  });

  it('keeps its own count: two statements never share positions', () => {
    const first = createParameters(dollarNumbers);
    first.bind(1);
    first.bind(2);
    expect(createParameters(dollarNumbers).bind(3)).toBe('$1');
  });

  it('copies array values, so a caller changing its array afterwards changes nothing', () => {
    const values = ['a'];
    const params = createParameters(dollarNumbers);
    params.bindArray('c', values);
    values.push('b');
    expect(params.values).toEqual([['a']]);
  });
});
