import { describe, expect, it } from 'vitest';
import { ACADEMIES, findAcademie } from './academies.js';
import { importCalendrierScolaire } from './calendrier-scolaire-dataset.js';
import { ANNEES_CALENDRIERS, CALENDRIERS, CALENDRIERS_ABSENTS, findCalendrier } from './calendriers.js';
import { getDimanchePaques, getTerritoireFeries, isJourFerie } from './jours-feries.js';
import { addDays, getPremiereAnnee, type LocalDate, toEpochDay } from './local-date.js';
import { SOURCE_DATASET_CALENDRIER } from './sources.js';
import type { CalendrierScolaire, PeriodeVacances } from './types.js';

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
/** 1970-01-01 was a Thursday: 0 = Monday … 6 = Sunday. */
const jour = (date: LocalDate) => JOURS[(((toEpochDay(date) + 3) % 7) + 7) % 7];
const cle = (c: CalendrierScolaire, p: PeriodeVacances) => `${c.academie}/${c.anneeScolaire}/${p.type}`;

/** « Fin des cours » not on a Saturday, as published (the pont de l'Ascension is checked on its own). */
const FIN_DES_COURS_DOCUMENTEE: Readonly<Record<string, string>> = {
  'Réunion/2023-2024/ete-austral': 'mardi',
  'Réunion/2024-2025/ete-austral': 'jeudi',
  'Réunion/2025-2026/ete-austral': 'vendredi',
  'Guyane/2022-2023/paques': 'mercredi',
  'Corse/2022-2023/ete': 'vendredi',
  'Guadeloupe/2024-2025/toussaint': 'mardi',
  'Guadeloupe/2024-2025/paques': 'jeudi',
};

/** Reprise neither on a Monday nor on the Tuesday after a holiday Monday, as published. */
const REPRISE_DOCUMENTEE: Readonly<Record<string, string>> = {
  'Réunion/2024-2025/ete-austral': 'mardi',
  'Réunion/2025-2026/ete-austral': 'mercredi',
  'Guyane/2022-2023/paques': 'jeudi',
};

function ascension(annee: number): LocalDate {
  return addDays(getDimanchePaques(annee), 39);
}

/** Breaks seen by one population: rows for everyone plus that population's own. */
function vuesPar(c: CalendrierScolaire, population: 'eleves' | 'enseignants'): PeriodeVacances[] {
  return c.vacances
    .filter((p) => p.population === 'tous' || p.population === population)
    .sort((a, b) => a.finDesCours.localeCompare(b.finDesCours));
}

