import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { permissionDenied, refusalReason } from '../errors.js';
import type { Command } from '../workflow/commands.js';
import { acteurs, identite } from '../workflow/testing/fixtures.js';
import { createRulesRegistry, type RulesRegistry } from './registry.js';
import { createFakeStore } from './testing/fake-store.js';
import { createTremplin } from './tremplin.js';

const registry = createRulesRegistry()._unsafeUnwrap();
const rectorat = acteurs.rectorat;
const at = (jour: string) => `${jour}T08:00:00+04:00`;

const ouvrir = (dossierId = 'dos-1'): Command => ({
  type: 'dossier.ouvrir',
  dossierId,
  identite: identite(),
  acteurs: {
    tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
    chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  },
});
const nommer: Command = { type: 'nomination.prononcer' };

function service(rules: RulesRegistry = registry, batch = true) {
  const store = createFakeStore({ batch });
  return { store, tremplin: createTremplin({ store, rules }) };
}

describe('createTremplin: execute', () => {
  it('records a command: events appended, state folded, summary indexed', async () => {
    const { store, tremplin } = service();
    const opened = await tremplin.execute('dos-1', ouvrir(), { acteur: rectorat, at: at('2022-07-15') });
    expect(opened.isOk()).toBe(true);
    const named = (
      await tremplin.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-01') })
    )._unsafeUnwrap();
    expect(named.replayed).toBe(false);
    expect(named.events.map((e) => e.type)).toEqual(['stagiaire.nomme']);
    expect(named.state.etat).toBe('en-stage');
    expect(store.logs.get('dos-1')?.map((e) => e.sequence)).toEqual([1, 2]);
    expect((await tremplin.load('dos-1'))._unsafeUnwrap()).toEqual(named.state);
  });

  it('checks the request at the edge and lists every problem with its path', async () => {
    const { store, tremplin } = service();
    const r = await tremplin.execute(
      '../x\u0000',
      { type: 'inconnue' },
      { acteur: rectorat, at: '2022-09-01' },
    );
    const error = r._unsafeUnwrapErr();
    expect(error.kind).toBe('validation');
    const paths = error.kind === 'validation' ? error.issues.map((i) => i.path[0]) : [];
    expect(paths).toEqual(expect.arrayContaining(['command', 'at']));
    expect(store.calls.append).toBe(0);
    const mismatch = await tremplin.execute('dos-2', ouvrir('dos-1'), {
      acteur: rectorat,
      at: at('2022-07-15'),
    });
    expect(mismatch._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'dossier.identifiant' }],
    });
  });

  it('checks the actor with the default resolver', async () => {
    const { tremplin } = service();
    const r = await tremplin.execute('dos-1', ouvrir(), {
      acteur: { role: 'pirate' } as never,
      at: at('2022-07-15'),
    });
    expect(r._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['acteur', 'role'] }],
    });
  });

  it('passes the workflow’s refusal through and writes nothing', async () => {
    const { store, tremplin } = service();
    await tremplin.execute('dos-1', ouvrir(), { acteur: rectorat, at: at('2022-07-15') });
    const r = await tremplin.execute('dos-1', nommer, { acteur: acteurs.tuteur, at: at('2022-09-01') });
    expect(r._unsafeUnwrapErr().kind).toBe('permission');
    expect(store.logs.get('dos-1')).toHaveLength(1);
    const missing = await tremplin.execute('dos-9', nommer, { acteur: rectorat, at: at('2022-09-01') });
    expect(missing._unsafeUnwrapErr().kind).toBe('not-found');
  });

  it('says which calendar is missing for a year without one', async () => {
    const { tremplin } = service();
    const command = { ...ouvrir(), identite: identite({ anneeScolaire: '2031-2032' }) } as Command;
    const r = await tremplin.execute('dos-1', command, { acteur: rectorat, at: at('2031-07-15') });
    expect(r._unsafeUnwrapErr()).toMatchObject({ kind: 'not-found' });
    expect(JSON.stringify(r._unsafeUnwrapErr())).toContain('2031-2032');
  });
});

