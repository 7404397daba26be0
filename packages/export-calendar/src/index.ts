/**
 * `@tremplin/export-calendar`: deadlines as iCalendar (RFC 5545) files in the académie's time zone.
 *
 * @packageDocumentation
 */
export * from './calendar-event.js';
export * from './deadline-calendars.js';
export * from './deprecated.js';
export * from './exporters.js';
export * from './french-text.js';
export * from './ics-text.js';
export * from './ics-time.js';
export * from './uid.js';
export * from './vtimezone.js';
export * from './write-calendar.js';
