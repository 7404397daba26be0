import { describe, expect, it } from 'vitest';
import { parseActor } from './actor.js';

describe('parseActor', () => {
  it('reads role:id with the scope of the role', () => {
    expect(parseActor('tuteur:t-17')._unsafeUnwrap()).toEqual({ role: 'tuteur', id: 't-17' });
    expect(parseActor('chef-etablissement:ce-1,uai=9740001H')._unsafeUnwrap()).toEqual({
      role: 'chef-etablissement',
      id: 'ce-1',
      uai: '9740001H',
    });
    expect(
      parseActor(
        'inspecteur:ipr-3,academie=reunion,disciplines=mathematiques+physique-chimie',
      )._unsafeUnwrap(),
    ).toEqual({
      role: 'inspecteur',
      id: 'ipr-3',
      academie: 'reunion',
      disciplines: ['mathematiques', 'physique-chimie'],
    });
    expect(parseActor('jury:j-1,academie=reunion,corps=certifie+cpe')._unsafeUnwrap()).toMatchObject({
      corps: ['certifie', 'cpe'],
    });
  });

  it('reads the actor as JSON', () => {
    expect(parseActor('{"role":"rectorat","id":"dpe","academie":"reunion"}')._unsafeUnwrap()).toEqual({
      role: 'rectorat',
      id: 'dpe',
      academie: 'reunion',
    });
  });

  it('refuses a missing scope, an unknown role, a bad UAI, and says which forms are accepted', () => {
    for (const bad of [
      'rectorat:dpe',
      'recteur:x',
      'chef-etablissement:ce,uai=123',
      'tuteur',
      'tuteur:t,x',
      '{oops',
    ]) {
      const e = parseActor(bad)._unsafeUnwrapErr();
      expect(e.kind).toBe('usage');
      expect(e.hint).toMatch(/rectorat:<id>,academie=<code>/);
    }
    expect(parseActor(undefined)._unsafeUnwrapErr().message).toMatch(/--as/);
  });
});
