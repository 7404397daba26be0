import {
  type DossierState,
  type EtatDossier,
  evaluateCohort,
  packNational,
  parseDossierState,
} from '@tremplin/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  deadlineUid,
  type EvaluatedDossier,
  epleCalendar,
  formatDateLongue,
  stagiaireCalendar,
  texteFrancais,
  tuteurCalendar,
} from '../src/index.js';
import { deadline, dossier, evaluated, ZONE } from './dossiers.js';

const rectorat = { role: 'rectorat', id: 'dpe-1' } as const;

/** A cohort of La Réunion 2022-2023 as a rectorat holds it: leave, a renewed stage, every later state. */
function cohorte(): DossierState[] {
  const base = (n: 0 | 1, id: string, overrides: Partial<DossierState> = {}): DossierState => ({
    ...dossier(n),
    dossierId: id,
    ...overrides,
  });
  const tutrice = {
    tuteurs: [
      {
        tuteur: { id: 'T-3', civilite: 'madame' as const, nom: 'Payet', prenom: 'Lina' },
        depuis: '2022-09-01',
        jusquau: null,
        motifRetrait: null,
      },
    ],
  };
  const sansCivilite = {
    tuteurs: [
      {
        tuteur: { id: 'T-4', nom: 'Nativel', prenom: 'Dominique' },
        depuis: '2022-09-01',
        jusquau: null,
        motifRetrait: null,
      },
    ],
  };
  const etats: readonly EtatDossier[] = [
    'devant-jury',
    'devant-recteur',
    'devant-ministre',
    'prolongation-master',
    'titularise',
    'licencie',
    'reintegre',
    'exclu',
    'demissionnaire',
  ];
  return [
    base(0, 'D-A01'),
    base(1, 'D-A02', { acteurs: { ...dossier(1).acteurs, ...tutrice } }),
    base(0, 'D-A03', { acteurs: { ...dossier(0).acteurs, ...sansCivilite } }),
    // A congé de maladie moves the mi-stage date and the end of the stage.
    base(1, 'D-A04', {
      conges: [
        {
          congeId: 'C-1',
          nature: 'maladie-ordinaire',
          debut: '2022-10-03',
          fin: '2022-12-16',
          enregistrePar: rectorat,
        },
      ],
    }),
    // Year 2 of a renewed stage.
    base(0, 'D-A05', {
      identite: { ...dossier(0).identite, stageRenouvele: true },
      stage: {
        ...dossier(0).stage,
        dateNomination: '2021-09-01',
        annees: [
          { numero: 1, dateDebut: '2021-09-01', dateFinStatutaire: '2022-08-31' },
          { numero: 2, dateDebut: '2022-09-01', dateFinStatutaire: '2023-08-31' },
        ],
      },
    }),
    ...etats.map((etat, i) => base(i % 2 === 0 ? 0 : 1, `D-B0${i}`, { etat })),
  ];
}

const INSTANTS = [
  '2022-09-15T08:00:00+04:00',
  '2022-12-05T08:00:00+04:00',
  '2023-03-10T08:00:00+04:00',
  '2023-06-20T08:00:00+04:00',
  '2023-08-30T08:00:00+04:00',
];

function evaluate(states: readonly DossierState[], instant: string): EvaluatedDossier[] {
  const { evaluations, skipped } = evaluateCohort(states, instant, packNational)._unsafeUnwrap();
  expect(skipped).toEqual([]);
  return evaluations.map((evaluation) => {
    const state = states.find((s) => s.dossierId === evaluation.dossierId);
    if (state === undefined) throw new Error('evaluation without dossier');
    return { state, evaluation };
  });
}

