import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { foldDossier } from '../dossier/fold.js';
import type { FichePersonne, RegistrePersonnes } from '../ports/personnes.js';
import { acteurs, acteursNonAssignes, identite } from '../workflow/testing/fixtures.js';
import { createRulesRegistry } from './registry.js';
import { createFakeStore } from './testing/fake-store.js';
import { createTremplin } from './tremplin.js';

const registry = createRulesRegistry()._unsafeUnwrap();
const rectorat = acteurs.rectorat;
const at = (jour: string) => `${jour}T08:00:00+04:00`;
const MARQUEURS = ['99MARQ0001ZZZ', '1983-07-19', 'marqueur-1@exemple.invalid'];

function createMapRegistre(): RegistrePersonnes & { readonly fiches: Map<string, FichePersonne> } {
  const fiches = new Map<string, FichePersonne>();
  return {
    fiches,
    put: (fiche) => {
      fiches.set(fiche.stagiaireId, fiche);
      return okAsync(undefined);
    },
    get: (id) => okAsync(fiches.get(id) ?? null),
    erase: (id) => okAsync(fiches.delete(id)),
    close: () => okAsync(undefined),
  };
}

const ouvrir = (valeurs: Record<string, unknown>) => ({
  type: 'dossier.ouvrir',
  dossierId: 'dos-1',
  identite: { ...identite(), stagiaire: { ...identite().stagiaire, ...valeurs } },
  acteurs: acteursNonAssignes(),
});
const marques = { numen: MARQUEURS[0], dateNaissance: MARQUEURS[1], courriel: MARQUEURS[2] };

function setup(withRegistre = true) {
  const store = createFakeStore();
  const registre = createMapRegistre();
  const tremplin = createTremplin({
    store,
    rules: registry,
    ...(withRegistre ? { personnes: { registre } } : {}),
  });
  const logText = () => JSON.stringify([...store.logs.values()]);
  return { store, registre, tremplin, logText };
}

