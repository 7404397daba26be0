import type { Acteur, Command, DossierEvent } from '@tremplin/core';
import { createSqliteStore } from '@tremplin/storage-sqlite';
import { describe, expect, it } from 'vitest';
import type { AtSpec } from '../args/instant.js';
import { createRulesProvider } from './rules.js';
import { createSession } from './session.js';

const rectorat: Acteur = { role: 'rectorat', id: 'dpe-1', academie: 'reunion' };
const at = (date: string): AtSpec => ({ kind: 'local', date, hour: 9, minute: 0, second: 0 });
const ouvrir: Command = {
  type: 'dossier.ouvrir',
  dossierId: 'D-1',
  identite: {
    stagiaire: { id: 'S-1', nom: 'Payet', prenom: 'Marie' },
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    corps: 'certifie',
    discipline: 'mathematiques',
    uai: '9740001H',
    quotite: 'temps-plein',
    categorie: 'master-meef',
    master: 'detenu',
    stageRenouvele: false,
    dateNominationPrevue: '2022-09-01',
  },
  acteurs: {
    tuteurs: [],
    chefEtablissement: null,
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  },
};

function store() {
  return createSqliteStore<DossierEvent>({ file: ':memory:' })._unsafeUnwrap();
}

describe('createSession', () => {
  it('decides on the state left by the previous commands, records in the académie’s zone, and appends once', async () => {
    const s = store();
    const session = createSession(s, createRulesProvider()._unsafeUnwrap());
    const opened = (
      await session.decide({ dossierId: 'D-1', command: ouvrir, acteur: rectorat, at: at('2022-07-01') })
    )._unsafeUnwrap();
    expect(opened.now).toBe('2022-07-01T09:00:00.000+04:00');
    const nomme = (
      await session.decide({
        dossierId: 'D-1',
        command: { type: 'nomination.prononcer' },
        acteur: rectorat,
        at: at('2022-09-01'),
      })
    )._unsafeUnwrap();
    expect(nomme.state.etat).toBe('en-stage');
    expect(session.pending).toBe(2);
    const written = (await session.flush())._unsafeUnwrap();
    expect(written.map((w) => w.lastSequence)).toEqual([1, 2]);
    const loaded = (await s.load('D-1'))._unsafeUnwrap();
    expect(loaded.index.etat).toBe('en-stage');
  });

  it('leaves the state unchanged after a refusal, and refuses commands on an unknown dossier', async () => {
    const session = createSession(store(), createRulesProvider()._unsafeUnwrap());
    const unknown = await session.decide({
      dossierId: 'D-1',
      command: { type: 'nomination.prononcer' },
      acteur: rectorat,
      at: at('2022-09-01'),
    });
    expect(unknown._unsafeUnwrapErr().kind).toBe('not-found');
    await session.decide({ dossierId: 'D-1', command: ouvrir, acteur: rectorat, at: at('2022-07-01') });
    const refused = await session.decide({
      dossierId: 'D-1',
      command: { type: 'jury.saisir', date: '2022-07-01' },
      acteur: rectorat,
      at: at('2022-07-01'),
    });
    expect(refused._unsafeUnwrapErr().kind).toBe('refusal');
    expect(session.pending).toBe(1);
    expect((await session.state('D-1'))._unsafeUnwrap()?.sequence).toBe(1);
  });

  it('replays a command whose idempotency key is already recorded', async () => {
    const s = store();
    const first = createSession(s, createRulesProvider()._unsafeUnwrap());
    await first.decide({
      dossierId: 'D-1',
      command: ouvrir,
      acteur: rectorat,
      at: at('2022-07-01'),
      idempotencyKey: 'k-ouvrir',
    });
    await first.flush();
    const again = createSession(s, createRulesProvider()._unsafeUnwrap());
    const replay = (
      await again.decide({
        dossierId: 'D-1',
        command: ouvrir,
        acteur: rectorat,
        at: at('2022-07-02'),
        idempotencyKey: 'k-ouvrir',
      })
    )._unsafeUnwrap();
    expect(replay.replayed).toBe(true);
    expect(replay.events[0]?.type).toBe('dossier.ouvert');
    expect(again.pending).toBe(0);
  });

  it('reports a concurrent write as a conflict and writes nothing of the batch', async () => {
    const s = store();
    const setup = createSession(s, createRulesProvider()._unsafeUnwrap());
    await setup.decide({ dossierId: 'D-1', command: ouvrir, acteur: rectorat, at: at('2022-07-01') });
    await setup.flush();
    const a = createSession(s, createRulesProvider()._unsafeUnwrap());
    const b = createSession(s, createRulesProvider()._unsafeUnwrap());
    await a.decide({
      dossierId: 'D-1',
      command: { type: 'nomination.prononcer' },
      acteur: rectorat,
      at: at('2022-09-01'),
    });
    await b.decide({
      dossierId: 'D-1',
      command: { type: 'nomination.prononcer' },
      acteur: rectorat,
      at: at('2022-09-02'),
    });
    (await b.flush())._unsafeUnwrap();
    const conflict = (await a.flush())._unsafeUnwrapErr();
    expect(conflict.kind).toBe('conflict');
    expect((await s.load('D-1'))._unsafeUnwrap().lastSequence).toBe(2);
  });
});