describe('createTremplin: idempotency', () => {
  it('replays the same key with the same command, even after the dossier moved on', async () => {
    const { store, tremplin } = service();
    const first = { acteur: rectorat, at: at('2022-07-15'), idempotencyKey: 'import-1' };
    await tremplin.execute('dos-1', ouvrir(), first);
    await tremplin.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-01') });
    const again = (await tremplin.execute('dos-1', ouvrir(), first))._unsafeUnwrap();
    expect(again.replayed).toBe(true);
    expect(again.events.map((e) => e.type)).toEqual(['dossier.ouvert']);
    expect(again.state.etat).toBe('en-stage');
    expect(store.logs.get('dos-1')).toHaveLength(2);
  });

  it('derives a key so the same command at the same instant is recorded once', async () => {
    const { store, tremplin } = service();
    const options = { acteur: rectorat, at: at('2022-07-15') };
    await tremplin.execute('dos-1', ouvrir(), options);
    const twice = (await tremplin.execute('dos-1', ouvrir(), options))._unsafeUnwrap();
    expect(twice.replayed).toBe(true);
    expect(twice.idempotencyKey).toMatch(/^tremplin:[0-9a-f]{32}$/);
    expect(store.logs.get('dos-1')).toHaveLength(1);
  });

  it('refuses the same key with another command and writes nothing', async () => {
    const { store, tremplin } = service();
    await tremplin.execute('dos-1', ouvrir(), {
      acteur: rectorat,
      at: at('2022-07-15'),
      idempotencyKey: 'k',
    });
    const r = await tremplin.execute('dos-1', nommer, {
      acteur: rectorat,
      at: at('2022-09-01'),
      idempotencyKey: 'k',
    });
    expect(r._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'cle-idempotence.reutilisee' }],
    });
    const other = { ...ouvrir(), identite: identite({ discipline: 'lettres-modernes' }) } as Command;
    const changed = await tremplin.execute('dos-1', other, {
      acteur: rectorat,
      at: at('2022-07-15'),
      idempotencyKey: 'k',
    });
    expect(changed._unsafeUnwrapErr()).toMatchObject({ issues: [{ code: 'cle-idempotence.reutilisee' }] });
    const byAnother = await tremplin.execute('dos-1', ouvrir(), {
      acteur: { ...rectorat, id: 'dpe-2' },
      at: at('2022-07-15'),
      idempotencyKey: 'k',
    });
    expect(byAnother._unsafeUnwrapErr()).toMatchObject({ issues: [{ code: 'cle-idempotence.reutilisee' }] });
    // The same command sent again later, by the same actor, is the same command: a replay.
    const later = await tremplin.execute('dos-1', ouvrir(), {
      acteur: rectorat,
      at: at('2022-07-16'),
      idempotencyKey: 'k',
    });
    expect(later._unsafeUnwrap().replayed).toBe(true);
    expect(store.logs.get('dos-1')).toHaveLength(1);
  });
});

