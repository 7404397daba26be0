import { describe, expect, it } from 'vitest';
import { echellesParDefaut, grillesNationales, referentiel2013, referentielToJson } from './index.js';

describe('referentielToJson', () => {
  it('round-trips through JSON.stringify / JSON.parse unchanged', () => {
    const json = referentielToJson();
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
  });

  it('holds the whole référentiel, the corps and their scopes, the grids and the scales', () => {
    const json = referentielToJson();
    expect(json.format).toBe('tremplin.referentiel');
    expect(json.formatVersion).toBe(2);
    expect(json.referentiel).toEqual(referentiel2013);
    expect(json.referentiel.competences).toHaveLength(31);
    expect(json.corps).toHaveLength(6);
    expect(json.scopes.find((s) => s.corps === 'documentaliste')?.familles).toEqual([
      'commune',
      'professeur',
      'documentaliste',
    ]);
    expect(json.grilles).toEqual(grillesNationales);
    expect(json.echelles).toEqual(echellesParDefaut);
  });

  it('returns a fresh, mutable copy that does not touch the shipped data', () => {
    const json = referentielToJson();
    expect(Object.isFrozen(json.referentiel)).toBe(false);
    expect(json.referentiel).not.toBe(referentiel2013);
    (json.referentiel.competences as unknown as unknown[]).length = 0;
    expect(referentiel2013.competences).toHaveLength(31);
  });

  it('includes an académie’s own grids and scales when given, dropping undefined values', () => {
    const base = grillesNationales[0];
    if (base === undefined) throw new Error('no grid');
    const json = referentielToJson({ grilles: [{ ...base, fiche: undefined } as never], echelles: [] });
    expect(json.grilles).toHaveLength(1);
    expect('fiche' in (json.grilles[0] ?? {})).toBe(false);
    expect(json.echelles).toEqual([]);
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
  });
});
