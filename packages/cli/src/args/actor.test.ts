import { describe, expect, it } from 'vitest';
import { ACTOR_DECLARED_NOTE, describeActorOption, parseActor } from './actor.js';

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

  it('reads the roles of the chain of decisions: ministre, inspecteur général, national CAP', () => {
    expect(parseActor('ministre:dgrh-1')._unsafeUnwrap()).toEqual({ role: 'ministre', id: 'dgrh-1' });
    expect(parseActor('inspecteur-general:ig-1,disciplines=mathematiques')._unsafeUnwrap()).toEqual({
      role: 'inspecteur-general',
      id: 'ig-1',
      disciplines: ['mathematiques'],
    });
    expect(parseActor('cap:capn-1,academie=nationale,corps=agrege')._unsafeUnwrap()).toEqual({
      role: 'cap',
      id: 'capn-1',
      academie: null,
      corps: ['agrege'],
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

describe('the trust boundary of --as', () => {
  it('its help says the actor is declared by the operator, not authenticated', () => {
    const help = describeActorOption();
    expect(help).toContain('déclaré par l’opérateur');
    expect(help).toContain('non authentifié');
    expect(ACTOR_DECLARED_NOTE).toBe('déclaré par l’opérateur, non authentifié');
  });
});
