/**
 * VTIMEZONE components computed from the runtime's IANA time zone data.
 *
 * @packageDocumentation
 */
import { DateTime, IANAZone } from 'luxon';
import { contentLine } from './ics-text.js';
import { formatIcsLocal, formatUtcOffset } from './ics-time.js';

/** One change of UTC offset in a zone. */
export interface OffsetTransition {
  /** The instant of the change, in milliseconds since the epoch. */
  readonly at: number;
  /** Offset before the change, in minutes east of UTC. */
  readonly from: number;
  /** Offset after the change, in minutes east of UTC. */
  readonly to: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Lists the offset changes of an IANA zone between two instants, by scanning day by day and then
 * narrowing each change to the minute.
 *
 * @param zone - a valid IANA zone name.
 * @param fromMs - start of the scan (inclusive), ms since the epoch.
 * @param toMs - end of the scan (exclusive), ms since the epoch.
 * @returns the transitions in chronological order (empty for zones without DST such as `Indian/Reunion`).
 * @remarks Assumes at most one change per day, which holds for every zone in the tz database since 1970.
 */
export function offsetTransitions(zone: string, fromMs: number, toMs: number): OffsetTransition[] {
  const tz = IANAZone.create(zone);
  const transitions: OffsetTransition[] = [];
  let previous = tz.offset(fromMs);
  for (let day = fromMs; day < toMs; day += DAY_MS) {
    const next = Math.min(day + DAY_MS, toMs);
    const nextOffset = tz.offset(next);
    if (nextOffset === previous) continue;
    // Narrow [day, next] to the first minute with the new offset.
    let low = day;
    let high = next;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.max(1, Math.floor((high - low) / 2 / MINUTE_MS)) * MINUTE_MS;
      if (tz.offset(middle) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: previous, to: nextOffset });
    previous = nextOffset;
  }
  return transitions;
}

/**
 * Renders the VTIMEZONE component of an IANA zone for the years `fromYear`–`toYear` (inclusive), so that
 * every `TZID`-qualified time of those years resolves to the right UTC offset in any client.
 *
 * @param zone - a valid IANA zone name, used as the TZID.
 * @param fromYear - first year covered.
 * @param toYear - last year covered.
 * @returns the component's folded content lines.
 * @example
 * renderVtimezone('Indian/Reunion', 2022, 2023)
 * // ['BEGIN:VTIMEZONE', 'TZID:Indian/Reunion', 'BEGIN:STANDARD', 'DTSTART:20220101T000000',
 * //  'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:STANDARD', 'END:VTIMEZONE']
 * @remarks RFC 5545 § 3.6.5. Each onset is its own STANDARD or DAYLIGHT sub-component with a single
 * DTSTART (no RRULE, no RDATE): exact for the covered years whatever the zone's rules, and read the same by
 * every client (Outlook handles RDATE in VTIMEZONE poorly). A component is DAYLIGHT when luxon reports the
 * zone in daylight saving time after the onset.
 */
export function renderVtimezone(zone: string, fromYear: number, toYear: number): string[] {
  // From local midnight on 1 January of the first year to local midnight on 1 January after the last one.
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone }).toMillis();
  const tz = IANAZone.create(zone);
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)];
  const initialOffset = tz.offset(start);
  const onsets: Array<{ at: number; from: number; to: number }> = [
    { at: start, from: initialOffset, to: initialOffset },
    ...offsetTransitions(zone, start, end),
  ];
  for (const onset of onsets) {
    const after = DateTime.fromMillis(onset.at, { zone });
    const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the onset's local time as it read just before the change, i.e. in the old offset.
    const localBefore = DateTime.fromMillis(onset.at, { zone: 'utc' }).plus({ minutes: onset.from });
    lines.push(
      `BEGIN:${kind}`,
      contentLine('DTSTART', formatIcsLocal(localBefore)),
      contentLine('TZOFFSETFROM', formatUtcOffset(onset.from)),
      contentLine('TZOFFSETTO', formatUtcOffset(onset.to)),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
