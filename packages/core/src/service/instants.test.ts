import { describe, expect, it } from 'vitest';
import type { Command } from '../workflow/commands.js';
import { acteurs, acteursNonAssignes, identite } from '../workflow/testing/fixtures.js';
import { createRulesRegistry } from './registry.js';
import { createFakeStore } from './testing/fake-store.js';
import { createTremplin } from './tremplin.js';

const registry = createRulesRegistry()._unsafeUnwrap();
const at = (jour: string) => `${jour}T08:00:00+04:00`;
const ouvrir: Command = {
  type: 'dossier.ouvrir',
  dossierId: 'dos-1',
  identite: identite(),
  acteurs: acteursNonAssignes(),
};
const visite: Command = {
  type: 'visite.planifier',
  visiteId: 'v-1',
  nature: 'visite-formative',
  datePrevue: '2022-10-03',
};

describe('the service checks the instant of a command against the dossier', () => {
  it('refuses a command dated before the last event, and --at 9999-12-31, writing nothing', async () => {
    const store = createFakeStore({ batch: true });
    const tremplin = createTremplin({ store, rules: registry });
    await tremplin.execute('dos-1', ouvrir, { acteur: acteurs.rectorat, at: at('2022-07-15') });
    await tremplin.execute(
      'dos-1',
      { type: 'nomination.prononcer' },
      { acteur: acteurs.rectorat, at: at('2022-09-01') },
    );
    const before = await tremplin.execute('dos-1', visite, {
      acteur: acteurs.rectorat,
      at: at('2022-08-20'),
    });
    expect(before._unsafeUnwrapErr()).toMatchObject({
      kind: 'refusal',
      reasons: [{ code: 'instant.anterieur' }],
    });
    const far = await tremplin.execute('dos-1', visite, {
      acteur: acteurs.rectorat,
      at: '9999-12-31T00:00:00Z',
    });
    expect(far._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'instant.invraisemblable' }],
    });
    expect(store.logs.get('dos-1')).toHaveLength(2);
  });

  it('refuses to open a dossier « ../../x »', async () => {
    const store = createFakeStore({ batch: true });
    const tremplin = createTremplin({ store, rules: registry });
    const r = await tremplin.execute('../../x', { ...ouvrir, dossierId: '../../x' } as Command, {
      acteur: acteurs.rectorat,
      at: at('2022-07-15'),
    });
    expect(r._unsafeUnwrapErr().kind).toBe('validation');
    expect(store.logs.size).toBe(0);
  });
});
