/**
 * Jours fériés (public holidays) per civil year and territory: the eleven fêtes légales of the Code du
 * travail, the two more days of Alsace-Moselle, and the day each overseas territory commemorates the
 * abolition of slavery. Easter-based days are computed (Gregorian computus), fixed days come from the texts.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';
import type { Confidence } from '../referentiel/types.js';
import { findAcademie } from './academies.js';
import { addDays, type LocalDate } from './local-date.js';
import type { ZoneCalendrier } from './types.js';

/**
 * The territories whose list of jours fériés differs.
 *
 * - `metropole`: Code du travail art. L3133-1 only (also applied, as an assumption, to the territories with
 *   their own labour law: Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna, and to
 *   Saint-Pierre-et-Miquelon);
 * - `alsace-moselle`: plus Good Friday and 26 December (art. L3134-13; Bas-Rhin, Haut-Rhin, Moselle);
 * - `guadeloupe`, `martinique`, `guyane`, `reunion`, `mayotte`: plus the abolition of slavery (loi n° 83-550,
 *   décret n° 83-1003).
 *
 * @category Calendriers
 */
export type TerritoireFeries =
  | 'metropole'
  | 'alsace-moselle'
  | 'guadeloupe'
  | 'martinique'
  | 'guyane'
  | 'reunion'
  | 'mayotte';

/**
 * One public holiday of a civil year.
 *
 * @category Calendriers
 */
export interface JourFerie {
  readonly date: LocalDate;
  /** French name, e.g. « Lundi de Pâques », « Fête de l’abolition de l’esclavage ». */
  readonly libelle: string;
  /** The text that makes it a holiday. */
  readonly source: SourceRef;
  /** How sure the date is. */
  readonly confidence: Confidence;
}

/**
 * Code du travail, art. L3133-1: the eleven fêtes légales.
 *
 * @remarks Read on Légifrance (version en vigueur au 17 septembre 2024): « Les fêtes légales ci-après
 * désignées sont des jours fériés : 1° Le 1er janvier ; 2° Le lundi de Pâques ; 3° Le 1er mai ; 4° Le 8 mai ;
 * 5° L'Ascension ; 6° Le lundi de Pentecôte ; 7° Le 14 juillet ; 8° L'Assomption ; 9° La Toussaint ; 10° Le
 * 11 novembre ; 11° Le jour de Noël. »
 * @category Calendriers
 */
export const SOURCE_L3133_1: SourceRef = {
  texte: 'Code du travail',
  article: 'art. L3133-1',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/',
};

/**
 * Code du travail, art. L3134-13: Good Friday (in communes with a Protestant temple or a mixed church) and
 * 26 December in the Bas-Rhin, the Haut-Rhin and the Moselle.
 *
 * @remarks UNVERIFIED here: the article was not read in this session (secondary sources only). Good Friday
 * is applied to the whole territory.
 * @category Calendriers
 */
export const SOURCE_L3134_13: SourceRef = {
  texte: 'Code du travail (dispositions particulières à l’Alsace-Moselle)',
  article: 'art. L3134-13',
};

/**
 * Loi n° 83-550 du 30 juin 1983 relative à la commémoration de l'abolition de l'esclavage: « une journée
 * fériée dans les collectivités de Guadeloupe, de Guyane, de Martinique, de La Réunion et de Mayotte. Un
 * décret fixe la date de la commémoration pour chacune des collectivités ».
 *
 * @category Calendriers
 */
export const SOURCE_LOI_83_550: SourceRef = {
  texte: 'Loi n° 83-550 du 30 juin 1983 relative à la commémoration de l’abolition de l’esclavage',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000692257/',
};

/**
 * Décret n° 83-1003 du 23 novembre 1983 relatif à la commémoration de l'abolition de l'esclavage, art. 1er
 * (as amended by décret n° 2012-553 du 23 avril 2012 for Mayotte, Saint-Barthélemy and Saint-Martin).
 *
 * @remarks The décret's own text was not read in this session: the dates come from the préfecture de La
 * Réunion (20 December, « date officielle fixée par décret n° 83-1003 »), a reproduction of décret
 * n° 2012-553 (Mayotte 27 April, La Réunion 20 December) and concordant secondary sources (Martinique 22 May,
 * Guadeloupe 27 May, Guyane 10 June).
 * @category Calendriers
 */
export const SOURCE_DECRET_83_1003: SourceRef = {
  texte: 'Décret n° 83-1003 du 23 novembre 1983 relatif à la commémoration de l’abolition de l’esclavage',
  article: 'art. 1er',
};

/**
 * The day each overseas territory commemorates the abolition of slavery (décret n° 83-1003 art. 1er), as
 * `MM-DD`, with how sure the date is.
 *
 * @remarks Saint-Martin (27 May under décret n° 2012-553, 28 May according to other sources) and
 * Saint-Barthélemy (9 October) belong to the académie de Guadeloupe: their days are not applied, since a
 * dossier names its académie, not its island (UNVERIFIED which one a Saint-Martin EPLE observes).
 * @category Calendriers
 */
