/**
 * Dossiers stored by Tremplin 0.1 still load: their events are read in today's words, their snapshots migrate.
 */
import { describe, expect, it } from 'vitest';
import { acteurs, anneeComplete, compositionJury, dossierNomme } from '../workflow/testing/fixtures.js';
import type { DossierEvent } from './events.js';
import { foldDossier } from './fold.js';
import { parseDossierState, serializeDossierState } from './serialisation.js';

/** A 0.1 log: a documentaliste opened as a corps, an `accident-service` leave, the jury's « decision ». */
function journalV01(): Array<{ sequence: number; event: DossierEvent }> {
  const j = dossierNomme({ corps: 'certifie', fonction: 'documentaliste' });
  j.ok(
    { type: 'conge.enregistrer', congeId: 'c1', nature: 'citis', debut: '2022-10-03', fin: '2022-10-07' },
    acteurs.rectorat,
    '2022-10-08',
  );
  anneeComplete(j);
  j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
  const [proposition] = j.ok(
    { type: 'jury.deliberer', constat: 'apte', jury: compositionJury() },
    acteurs.jury,
    '2023-06-20',
  );
  if (proposition?.type !== 'jury.proposition-emise') throw new Error('proposition');
  const events = j.events.map(({ sequence, event }) => {
    if (event.type === 'dossier.ouvert') {
      const { fonction: _f, ...identite } = event.identite;
      return { sequence, event: { ...event, identite: { ...identite, corps: 'documentaliste' } } };
    }
    if (event.type === 'conge.enregistre')
      return { sequence, event: { ...event, nature: 'accident-service' } };
    return { sequence, event };
  });
  // 0.1 recorded the jury's deliberation as the decision itself.
  const decision = {
    type: 'decision.prononcee',
    v: 1,
    le: '2023-06-20T10:00:00+04:00',
    auteur: { role: 'jury', id: 'jury-1' },
    decision: 'titularisation',
    instance: 'jury',
    annee: 1,
    motivation: null,
    dateEffet: '2023-09-01',
    periodeSuivante: null,
    instantane: proposition.instantane,
  };
  const sansProposition = events.filter((e) => e.event.type !== 'jury.proposition-emise');
  return [...sansProposition, { sequence: sansProposition.length + 1, event: decision }] as unknown as Array<{
    sequence: number;
    event: DossierEvent;
  }>;
}

describe('reading a Tremplin 0.1 log', () => {
  it('a corps « documentaliste » is a certifié of the documentaliste fonction; `accident-service` is the CITIS; the jury’s decision is read as an act', () => {
    const state = foldDossier(journalV01())._unsafeUnwrap();
    expect(state.identite).toMatchObject({ corps: 'certifie', fonction: 'documentaliste' });
    expect(state.conges[0]?.nature).toBe('citis');
    expect(state.etat).toBe('titularise');
    expect(state.decisions[0]).toMatchObject({
      instance: 'jury',
      fondement: null,
      date: '2023-06-20',
      arrete: null,
    });
  });
});

describe('migrating a version-2 snapshot', () => {
  it('gives the state the fold gives today', () => {
    const courant = foldDossier(journalV01())._unsafeUnwrap();
    const v3 = JSON.parse(serializeDossierState(courant));
    const {
      tempsPartiel: _t,
      propositionsJury: _p,
      saisines: _s,
      avisCommissions: _a,
      procedures: _pr,
      avisMedicaux: _m,
      ...reste
    } = v3;
    const v2 = {
      ...reste,
      schemaVersion: 2,
      identite: { ...v3.identite, corps: 'documentaliste', fonction: undefined },
      conges: v3.conges.map((c: object) => ({ ...c, nature: 'accident-service' })),
      avis: v3.avis.map(({ secondeAnnee: _x, ...a }: { secondeAnnee: unknown }) => a),
      decisions: v3.decisions.map(
        ({ fondement: _f, date: _d, arrete: _r, ...d }: Record<string, unknown>) => d,
      ),
      stage: {
        ...v3.stage,
        prolongationsConges: v3.stage.prolongationsConges.map(
          ({ joursTempsPartiel: _j, ...p }: Record<string, unknown>) => p,
        ),
      },
    };
    delete v2.identite.fonction;
    expect(parseDossierState(JSON.stringify(v2))._unsafeUnwrap()).toEqual(courant);
  });
});
