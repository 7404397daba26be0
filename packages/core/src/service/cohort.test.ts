import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../dossier/events.js';
import type { Command } from '../workflow/commands.js';
import { acteurs, acteursNonAssignes, identite } from '../workflow/testing/fixtures.js';
import { createRulesRegistry } from './registry.js';
import { createFakeStore } from './testing/fake-store.js';
import { createTremplin } from './tremplin.js';

const registry = createRulesRegistry()._unsafeUnwrap();
const at = (jour: string) => `${jour}T08:00:00+04:00`;
const ouvrir = (dossierId: string): Command => ({
  type: 'dossier.ouvrir',
  dossierId,
  identite: identite({ stagiaire: { id: `stg-${dossierId}`, nom: 'Payet', prenom: 'Marie' } }),
  acteurs: acteursNonAssignes(),
});

describe('cohort reads over logs this version cannot read', () => {
  it.each([
    ['x.inconnu', 1, 'evenement.inconnu'],
    ['__proto__', 1, 'evenement.inconnu'],
    ['constructor', 1, 'evenement.inconnu'],
    ['carnet.entree-ajoutee', 99, 'evenement.version-inconnue'],
  ])(
    'sets aside a dossier holding an event « %s » v%s and goes on with the others',
    async (type, v, code) => {
      const store = createFakeStore({ batch: true });
      const tremplin = createTremplin({ store, rules: registry });
      for (const id of ['dos-1', 'dos-2', 'dos-3']) {
        await tremplin.execute(id, ouvrir(id), { acteur: acteurs.rectorat, at: at('2022-07-15') });
        await tremplin.execute(
          id,
          { type: 'nomination.prononcer' },
          { acteur: acteurs.rectorat, at: at('2022-09-01') },
        );
      }
      const log = store.logs.get('dos-2') ?? [];
      const [first] = log;
      if (first === undefined) throw new Error('fixture');
      const hostile = JSON.parse(
        `{"type":${JSON.stringify(type)},"v":${v},"le":"2022-09-02T08:00:00+04:00"}`,
      );
      store.logs.set('dos-2', [
        ...log,
        { ...first, sequence: log.length + 1, event: hostile as DossierEvent },
      ]);

      const entries = [];
      for await (const item of tremplin.readCohort({}, { at: at('2022-12-05') }))
        entries.push(item._unsafeUnwrap());
      expect(entries.map((e) => [e.dossierId, e.kind])).toEqual([
        ['dos-1', 'evaluated'],
        ['dos-2', 'skipped'],
        ['dos-3', 'evaluated'],
      ]);
      const skipped = entries[1];
      const error = skipped?.kind === 'skipped' ? skipped.error : null;
      expect(error?.kind === 'validation' && error.issues[0]?.code).toBe(code);
      expect(error?.message).toContain('Le dossier dos-2 contient à la séquence 3');
      // The dossier alone is refused when loaded: a typed error, never a throw.
      const loaded = await tremplin.load('dos-2');
      expect(loaded._unsafeUnwrapErr().kind).toBe('validation');
    },
  );
});
