/**
 * Dossiers stored by Tremplin 0.1 still load: their events are read in today's words, their snapshots migrate.
 */
import { describe, expect, it } from 'vitest';
import { acteurs, anneeComplete, compositionJury, dossierNomme } from '../workflow/testing/fixtures.js';
import { type DossierEvent, dossierEventSchema } from './events.js';
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
    if (event.type === 'avis.emis') {
      // 0.1 named no grid in an avis.
      const { grilleId: _g, positionnement: _p, ...avis } = event;
      return { sequence, event: avis };
    }
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
      avis: v3.avis.map(
        ({ secondeAnnee: _x, grilleId: _g, positionnement: _p, ...a }: Record<string, unknown>) => a,
      ),
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

/** Events as Tremplin wrote them before grids had item ids: per-competency ratings, avis without a grid. */
function journalParCompetences(): Array<{ sequence: number; event: DossierEvent }> {
  const j = dossierNomme();
  const entete = (jour: string, auteur: { role: string; id: string }) => ({
    v: 1,
    le: `${jour}T10:00:00+04:00`,
    auteur: { role: auteur.role, id: auteur.id },
  });
  const anciens: unknown[] = [
    {
      type: 'autopositionnement.enregistre',
      ...entete('2022-09-15', acteurs.stagiaire),
      autopositionnementId: 'ap-1',
      date: '2022-09-15',
      positionnement: {
        grilleId: 'ns-2015-055-enseignants',
        echelleId: 'degres-acquisition',
        entries: [{ competence: 'CC1', niveau: 'degre-2', commentaire: 'À consolider' }],
      },
      commentaire: null,
    },
    {
      type: 'bilan.depose',
      ...entete('2022-12-10', acteurs.tuteur),
      bilanId: 'b-1',
      nature: 'intermediaire',
      date: '2022-12-10',
      positionnement: {
        grilleId: 'ns-2015-055-enseignants',
        echelleId: 'tuteur-intermediaire',
        entries: [
          { competence: 'CC1', niveau: 'a-investir' },
          { competence: 'P3', niveau: 'a-entretenir' },
        ],
      },
      appreciation: 'Bilan rédigé avant les items.',
    },
    {
      type: 'avis.emis',
      ...entete('2023-05-11', acteurs.chef),
      avisId: 'avis-1',
      sens: 'favorable',
      motivation: null,
      date: '2023-05-11',
    },
  ];
  const events = anciens.map((e) => dossierEventSchema.parse(e));
  return [...j.events, ...events.map((event, i) => ({ sequence: j.events.length + i + 1, event }))];
}

describe('positionnements and avis recorded before grids had item ids', () => {
  it('old per-competency events parse and fold; the avis names no grid', () => {
    const state = foldDossier(journalParCompetences())._unsafeUnwrap();
    expect(state.bilans[0]?.positionnement.entries).toEqual([
      { competence: 'CC1', niveau: 'a-investir' },
      { competence: 'P3', niveau: 'a-entretenir' },
    ]);
    expect(state.autopositionnements[0]?.positionnement.entries[0]).toMatchObject({ competence: 'CC1' });
    expect(state.avis[0]).toMatchObject({ role: 'chef-etablissement', grilleId: null, positionnement: null });
    expect(parseDossierState(serializeDossierState(state))._unsafeUnwrap()).toEqual(state);
  });

  it('a version-3 snapshot migrates to version 4: its avis get no grid, its positionnements stay as they were', () => {
    const courant = foldDossier(journalParCompetences())._unsafeUnwrap();
    const v4 = JSON.parse(serializeDossierState(courant));
    const v3 = {
      ...v4,
      schemaVersion: 3,
      avis: v4.avis.map(({ grilleId: _g, positionnement: _p, ...a }: Record<string, unknown>) => a),
    };
    const migre = parseDossierState(JSON.stringify(v3))._unsafeUnwrap();
    expect(migre).toEqual(courant);
    expect(migre.schemaVersion).toBe(4);
  });
});
