/**
 * Reading the instant `now` as a calendar day in the académie's time zone, fast enough for the hot path of
 * `transition` (no luxon object per call).
 *
 * @packageDocumentation
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

function joursDuMois(annee: number, mois: number): number {
  return new Date(Date.UTC(annee, mois, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 instant that states its offset (`Z` or `±hh:mm`).
 *
 * @param texte - e.g. `2023-03-02T10:00:00+04:00`.
 * @returns epoch milliseconds, or null when the text is not such an instant (or names an impossible date).
 * @category Workflow
 */
export function parseInstantMillis(texte: string): number | null {
  const m = INSTANT.exec(texte);
  if (m === null) return null;
  const [, a, mo, j, h, mi, s, frac, z, signe, oh, om] = m;
  const annee = Number(a);
  const mois = Number(mo);
  const jour = Number(j);
  const heure = Number(h);
  const minute = Number(mi);
  const seconde = Number(s ?? '0');
  if (mois < 1 || mois > 12 || jour < 1 || jour > joursDuMois(annee, mois)) return null;
  if (heure > 23 || minute > 59 || seconde > 59) return null;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const decalage = z === undefined ? (signe === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  if (Math.abs(decalage) > 18 * 60) return null;
  return Date.UTC(annee, mois - 1, jour, heure, minute, seconde, ms) - decalage * 60_000;
}

/** A formatter of calendar days for one zone, and whether its `format` already writes `YYYY-MM-DD`. */
interface FormateurJour {
  readonly format: Intl.DateTimeFormat;
  readonly iso: boolean;
}

/**
 * Formatters per IANA zone. `Intl.DateTimeFormat` objects are immutable and costly to build (about 0.2 ms);
 * this memo only avoids rebuilding them and never changes a result.
 */
const formateurs = new Map<string, FormateurJour | null>();

function parParties(format: Intl.DateTimeFormat, millis: number): string {
  let annee = '';
  let mois = '';
  let jour = '';
  for (const part of format.formatToParts(millis)) {
    if (part.type === 'year') annee = part.value;
    else if (part.type === 'month') mois = part.value;
    else if (part.type === 'day') jour = part.value;
  }
  return `${annee.padStart(4, '0')}-${mois}-${jour}`;
}

function formateur(timeZone: string): FormateurJour | null {
  let f = formateurs.get(timeZone);
  if (f === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        calendar: 'iso8601',
        numberingSystem: 'latn',
      });
      // With the ISO calendar, ICU writes `2022-12-01`; check it once (against the parts) before relying on it.
      const essai = Date.UTC(2022, 10, 30, 21);
      f = { format, iso: format.format(essai) === parParties(format, essai) };
    } catch {
      f = null;
    }
    formateurs.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day a wall clock shows in a zone at an instant.
 *
 * @param millis - epoch milliseconds.
 * @param timeZone - an IANA zone (`Indian/Reunion`).
 * @returns `YYYY-MM-DD`, or null for an unknown zone.
 * @category Workflow
 */
export function getLocalDateInTimeZone(millis: number, timeZone: string): string | null {
  const f = formateur(timeZone);
  if (f === null) return null;
  return f.iso ? f.format.format(millis) : parParties(f.format, millis);
}
