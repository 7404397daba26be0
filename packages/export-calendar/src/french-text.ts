/**
 * French wording of what a calendar prints: long dates, and the core's explanations cleaned of machine forms
 * (ISO dates and instants, holiday codes) so that every description reads as French sentences.
 *
 * @packageDocumentation
 */
import { DateTime } from 'luxon';

const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/**
 * Writes a local date in full French: « 1er septembre 2022 », « 17 décembre 2022 ».
 *
 * @param date - a date `YYYY-MM-DD`.
 * @returns the French date, or the input unchanged when it is not such a date.
 * @example
 * ```ts
 * formatDateLongue('2023-03-02'); // '2 mars 2023'
 * ```
 */
export function formatDateLongue(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  const [, annee, mois, jour] = m;
  const nom = MOIS[Number(mois) - 1];
  const j = Number(jour);
  if (nom === undefined || j < 1 || j > 31) return date;
  return `${j === 1 ? '1er' : String(j)} ${nom} ${annee}`;
}

/** French names of the holiday kinds the core's date rules name (`avant les vacances (noel / ete-austral)`). */
const VACANCES: Readonly<Record<string, string>> = {
  toussaint: 'de la Toussaint',
  noel: 'de Noël',
  hiver: 'd’hiver',
  printemps: 'de printemps',
  'pont-ascension': 'du pont de l’Ascension',
  ete: 'd’été',
  'apres-periode-1': 'de fin de première période',
  'ete-austral': 'd’été austral',
  'apres-periode-3': 'de fin de troisième période',
  'apres-periode-4': 'de fin de quatrième période',
  'hiver-austral': 'd’hiver austral',
  carnaval: 'de carnaval',
  paques: 'de Pâques',
  autre: 'fixées par l’académie',
};

const ISO_DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const ISO_INSTANT = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?`;

function instantFr(instant: string, zone: string): string {
  const at = DateTime.fromISO(instant, { setZone: true }).setZone(zone);
  if (!at.isValid) return instant;
  const date = formatDateLongue(at.toISODate() ?? '');
  const endOfDay = at.hour === 23 && at.minute === 59;
  return endOfDay ? date : `${date} à ${at.hour} h ${String(at.minute).padStart(2, '0')}`;
}

/**
 * Rewrites a French sentence of the core for people: ISO instants become French dates (or date and time in the
 * académie's zone), an instant that only repeats the date before it is dropped, ISO dates become long French
 * dates, `(A → B)` becomes `(du A au B)`, and holiday codes become their French names.
 *
 * @param text - a sentence such as an explanation's summary.
 * @param zone - the académie's IANA zone, for instants.
 * @returns the sentence without machine forms; a sentence without them is returned unchanged.
 * @example
 * ```ts
 * texteFrancais('attendu avant les vacances (noel / ete-austral) (le 2022-12-17, 2022-12-17T23:59:59.999+04:00).', 'Indian/Reunion');
 * // 'attendu avant les vacances de Noël ou d’été austral (le 17 décembre 2022).'
 * ```
 */
export function texteFrancais(text: string, zone: string): string {
  return (
    text
      // « le 2022-12-17, 2022-12-17T23:59:59.999+04:00 »: the instant repeats the day's end.
      .replace(new RegExp(`(${ISO_DATE}),\\s*(${ISO_INSTANT})`, 'g'), (all, date: string, instant: string) =>
        instantFr(instant, zone) === formatDateLongue(date) ? date : all,
      )
      .replace(new RegExp(ISO_INSTANT, 'g'), (instant) => instantFr(instant, zone))
      .replace(
        new RegExp(`\\((${ISO_DATE})\\s*(?:→|->)\\s*(${ISO_DATE})\\)`, 'g'),
        (_all, a: string, b: string) => `(du ${a} au ${b})`,
      )
      .replace(new RegExp(ISO_DATE, 'g'), (date) => formatDateLongue(date))
      .replace(/vacances \(([a-z0-9-]+(?: \/ [a-z0-9-]+)*)\)/g, (all, codes: string) => {
        const noms = codes.split(' / ').map((c) => VACANCES[c]);
        if (noms.some((n) => n === undefined)) return all;
        return `vacances ${noms.join(' ou ')}`;
      })
  );
}