describe('shipped calendars, 2022-2023 to 2025-2026', () => {
  it('covers every académie × year, each either shipped or listed as absent with a reason', () => {
    for (const annee of ANNEES_CALENDRIERS) {
      for (const a of ACADEMIES) {
        const shipped = CALENDRIERS.filter(
          (c) => c.anneeScolaire === annee && findAcademie(c.academie)?.nom === a.nom,
        );
        const absent = CALENDRIERS_ABSENTS.filter((x) => x.anneeScolaire === annee && x.academie === a.nom);
        expect([a.nom, annee, shipped.length + absent.length]).toEqual([a.nom, annee, 1]);
        for (const x of absent) expect(x.raison.length).toBeGreaterThan(10);
      }
    }
    expect(CALENDRIERS_ABSENTS.every((x) => findAcademie(x.academie)?.nom === x.academie)).toBe(true);
  });

  it('ships every metropolitan académie and Corse and La Réunion every year', () => {
    const attendues = ACADEMIES.filter(
      (a) => a.zone.startsWith('Zone') || a.zone === 'Corse' || a.zone === 'Réunion',
    );
    expect(attendues).toHaveLength(26);
    for (const annee of ANNEES_CALENDRIERS) {
      for (const a of attendues) expect(findCalendrier(CALENDRIERS, a.nom, annee).isOk()).toBe(true);
    }
  });

  it('gives each calendar its académie’s zone and time zone, and one zone the same breaks', () => {
    for (const c of CALENDRIERS) {
      const a = findAcademie(c.academie);
      expect(a?.zone).toBe(c.zone);
      expect(a?.timeZone).toBe(c.timeZone);
    }
    for (const annee of ANNEES_CALENDRIERS) {
      for (const zone of ['Zone A', 'Zone B', 'Zone C'] as const) {
        const of = CALENDRIERS.filter((c) => c.anneeScolaire === annee && c.zone === zone);
        expect(new Set(of.map((c) => JSON.stringify(c.vacances))).size).toBe(1);
      }
    }
  });

  it('ends classes on a Saturday, except the breaks documented as published', () => {
    for (const c of CALENDRIERS) {
      for (const p of c.vacances.filter((v) => v.type !== 'pont-ascension')) {
        expect([cle(c, p), jour(p.finDesCours)]).toEqual([
          cle(c, p),
          FIN_DES_COURS_DOCUMENTEE[cle(c, p)] ?? 'samedi',
        ]);
      }
    }
  });

  it('resumes on a Monday, on the Tuesday after a holiday Monday, or pupils the day after teachers', () => {
    for (const c of CALENDRIERS) {
      const territoire = getTerritoireFeries(c.academie, c.zone);
      for (const p of c.vacances) {
        if (p.reprise === null) continue;
        const enseignants = c.vacances.find(
          (q) => q.type === p.type && q.population === 'enseignants' && q.finDesCours === p.finDesCours,
        );
        const attendu =
          REPRISE_DOCUMENTEE[cle(c, p)] ??
          (p.population === 'eleves' && enseignants?.reprise === addDays(p.reprise, -1)
            ? jour(p.reprise)
            : isJourFerie(addDays(p.reprise, -1), territoire) || cle(c, p).endsWith('/2022-2023/noel')
              ? 'mardi'
              : 'lundi');
        expect([cle(c, p), p.population, jour(p.reprise)]).toEqual([cle(c, p), p.population, attendu]);
      }
    }
  });

  it('never overlaps two breaks, for pupils or for teachers, and keeps them inside the school year', () => {
    for (const c of CALENDRIERS) {
      const debut = getPremiereAnnee(c.anneeScolaire);
      for (const population of ['eleves', 'enseignants'] as const) {
        const vues = vuesPar(c, population);
        for (const [i, p] of vues.entries()) {
          expect(p.finDesCours >= `${debut}-08-01` && p.finDesCours <= `${debut + 1}-07-31`).toBe(true);
          if (p.reprise !== null) expect(p.reprise > p.finDesCours).toBe(true);
          const next = vues[i + 1];
          if (next === undefined) continue;
          expect([cle(c, p), p.reprise !== null && p.reprise <= next.finDesCours]).toEqual([cle(c, p), true]);
        }
      }
      if (c.rentreeEleves !== undefined && c.vacances[0] !== undefined) {
        expect(c.rentreeEleves < c.vacances[0].finDesCours).toBe(true);
      }
      if (c.rentreeEnseignants !== undefined && c.rentreeEleves !== undefined) {
        expect(c.rentreeEnseignants < c.rentreeEleves).toBe(true);
      }
    }
  });

  it('resumes after the summer on the rentrée of the next year, for pupils and for teachers', () => {
    let checked = 0;
    for (const c of CALENDRIERS) {
      const debut = getPremiereAnnee(c.anneeScolaire);
      const next = findCalendrier(CALENDRIERS, c.academie, `${debut + 1}-${debut + 2}`);
      if (next.isErr()) continue;
      for (const p of c.vacances.filter(
        (v) => (v.type === 'ete' || v.type === 'hiver-austral') && v.reprise,
      )) {
        const rentree =
          p.population === 'enseignants' ? next.value.rentreeEnseignants : next.value.rentreeEleves;
        if (rentree === undefined) continue;
        expect([cle(c, p), p.population, p.reprise]).toEqual([cle(c, p), p.population, rentree]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2 * 24 + 2);
  });

  it('places the pont de l’Ascension around the Ascension of its year', () => {
    let ponts = 0;
    for (const c of CALENDRIERS) {
      const a = ascension(getPremiereAnnee(c.anneeScolaire) + 1);
      for (const p of c.vacances.filter((v) => v.type === 'pont-ascension')) {
        ponts++;
        expect([addDays(a, -1), a]).toContain(p.finDesCours);
        expect(p.reprise).toBe(addDays(a, 4));
      }
    }
    const metropole = CALENDRIERS.filter((c) => c.zone.startsWith('Zone'));
    expect(metropole).toHaveLength(4 * 24);
    for (const c of metropole) expect(c.vacances.filter((v) => v.type === 'pont-ascension')).toHaveLength(1);
    const ailleurs = CALENDRIERS.filter(
      (c) => !c.zone.startsWith('Zone') && c.vacances.some((v) => v.type === 'pont-ascension'),
    ).map((c) => `${c.academie} ${c.anneeScolaire}`);
    expect(ailleurs.sort()).toEqual([
      'Corse 2022-2023',
      'Corse 2024-2025',
      'Corse 2025-2026',
      'Martinique 2023-2024',
      'Martinique 2025-2026',
    ]);
    expect(ponts).toBe(metropole.length + ailleurs.length);
  });

  it('cites a source for every period, and calls « verified » only rows read in the ministry’s dataset', () => {
    for (const c of CALENDRIERS) {
      for (const p of c.vacances) {
        expect(p.source.texte.length).toBeGreaterThan(10);
        if (p.confidence === 'verified') expect(p.source).toEqual(SOURCE_DATASET_CALENDRIER);
      }
    }
  });

  it('matches the dataset rows of Normandie 2025-2026 read in calendriers.md § 4.2, re-imported', () => {
    const row = (description: string, population: string, start: string, end: string) => ({
      description,
      population,
      start_date: start,
      end_date: end,
      location: 'Normandie',
      zones: 'Zone B',
      annee_scolaire: '2025-2026',
    });
    const [imported] = importCalendrierScolaire([
      row('Vacances de la Toussaint', '-', '2025-10-17T22:00:00+00:00', '2025-11-02T23:00:00+00:00'),
      row("Pont de l'Ascension", '-', '2026-05-13T22:00:00+00:00', '2026-05-17T22:00:00+00:00'),
      row("Vacances d'Été", 'Élèves', '2026-07-03T22:00:00+00:00', '2026-08-31T22:00:00+00:00'),
      row("Vacances d'Été", 'Enseignants', '2026-07-03T22:00:00+00:00', '2026-08-30T22:00:00+00:00'),
    ])._unsafeUnwrap();
    const shipped = findCalendrier(CALENDRIERS, 'Caen', '2025-2026')._unsafeUnwrap();
    for (const p of imported?.vacances ?? []) {
      expect(shipped.vacances).toContainEqual(
        expect.objectContaining({
          type: p.type,
          population: p.population,
          finDesCours: p.finDesCours,
          reprise: p.reprise,
          confidence: 'verified',
        }),
      );
    }
  });

  it('finds a calendar by every name a dossier may use', () => {
    const names: ReadonlyArray<readonly [string, string]> = [
      ['Lyon', 'Lyon'],
      ['lyon', 'Lyon'],
      ['Académie de Lyon', 'Lyon'],
      ['  académie de lyon ', 'Lyon'],
      ['Région académique Normandie', 'Normandie'],
      ['Caen', 'Normandie'],
      ['Rouen', 'Normandie'],
      ['académie de Normandie', 'Normandie'],
      ["Académie d'Aix-Marseille", 'Aix-Marseille'],
      ['Académie d’Orléans-Tours', 'Orléans-Tours'],
      ['nancy metz', 'Nancy-Metz'],
      ['CLERMONT-FERRAND', 'Clermont-Ferrand'],
      ['Creteil', 'Créteil'],
      ['La Réunion', 'Réunion'],
      ['Académie de La Réunion', 'Réunion'],
      ['Corse', 'Corse'],
      ['Saint-Martin', 'Guadeloupe'],
      ['Nouvelle-Calédonie', 'Nouvelle Calédonie'],
      ['Polynésie française', 'Polynésie'],
    ];
    for (const [name, nom] of names) expect([name, findAcademie(name)?.nom]).toEqual([name, nom]);
    expect(findCalendrier(CALENDRIERS, 'Académie de Lyon', '2025-2026')._unsafeUnwrap().academie).toBe(
      'Lyon',
    );
    expect(findCalendrier(CALENDRIERS, 'Rouen', '2023-2024')._unsafeUnwrap().academie).toBe('Normandie');
    expect(findCalendrier(CALENDRIERS, 'Saint-Martin', '2024-2025')._unsafeUnwrap().academie).toBe(
      'Guadeloupe',
    );
    expect(findAcademie('')).toBeUndefined();
    expect(findAcademie('Académie de')).toBeUndefined();
    expect(findCalendrier(CALENDRIERS, 'Lyon', '2026-2027').isErr()).toBe(true);
  });
});