describe('createTremplin: concurrency', () => {
  const carnet = (entreeId: string): Command => ({
    type: 'carnet.ecrire',
    entreeId,
    date: '2022-09-05',
    titre: 'Séance',
    texte: 'Retour sur la séance.',
  });

  /** A service whose store lets another writer append first, `races` times. */
  async function racing(maxAttempts: number, races: number) {
    const store = createFakeStore();
    const tremplin = createTremplin({ store, rules: registry, maxAttempts });
    await tremplin.execute('dos-1', ouvrir(), { acteur: rectorat, at: at('2022-07-15') });
    await tremplin.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-01') });
    const other = createTremplin({ store, rules: registry });
    let left = races;
    const race = async () => {
      if (left <= 0) return;
      left -= 1;
      await other.execute('dos-1', carnet(`autre-${left}`), {
        acteur: acteurs.stagiaire,
        at: at('2022-09-05'),
      });
      store.beforeNextAppend = race;
    };
    store.beforeNextAppend = race;
    const result = await tremplin.execute('dos-1', carnet('mien'), {
      acteur: acteurs.stagiaire,
      at: at('2022-09-06'),
    });
    return { store, result };
  }

  it('reloads and records on the next try after losing a race', async () => {
    const { store, result } = await racing(3, 2);
    expect(result._unsafeUnwrap().state.carnet).toHaveLength(3);
    expect(
      store.logs
        .get('dos-1')
        ?.map((e) => e.event.type)
        .slice(-3),
    ).toEqual(['carnet.entree-ajoutee', 'carnet.entree-ajoutee', 'carnet.entree-ajoutee']);
  });

  it('gives the conflict back after the last try, having written nothing of its own', async () => {
    const { store, result } = await racing(2, 5);
    expect(result._unsafeUnwrapErr().kind).toBe('conflict');
    expect(store.logs.get('dos-1')?.filter((e) => e.event.type === 'carnet.entree-ajoutee')).toHaveLength(2);
    expect(JSON.stringify(store.logs.get('dos-1'))).not.toContain('"mien"');
  });
});

describe('createTremplin: actor resolver', () => {
  it('lets the host resolve the actor, and refuses when it cannot', async () => {
    const store = createFakeStore();
    const tokens: Record<string, (typeof acteurs)[keyof typeof acteurs]> = { 'jeton-dpe': rectorat };
    const tremplin = createTremplin<string>({
      store,
      rules: registry,
      resolveActeur: (token) => {
        const acteur = tokens[token];
        return acteur === undefined
          ? err(permissionDenied('Jeton inconnu.', [refusalReason('jeton.inconnu', 'Jeton inconnu.')]))
          : ok(acteur);
      },
    });
    expect(
      (await tremplin.execute('dos-1', ouvrir(), { acteur: 'jeton-dpe', at: at('2022-07-15') })).isOk(),
    ).toBe(true);
    const denied = await tremplin.execute('dos-1', nommer, { acteur: 'faux', at: at('2022-09-01') });
    expect(denied._unsafeUnwrapErr().kind).toBe('permission');
    const throwing = createTremplin<string>({
      store,
      rules: registry,
      resolveActeur: () => {
        throw new Error('annuaire injoignable');
      },
    });
    const r = await throwing.execute('dos-1', nommer, { acteur: 'x', at: at('2022-09-01') });
    expect(r._unsafeUnwrapErr()).toMatchObject({
      kind: 'permission',
      reasons: [{ code: 'acteur.non-resolu' }],
    });
    expect(store.logs.get('dos-1')).toHaveLength(1);
  });
});

describe('createTremplin: unit of work', () => {
  it('decides on the batch’s states and writes everything in one appendBatch', async () => {
    const { store, tremplin } = service();
    const uow = tremplin.unitOfWork();
    for (const id of ['dos-1', 'dos-2']) {
      expect((await uow.execute(id, ouvrir(id), { acteur: rectorat, at: at('2022-07-15') })).isOk()).toBe(
        true,
      );
      expect((await uow.execute(id, nommer, { acteur: rectorat, at: at('2022-09-01') })).isOk()).toBe(true);
    }
    const refused = await uow.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-02') });
    expect(refused.isErr()).toBe(true);
    expect(uow.pending).toBe(4);
    expect(store.logs.size).toBe(0);
    expect((await uow.state('dos-2'))._unsafeUnwrap()?.etat).toBe('en-stage');
    const written = (await uow.commit())._unsafeUnwrap();
    expect(written).toHaveLength(4);
    expect(store.calls).toEqual({ append: 0, appendBatch: 1 });
    expect(uow.pending).toBe(0);
  });

  it('writes nothing when the batch fails, and appends one by one without appendBatch', async () => {
    const { store, tremplin } = service(registry, true);
    await tremplin.execute('dos-1', ouvrir(), { acteur: rectorat, at: at('2022-07-15') });
    const uow = tremplin.unitOfWork();
    await uow.execute('dos-2', ouvrir('dos-2'), { acteur: rectorat, at: at('2022-07-15') });
    await uow.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-01') });
    await tremplin.execute('dos-1', nommer, { acteur: rectorat, at: at('2022-09-03') });
    expect((await uow.commit())._unsafeUnwrapErr().kind).toBe('conflict');
    expect(store.logs.has('dos-2')).toBe(false);
    const plain = service(registry, false);
    const one = plain.tremplin.unitOfWork({ assumeNew: true });
    await one.execute('dos-1', ouvrir(), { acteur: rectorat, at: at('2022-07-15') });
    expect((await one.commit())._unsafeUnwrap()).toHaveLength(1);
    expect(plain.store.calls).toEqual({ append: 1, appendBatch: 0 });
  });
});