function events(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

describe('calendars for people (issue 12, point 5)', () => {
  const states = cohorte();
  const runs = INSTANTS.map((instant) => ({ instant, dossiers: evaluate(states, instant) }));

  it('are built on a cohort the core accepts, whose evaluation does give mi-stage dates', () => {
    for (const state of states) {
      const parsed = parseDossierState(JSON.parse(JSON.stringify(state)));
      expect(parsed.isOk() ? [] : parsed.error.issues).toEqual([]);
    }
    const miStages = runs.flatMap((r) =>
      r.dossiers.flatMap((d) => d.evaluation.deadlines.filter((x) => x.kind === 'mi-stage')),
    );
    expect(miStages.length).toBeGreaterThan(0);
    expect(new Set(miStages.map((d) => d.due)).size).toBeGreaterThan(1); // the congé moved one
  });

  it('no stagiaire calendar holds a licenciement event', () => {
    let written = 0;
    for (const { instant, dossiers } of runs) {
      for (const dossier of dossiers) {
        const ics = stagiaireCalendar({ dossier, timeZone: ZONE, at: instant })._unsafeUnwrap();
        for (const event of events(ics)) {
          written += 1;
          expect(event.uid).not.toBe(deadlineUid(dossier.state.dossierId, 'mi-stage'));
          expect(event.summary).not.toMatch(/licenci|mi-stage/i);
          expect(event.description).not.toMatch(/licenci/i);
        }
      }
    }
    expect(written).toBeGreaterThan(50);
  });

  it('no tuteur or EPLE calendar holds it either, even when the caller asks for every deadline', () => {
    for (const { instant, dossiers } of runs) {
      const context = { dossiers, timeZone: ZONE, at: instant };
      const all = { include: () => true };
      const icss = [
        ...['T-1', 'T-3', 'T-4'].map((tuteurId) => tuteurCalendar({ ...context, tuteurId }, all)),
        ...['9740001H', '9740002J'].map((uai) => epleCalendar({ ...context, uai }, all)),
      ].map((r) => r._unsafeUnwrap());
      for (const ics of icss) expect(ics).not.toMatch(/licenci/i);
    }
  });

  it('gives no deadline to a dossier past the jury (devant-recteur, devant-ministre, exclu…), nor a licenciement', () => {
    for (const { instant, dossiers } of runs) {
      for (const dossier of dossiers.filter((d) => d.state.dossierId.startsWith('D-B0'))) {
        const ics = stagiaireCalendar({ dossier, timeZone: ZONE, at: instant })._unsafeUnwrap();
        const read = events(ics);
        expect(read.length).toBe(dossier.evaluation.deadlines.filter((d) => d.kind !== 'mi-stage').length);
      }
    }
    // Handed a mi-stage deadline by hand, a dossier before the recteur still gets no such event.
    const devantRecteur = evaluated(dossier(0, { etat: 'devant-recteur' }), [
      deadline('mi-stage', 'mi-stage', 'Mi-stage : licenciement possible', '2023-03-02', {
        responsible: null,
        informative: true,
      }),
      deadline('fin-de-stage', 'fin-de-stage', 'Fin du stage', '2023-08-31', {
        responsible: null,
        informative: true,
      }),
    ]);
    const read = events(
      stagiaireCalendar({ dossier: devantRecteur, timeZone: ZONE, at: INSTANTS[0] ?? '' })._unsafeUnwrap(),
    );
    expect(read.map((e) => e.summary)).toEqual(['Fin du stage']);
  });

  it('writes descriptions as French sentences: no ISO date or instant, no mention of Tremplin or of codes', () => {
    let checked = 0;
    for (const { instant, dossiers } of runs) {
      for (const dossier of dossiers) {
        const all = { include: () => true };
        const icss = [
          stagiaireCalendar({ dossier, timeZone: ZONE, at: instant }),
          tuteurCalendar({ dossiers: [dossier], tuteurId: 'T-1', timeZone: ZONE, at: instant }, all),
        ].map((r) => r._unsafeUnwrap());
        for (const event of icss.flatMap(events)) {
          checked += 1;
          for (const text of [event.summary, event.description]) {
            expect(text).not.toMatch(ISO_INSTANT);
            expect(text).not.toMatch(ISO_DATE);
            expect(text).not.toMatch(/tremplin/i);
            expect(text).not.toMatch(/\((?:[a-z-]+ \/ )+[a-z-]+\)/); // « (noel / ete-austral) »
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says in plain French that the académie should confirm a date no text sets', () => {
    const [run] = runs;
    const marie = run?.dossiers.find((d) => d.state.dossierId === 'D-A01');
    if (run === undefined || marie === undefined) throw new Error('fixture');
    const bilan = events(
      stagiaireCalendar({ dossier: marie, timeZone: ZONE, at: run.instant })._unsafeUnwrap(),
    )
      .map((e) => e.description)
      .find((d) => d.includes('Bilan intermédiaire du tuteur'));
    expect(bilan).toContain('Aucun texte ne fixe cette date : elle est à confirmer par l’académie.');
    expect(bilan).toContain('le 17 décembre 2022');
    expect(bilan).toContain('avant les vacances de Noël ou d’été austral');
    expect(bilan).toContain('source secondaire : ');
  });

  it('names the tuteur as the dossier records him or her: tuteur, tutrice, or both forms', () => {
    const [run] = runs;
    if (run === undefined) throw new Error('fixture');
    const summaries = (tuteurId: string) =>
      events(
        tuteurCalendar({ dossiers: run.dossiers, tuteurId, timeZone: ZONE, at: run.instant })._unsafeUnwrap(),
      ).map((e) => [e.summary, e.description.split('\n')[1]]);
    expect(summaries('T-3')).toContainEqual([
      'Bilan intermédiaire de la tutrice — Léo HOARAU',
      'À faire par la tutrice.',
    ]);
    expect(summaries('T-4')).toContainEqual([
      'Bilan intermédiaire du tuteur ou de la tutrice — Marie DUPONT',
      'À faire par le tuteur ou la tutrice.',
    ]);
    expect(summaries('T-1')).toContainEqual([
      'Bilan intermédiaire du tuteur — Marie DUPONT',
      'À faire par le tuteur.',
    ]);
  });
});

describe('French wording', () => {
  it('writes dates in full', () => {
    expect(formatDateLongue('2022-09-01')).toBe('1er septembre 2022');
    expect(formatDateLongue('2023-03-02')).toBe('2 mars 2023');
    expect(formatDateLongue('pas une date')).toBe('pas une date');
  });

  it('rewrites the machine forms of a sentence and leaves French sentences alone', () => {
    expect(
      texteFrancais(
        'Bilan attendu avant les vacances (noel / ete-austral) (le 2022-12-17, 2022-12-17T23:59:59.999+04:00).',
        ZONE,
      ),
    ).toBe('Bilan attendu avant les vacances de Noël ou d’été austral (le 17 décembre 2022).');
    expect(texteFrancais('Durée normale du stage (2022-09-01 → 2023-08-31).', ZONE)).toBe(
      'Durée normale du stage (du 1er septembre 2022 au 31 août 2023).',
    );
    expect(texteFrancais('Dépôt avant le 2023-06-05T17:00:00+04:00.', ZONE)).toBe(
      'Dépôt avant le 5 juin 2023 à 17 h 00.',
    );
    expect(texteFrancais('Dépôt avant le 2023-06-05T13:00:00Z.', ZONE)).toBe(
      'Dépôt avant le 5 juin 2023 à 17 h 00.',
    );
    const french = 'Le jury lit l’avis de l’inspecteur ; attendu avant fin mai.';
    expect(texteFrancais(french, ZONE)).toBe(french);
  });
});