const ABOLITION: Readonly<
  Record<'guadeloupe' | 'martinique' | 'guyane' | 'reunion' | 'mayotte', readonly [string, Confidence]>
> = {
  reunion: ['12-20', 'verified'],
  mayotte: ['04-27', 'secondary'],
  martinique: ['05-22', 'secondary'],
  guadeloupe: ['05-27', 'secondary'],
  guyane: ['06-10', 'secondary'],
};

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @param annee - the civil year (1583 or later).
 * @returns the date of Easter Sunday.
 * @remarks Lundi de Pâques, Ascension and lundi de Pentecôte (L3133-1) and Vendredi saint (L3134-13) are
 * Easter + 1, + 39, + 50 and − 2 days.
 * @example
 * ```ts
 * getDimanchePaques(2023); // '2023-04-09'
 * ```
 * @category Calendriers
 */
export function getDimanchePaques(annee: number): LocalDate {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(annee).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FIXES: readonly (readonly [string, string])[] = [
  ['01-01', 'Jour de l’an'],
  ['05-01', 'Fête du travail'],
  ['05-08', 'Victoire 1945'],
  ['07-14', 'Fête nationale'],
  ['08-15', 'Assomption'],
  ['11-01', 'Toussaint'],
  ['11-11', 'Armistice 1918'],
  ['12-25', 'Noël'],
];

/**
 * The public holidays of a civil year in a territory, in date order.
 *
 * @param annee - the civil year.
 * @param territoire - the territory.
 * @returns the holidays, each with its text.
 * @remarks Code du travail art. L3133-1 everywhere; art. L3134-13 in Alsace-Moselle; loi n° 83-550 and
 * décret n° 83-1003 overseas. The lundi de Pentecôte is a jour férié (L3133-1) that may be the « journée de
 * solidarité »: schools do not hold classes that day (e.g. the Réunion 2022-2023 calendar resumes on
 * Tuesday 30 May), so it is counted as a holiday.
 * @example
 * ```ts
 * getJoursFeries(2022, 'reunion').some((j) => j.date === '2022-12-20'); // true
 * ```
 * @category Calendriers
 */
export function getJoursFeries(annee: number, territoire: TerritoireFeries): readonly JourFerie[] {
  const y = String(annee).padStart(4, '0');
  const verified = (date: LocalDate, libelle: string): JourFerie => ({
    date,
    libelle,
    source: SOURCE_L3133_1,
    confidence: 'verified',
  });
  const paques = getDimanchePaques(annee);
  const list: JourFerie[] = [
    ...FIXES.map(([md, libelle]) => verified(`${y}-${md}`, libelle)),
    verified(addDays(paques, 1), 'Lundi de Pâques'),
    verified(addDays(paques, 39), 'Ascension'),
    verified(addDays(paques, 50), 'Lundi de Pentecôte'),
  ];
  if (territoire === 'alsace-moselle') {
    const local = (date: LocalDate, libelle: string): JourFerie => ({
      date,
      libelle,
      source: SOURCE_L3134_13,
      confidence: 'secondary',
    });
    list.push(local(addDays(paques, -2), 'Vendredi saint'), local(`${y}-12-26`, 'Saint-Étienne'));
  } else if (territoire !== 'metropole') {
    const [md, confidence] = ABOLITION[territoire];
    list.push({
      date: `${y}-${md}`,
      libelle: 'Commémoration de l’abolition de l’esclavage',
      source: SOURCE_DECRET_83_1003,
      confidence,
    });
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Whether a date is a public holiday in a territory.
 *
 * @param date - the date.
 * @param territoire - the territory.
 * @returns `true` on a jour férié of that territory.
 * @category Calendriers
 */
export function isJourFerie(date: LocalDate, territoire: TerritoireFeries): boolean {
  return getJoursFeries(Number(date.slice(0, 4)), territoire).some((j) => j.date === date);
}

const TERRITOIRE_OF_ZONE: Readonly<Partial<Record<ZoneCalendrier, TerritoireFeries>>> = {
  Guadeloupe: 'guadeloupe',
  Martinique: 'martinique',
  Guyane: 'guyane',
  Réunion: 'reunion',
  Mayotte: 'mayotte',
};

/**
 * The territory whose holidays apply to an académie.
 *
 * @param academie - the académie, as a dossier's code (`reunion`, `lyon`) or a dataset name (`Réunion`).
 * @param zone - its calendar zone, used when the académie is not known.
 * @returns `alsace-moselle` for Strasbourg, the overseas territory for an overseas académie, `metropole`
 * otherwise.
 * @remarks The académie de Nancy-Metz covers the Moselle (Alsace-Moselle law) and three other départements:
 * a dossier names its académie, not its département, so Nancy-Metz counts as `metropole` and Moselle's two
 * more days are not applied there (known limitation).
 * @category Calendriers
 */
export function getTerritoireFeries(academie: string, zone?: ZoneCalendrier): TerritoireFeries {
  const found = findAcademie(academie);
  if (found?.territoire !== undefined) return found.territoire;
  const z = found?.zone ?? zone;
  return (z === undefined ? undefined : TERRITOIRE_OF_ZONE[z]) ?? 'metropole';
}
