/**
 * The académies and years for which core ships no calendar, and why: what no source could confirm is left
 * out rather than guessed, so that a deadline is never computed on an invented holiday.
 *
 * @packageDocumentation
 */
import type { AnneeScolaire } from '../local-date.js';

/**
 * One académie × school year core does not ship, with the reason in French.
 *
 * @category Calendriers
 */
export interface CalendrierAbsent {
  /** The académie as `ACADEMIES` names it. */
  readonly academie: string;
  /** The school year. */
  readonly anneeScolaire: AnneeScolaire;
  /** Why it is not shipped, in French. */
  readonly raison: string;
}

const NON_TROUVE = 'aucune source vérifiable trouvée pour cette année';
const NOUVELLE_CALEDONIE =
  'l’année scolaire y suit l’année civile (rentrée en février) : « 2022-2023 » ne correspond à aucune année';
const PACIFIQUE_ATLANTIQUE = 'calendrier propre au territoire, non relevé';

function absents(
  anneeScolaire: AnneeScolaire,
  entries: readonly (readonly [academie: string, raison: string])[],
): CalendrierAbsent[] {
  return entries.map(([academie, raison]) => ({ academie, anneeScolaire, raison }));
}

const TERRITOIRES: readonly (readonly [string, string])[] = [
  ['Nouvelle Calédonie', NOUVELLE_CALEDONIE],
  ['Polynésie', PACIFIQUE_ATLANTIQUE],
  ['Wallis et Futuna', PACIFIQUE_ATLANTIQUE],
  ['Saint Pierre et Miquelon', PACIFIQUE_ATLANTIQUE],
];

/**
 * Every académie × school year from 2022-2023 to 2025-2026 without a shipped calendar. Import them from the
 * ministry's dataset (`importCalendrierScolaire`, or `tremplin calendrier import`).
 *
 * @category Calendriers
 */
export const CALENDRIERS_ABSENTS: readonly CalendrierAbsent[] = [
  ...absents('2022-2023', [['Guadeloupe', NON_TROUVE], ...TERRITOIRES]),
  ...absents('2023-2024', [
    ['Guadeloupe', 'deux sources secondaires se contredisent (vacances de Pâques)'],
    ['Guyane', NON_TROUVE],
    ['Mayotte', 'seule la rentrée (23 août 2023) a été trouvée'],
    ...TERRITOIRES,
  ]),
  ...absents('2024-2025', [
    ['Martinique', NON_TROUVE],
    ['Guyane', NON_TROUVE],
    [
      'Mayotte',
      'calendrier bouleversé par le cyclone Chido (rentrée de janvier 2025 reportée au 27 janvier)',
    ],
    ...TERRITOIRES,
  ]),
  ...absents('2025-2026', [
    ['Guadeloupe', NON_TROUVE],
    ['Guyane', NON_TROUVE],
    ['Mayotte', NON_TROUVE],
    ...TERRITOIRES,
  ]),
];
