/**
 * The input of the ICS writer: a calendar in one zone and its events.
 *
 * @packageDocumentation
 */

/**
 * An all-day event (a deadline that falls on a day, such as « fin novembre » → 30 November).
 *
 * @remarks Written as `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE` (RFC 5545 § 3.6.1): the day
 * is the same in every zone, which is what a deadline « le 30 novembre » means.
 */
export interface AllDayTime {
  readonly kind: 'date';
  /** First day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Last day, inclusive, `YYYY-MM-DD`; the first day when absent. */
  readonly lastDate?: string;
}

/**
 * A timed event (a deadline « avant 17 h », a jury sitting).
 *
 * @remarks Written with `TZID=<the calendar's zone>` and the wall-clock time there. Without `end` the event
 * has no duration: RFC 5545 § 3.6.1 says it then ends when it starts.
 */
export interface TimedTime {
  readonly kind: 'date-time';
  /** Start: an instant with offset (`2022-11-30T17:00:00+04:00`) or a local date-time read in the calendar's zone (`2022-11-30T17:00`). */
  readonly start: string;
  /** End, same forms; must not be before `start`. */
  readonly end?: string;
}

/** When an event happens. */
export type EventTime = AllDayTime | TimedTime;

/** The status of an event (RFC 5545 § 3.8.1.11). */
export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** One VEVENT. */
export interface CalendarEvent {
  /** Globally unique and persistent identifier; see `deadlineUid`. */
  readonly uid: string;
  /** Revision number: must grow when the event changes (RFC 5545 § 3.8.7.4); 0 when absent. */
  readonly sequence?: number;
  /** The title shown in the calendar. */
  readonly summary: string;
  readonly time: EventTime;
  readonly description?: string;
  readonly location?: string;
  readonly categories?: readonly string[];
  readonly status?: EventStatus;
  /** Absolute URL of the page where the deadline is handled. */
  readonly url?: string;
  /** Instant of the last change, with offset; written as LAST-MODIFIED. */
  readonly lastModified?: string;
  /** Reminders, as ISO 8601 durations before the start (`P7D`, `PT2H`); one VALARM each. */
  readonly reminders?: readonly string[];
  /** Whether the event blocks time in free/busy searches; false (TRANSP:TRANSPARENT) when absent. */
  readonly busy?: boolean;
}

/** A whole calendar. */
export interface CalendarInput {
  /** The IANA zone of the académie (`Indian/Reunion`): timed events are written in it, with a VTIMEZONE. */
  readonly zone: string;
  /** The export instant, with offset: every DTSTAMP. A parameter, so the same input gives the same bytes. */
  readonly dtstamp: string;
  /** The calendar's display name (NAME, RFC 7986, and X-WR-CALNAME). */
  readonly name?: string;
  /** The calendar's description (DESCRIPTION, RFC 7986, and X-WR-CALDESC). */
  readonly description?: string;
  /** PRODID; `-//Tremplin//export-calendar//FR` when absent. */
  readonly productId?: string;
  readonly events: readonly CalendarEvent[];
}
