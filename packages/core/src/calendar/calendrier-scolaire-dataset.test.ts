import { describe, expect, it } from 'vitest';
import {
  datasetDateToLocalDate,
  importCalendrierScolaire,
  parseTypeVacances,
} from './calendrier-scolaire-dataset.js';
import { CALENDRIERS, findCalendrier } from './calendriers.js';
import { REUNION_2025_2026 } from './data/calendriers-2025-2026.js';

// Verbatim rows of calendriers.md § 4.2 (public extract of the dataset).
const SAMPLE = [
  {
    description: 'Vacances après 1ère période',
    population: '-',
    start_date: '2025-10-10T22:00:00+00:00',
    end_date: '2025-10-26T23:00:00+00:00',
    location: 'Réunion',
    zones: 'Réunion',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Vacances d'Été austral",
    population: '-',
    start_date: '2025-12-18T23:00:00+00:00',
    end_date: '2026-01-20T23:00:00+00:00',
    location: 'Réunion',
    zones: 'Réunion',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Vacances d'Hiver austral",
    population: 'Enseignants',
    start_date: '2026-07-03T22:00:00+00:00',
    end_date: '2026-08-16T22:00:00+00:00',
    location: 'Réunion',
    zones: 'Réunion',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Vacances d'Hiver austral",
    population: 'Élèves',
    start_date: '2026-07-03T22:00:00+00:00',
    end_date: '2026-08-17T22:00:00+00:00',
    location: 'Réunion',
    zones: 'Réunion',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Début des Vacances d'Hiver austral",
    population: '-',
    start_date: '2027-07-02T22:00:00+00:00',
    end_date: '2027-07-02T22:00:00+00:00',
    location: 'Réunion',
    zones: 'Réunion',
    annee_scolaire: '2026-2027',
  },
  {
    description: 'Vacances de la Toussaint',
    population: '-',
    start_date: '2025-10-17T22:00:00+00:00',
    end_date: '2025-11-02T23:00:00+00:00',
    location: 'Normandie',
    zones: 'Zone B',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Pont de l'Ascension",
    population: '-',
    start_date: '2026-05-13T22:00:00+00:00',
    end_date: '2026-05-17T22:00:00+00:00',
    location: 'Normandie',
    zones: 'Zone B',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Vacances d'Été",
    population: 'Élèves',
    start_date: '2026-07-03T22:00:00+00:00',
    end_date: '2026-08-31T22:00:00+00:00',
    location: 'Normandie',
    zones: 'Zone B',
    annee_scolaire: '2025-2026',
  },
  {
    description: "Vacances d'Été",
    population: 'Enseignants',
    start_date: '2026-07-03T22:00:00+00:00',
    end_date: '2026-08-30T22:00:00+00:00',
    location: 'Normandie',
    zones: 'Zone B',
    annee_scolaire: '2025-2026',
  },
];

describe('importCalendrierScolaire on the reference rows', () => {
  const calendars = importCalendrierScolaire(SAMPLE)._unsafeUnwrap();
  const reunion = findCalendrier(calendars, 'La Réunion', '2025-2026')._unsafeUnwrap();
  const normandie = findCalendrier(calendars, 'Normandie', '2025-2026')._unsafeUnwrap();

  it('decodes Réunion through Paris midnight: 11 → 27 Oct 2025, 19 Dec 2025 → 21 Jan 2026', () => {
    expect(reunion.timeZone).toBe('Indian/Reunion');
    expect(reunion.vacances.map((p) => [p.type, p.population, p.finDesCours, p.reprise])).toEqual([
      ['apres-periode-1', 'tous', '2025-10-11', '2025-10-27'],
      ['ete-austral', 'tous', '2025-12-19', '2026-01-21'],
      ['hiver-austral', 'eleves', '2026-07-04', '2026-08-18'],
      ['hiver-austral', 'enseignants', '2026-07-04', '2026-08-17'],
    ]);
  });

  it('matches the shipped Réunion 2025-2026 calendar', () => {
    for (const p of reunion.vacances) {
      expect(REUNION_2025_2026.vacances).toContainEqual(
        expect.objectContaining({
          type: p.type,
          population: p.population,
          finDesCours: p.finDesCours,
          reprise: p.reprise,
        }),
      );
    }
  });

  it('decodes Normandie: Toussaint 18 Oct → 3 Nov, Ascension 14 → 18 May, summer from 4 July', () => {
    expect(normandie.timeZone).toBe('Europe/Paris');
    expect(normandie.vacances.map((p) => [p.type, p.population, p.finDesCours, p.reprise])).toEqual([
      ['toussaint', 'tous', '2025-10-18', '2025-11-03'],
      ['pont-ascension', 'tous', '2026-05-14', '2026-05-18'],
      ['ete', 'eleves', '2026-07-04', '2026-09-01'],
      ['ete', 'enseignants', '2026-07-04', '2026-08-31'],
    ]);
  });

  it('gives « Début des Vacances … » rows no reprise, and takes the rentrée from the previous summer', () => {
    const next = findCalendrier(calendars, 'Réunion', '2026-2027')._unsafeUnwrap();
    expect(next.vacances).toEqual([
      expect.objectContaining({ type: 'hiver-austral', finDesCours: '2027-07-03', reprise: null }),
    ]);
    expect(next.rentreeEleves).toBe('2026-08-18');
    expect(next.rentreeEnseignants).toBe('2026-08-17');
  });

  it('accepts the API wrappers { results } and { records: [{ fields }] }', () => {
    expect(importCalendrierScolaire({ results: SAMPLE })._unsafeUnwrap()).toEqual(calendars);
    expect(
      importCalendrierScolaire({ records: SAMPLE.map((fields) => ({ fields })) })._unsafeUnwrap(),
    ).toEqual(calendars);
  });
});