describe('createTremplin: cohort reads', () => {
  it('folds and evaluates each dossier, and sets aside one whose log does not fold', async () => {
    const { store, tremplin } = service();
    for (const id of ['dos-1', 'dos-2', 'dos-3']) {
      await tremplin.execute(id, ouvrir(id), { acteur: rectorat, at: at('2022-07-15') });
      await tremplin.execute(id, nommer, { acteur: rectorat, at: at('2022-09-01') });
    }
    const broken = store.logs.get('dos-2') ?? [];
    store.logs.set('dos-2', broken.slice(1));
    const entries = [];
    for await (const item of tremplin.readCohort({}, { at: at('2022-12-05') }))
      entries.push(item._unsafeUnwrap());
    expect(entries.map((e) => [e.dossierId, e.kind])).toEqual([
      ['dos-1', 'evaluated'],
      ['dos-2', 'skipped'],
      ['dos-3', 'evaluated'],
    ]);
    const one = (await tremplin.evaluate('dos-1', at('2022-12-05')))._unsafeUnwrap();
    expect(entries[0]?.kind === 'evaluated' ? entries[0].evaluation : null).toEqual(one);
  });
});

describe('createRulesRegistry', () => {
  it('reads packs from their text and names the file of a bad one', () => {
    const bad = createRulesRegistry({ packs: [{ text: 'id: [', format: 'yaml', origin: 'lyon.yaml' }] });
    expect(bad._unsafeUnwrapErr().message).toContain('lyon.yaml');
    const json = JSON.stringify({
      id: 'academie-test',
      version: '1.0.0',
      layer: 'academie',
      academie: 'reunion',
      label: 'Test',
      parameters: {},
    });
    const good = createRulesRegistry({ packs: [{ text: json, format: 'json' }] })._unsafeUnwrap();
    expect(good.packs.map((p) => p.id)).toEqual(['academie-test']);
    const rules = good.rulesFor('reunion', '2022-2023')._unsafeUnwrap();
    expect(rules.ruleSet.layers.map((p) => p.id)).toContain('academie-test');
    expect(good.rulesFor('Réunion', '2022-2023')._unsafeUnwrap()).toBe(rules);
  });

  it('uses the calendars it is given, and none when told to leave the shipped ones out', () => {
    const none = createRulesRegistry({ shippedCalendriers: false })._unsafeUnwrap();
    expect(none.rulesFor('reunion', '2022-2023')._unsafeUnwrapErr().kind).toBe('not-found');
    const reunion = registry.calendriers.find(
      (c) => c.anneeScolaire === '2022-2023' && c.academie === 'Réunion',
    );
    const only = createRulesRegistry({
      shippedCalendriers: false,
      calendriers: reunion ? [reunion] : [],
    })._unsafeUnwrap();
    expect(only.rulesFor('reunion', '2022-2023').isOk()).toBe(true);
    expect(only.timeZoneOf('reunion')).toBe('Indian/Reunion');
  });
});