describe('personal data out of the log', () => {
  it('opening a dossier puts NUMEN, birth date and e-mail in the register, none in the log or the state', async () => {
    const { registre, tremplin, logText } = setup();
    const opened = (
      await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') })
    )._unsafeUnwrap();
    const fiche = registre.fiches.get('stg-1');
    expect(fiche).toMatchObject({ ...marques, stagiaireId: 'stg-1', rectifiePar: 'rectorat:dpe-1' });
    const visible = logText() + JSON.stringify(opened);
    for (const marqueur of MARQUEURS) expect(visible).not.toContain(marqueur);
  });

  it('refuses personal data without a register, and writes nothing', async () => {
    const { store, tremplin } = setup(false);
    const r = await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') });
    const error = r._unsafeUnwrapErr();
    expect(error.kind === 'validation' && error.issues[0]?.code).toBe('personnes.registre-absent');
    expect(store.calls.append).toBe(0);
  });

  it('a malformed value is refused without echoing it', async () => {
    const { tremplin } = setup();
    const r = await tremplin.execute('dos-1', ouvrir({ numen: '99marq-secret' }), {
      acteur: rectorat,
      at: at('2022-07-15'),
    });
    const error = r._unsafeUnwrapErr();
    expect(error.kind).toBe('validation');
    expect(JSON.stringify(error)).not.toContain('99marq-secret');
  });

  it('an implausible birth date is refused without echoing it, and nothing is written', async () => {
    const { tremplin, registre, logText } = setup();
    for (const dateNaissance of ['1899-05-17', '2015-05-17']) {
      const r = await tremplin.execute('dos-1', ouvrir({ dateNaissance }), {
        acteur: rectorat,
        at: at('2022-07-15'),
      });
      const error = r._unsafeUnwrapErr();
      expect(error.kind).toBe('validation');
      expect(JSON.stringify(error)).toContain('date-naissance.invraisemblable');
      expect(JSON.stringify(error)).not.toContain(dateNaissance);
    }
    expect(registre.fiches.size).toBe(0);
    expect(logText()).toBe('[]');
  });

  it('rectification replaces the values given and logs the fields only', async () => {
    const { registre, tremplin, logText } = setup();
    await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') });
    const r = (
      await tremplin.execute(
        'dos-1',
        {
          type: 'identite.rectifier',
          valeurs: { courriel: 'marqueur-2@exemple.invalid' },
          motif: 'Demande du stagiaire.',
        },
        { acteur: rectorat, at: at('2022-07-20') },
      )
    )._unsafeUnwrap();
    expect(r.events).toEqual([
      expect.objectContaining({
        type: 'identite.rectifiee',
        champs: ['courriel'],
        motif: 'Demande du stagiaire.',
      }),
    ]);
    expect(registre.fiches.get('stg-1')).toMatchObject({
      numen: marques.numen,
      courriel: 'marqueur-2@exemple.invalid',
    });
    expect(logText()).not.toContain('marqueur-2');
  });

  it('erasure deletes the record and logs its ground; « données plus nécessaires » waits for the end of the stage', async () => {
    const { registre, tremplin } = setup();
    await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') });
    const early = await tremplin.execute(
      'dos-1',
      { type: 'identite.effacer', motif: 'Fin de besoin.', fondement: 'donnees-plus-necessaires' },
      { acteur: rectorat, at: at('2022-07-21') },
    );
    const refus = early._unsafeUnwrapErr();
    expect(refus.kind === 'refusal' && refus.reasons.map((x) => x.code)).toEqual([
      'identite.conservation-non-fixee',
    ]);
    expect(registre.fiches.has('stg-1')).toBe(true);
    const erased = (
      await tremplin.execute(
        'dos-1',
        { type: 'identite.effacer', motif: 'Traitement contesté.', fondement: 'traitement-illicite' },
        { acteur: rectorat, at: at('2022-07-22') },
      )
    )._unsafeUnwrap();
    expect(erased.events.map((e) => e.type)).toEqual(['identite.effacee']);
    expect(registre.fiches.has('stg-1')).toBe(false);
  });

  it('rectifies and erases years after the stage (no horizon for the register)', async () => {
    const { registre, tremplin } = setup();
    await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') });
    const late = { acteur: rectorat, at: at('2034-03-01') };
    const rectified = await tremplin.execute(
      'dos-1',
      { type: 'identite.rectifier', valeurs: { courriel: null }, motif: 'Adresse close.' },
      late,
    );
    expect(rectified.isOk()).toBe(true);
    const erased = await tremplin.execute(
      'dos-1',
      { type: 'identite.effacer', motif: 'Opposition du stagiaire.', fondement: 'opposition' },
      late,
    );
    expect(erased.isOk()).toBe(true);
    expect(registre.fiches.has('stg-1')).toBe(false);
  });

  it('only the rectorat rectifies', async () => {
    const { tremplin } = setup();
    await tremplin.execute('dos-1', ouvrir(marques), { acteur: rectorat, at: at('2022-07-15') });
    const r = await tremplin.execute(
      'dos-1',
      { type: 'identite.rectifier', valeurs: { numen: '99MARQ0002ZZZ' }, motif: 'Erreur.' },
      { acteur: acteurs.stagiaire, at: at('2022-07-20') },
    );
    expect(r._unsafeUnwrapErr().kind).toBe('permission');
  });
});

describe('logs written before 0.3', () => {
  it('a dossier.ouvert carrying personal data folds into a state without them', () => {
    const open = {
      type: 'dossier.ouvert' as const,
      v: 1 as const,
      le: at('2022-07-15'),
      auteur: { role: 'rectorat' as const, id: 'dpe-1' },
      dossierId: 'dos-1',
      identite: { ...identite(), stagiaire: { ...identite().stagiaire, ...marques } },
      acteurs: acteursNonAssignes(),
    };
    const state = foldDossier([{ sequence: 1, event: open }])._unsafeUnwrap();
    for (const marqueur of MARQUEURS) expect(JSON.stringify(state)).not.toContain(marqueur);
  });
});