describe('the Paris-midnight rule', () => {
  it('gives the official day in the Antilles, where the local zone would give the day before', () => {
    const rows = [
      { ...SAMPLE[0], location: 'Martinique', zones: 'Martinique', description: 'Vacances de la Toussaint' },
    ];
    const [martinique] = importCalendrierScolaire(rows)._unsafeUnwrap();
    expect(martinique?.timeZone).toBe('America/Martinique');
    expect(martinique?.vacances[0]?.finDesCours).toBe('2025-10-11');
  });

  it('agrees with the shipped zone A 2022-2023 winter break (mock row of vacances_scolaires_france)', () => {
    const row = {
      description: "Vacances d'Hiver",
      population: '-',
      start_date: '2023-02-03T23:00:00+00:00',
      end_date: '2023-02-19T23:00:00+00:00',
      location: 'Lyon',
      zones: 'Zone A',
      annee_scolaire: '2022-2023',
    };
    const [lyon] = importCalendrierScolaire([row])._unsafeUnwrap();
    const shipped = findCalendrier(CALENDRIERS, 'Lyon', '2022-2023')._unsafeUnwrap();
    const hiver = shipped.vacances.find((p) => p.type === 'hiver');
    expect(lyon?.vacances[0]?.finDesCours).toBe(hiver?.finDesCours);
    expect(lyon?.vacances[0]?.reprise).toBe(hiver?.reprise);
  });

  it('refuses a timestamp that is not Paris midnight, or has no offset, naming the row and field', () => {
    expect(datasetDateToLocalDate('2025-10-11T00:00:00+00:00').isErr()).toBe(true);
    expect(datasetDateToLocalDate('2025-10-11T00:00:00+02:00')._unsafeUnwrap()).toBe('2025-10-11');
    expect(datasetDateToLocalDate('2025-10-11T00:00:00+00:00', false)._unsafeUnwrap()).toBe('2025-10-11');
    const bad = importCalendrierScolaire([SAMPLE[0], { ...SAMPLE[1], end_date: '2026-01-21T00:00:00' }]);
    expect(bad._unsafeUnwrapErr().issues).toEqual([
      expect.objectContaining({ code: 'calendrier.date', path: [1, 'end_date'] }),
    ]);
  });

  it('refuses unknown zones and malformed rows', () => {
    const bad = importCalendrierScolaire([
      { ...SAMPLE[0], zones: 'Zone D' },
      { ...SAMPLE[0], annee_scolaire: '2025' },
    ]);
    const issues = bad._unsafeUnwrapErr().issues;
    expect(issues.map((i) => i.path)).toEqual([
      [0, 'zones'],
      [1, 'annee_scolaire'],
    ]);
    expect(importCalendrierScolaire({ foo: 1 }).isErr()).toBe(true);
  });
});

describe('parseTypeVacances', () => {
  it('normalises descriptions, typographic apostrophes included', () => {
    expect(parseTypeVacances('Vacances d’Été austral')).toBe('ete-austral');
    expect(parseTypeVacances("Début des Vacances d'Été")).toBe('ete');
    expect(parseTypeVacances('Vacances après 3ème période')).toBe('apres-periode-3');
    expect(parseTypeVacances("Vacances d'Hiver")).toBe('hiver');
    expect(parseTypeVacances('Vacances de Carnaval')).toBe('carnaval');
    expect(parseTypeVacances('Journée banalisée')).toBe('autre');
  });
});
