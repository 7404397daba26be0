/**
 * The deadline calendars behind the core's exporter port.
 *
 * @packageDocumentation
 */
import type { Exporter, ExportOptions } from '@tremplin/core';
import {
  type DeadlineCalendarSettings,
  type EpleCalendarInput,
  epleCalendar,
  type StagiaireCalendarInput,
  stagiaireCalendar,
  type TuteurCalendarInput,
  tuteurCalendar,
} from './deadline-calendars.js';

/** IANA media type of iCalendar (RFC 5545 § 8.1), in UTF-8. */
export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/**
 * Makes a file name from words: lower case, accents dropped, anything but `a-z`, `0-9` and `-` turned into `-`.
 *
 * @param parts - the words.
 * @returns e.g. `echeances-dupont-marie-2022-2023`.
 */
export function safeFileName(parts: readonly string[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function icsExporter<Input>(
  fileName: (input: Input) => string,
  render: (input: Input) => ReturnType<typeof stagiaireCalendar>,
): Exporter<Input, string, ExportOptions> {
  return {
    format: 'ics',
    mediaType: ICS_MEDIA_TYPE,
    fileExtension: 'ics',
    fileName: (input) => `${fileName(input)}.ics`,
    // Calendars hold no identifier the core marks sensitive: `includeSensitive` has nothing to add.
    export: (input) => render(input),
  };
}

/**
 * An exporter of a stagiaire's deadlines as ICS.
 *
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the exporter; the body is the iCalendar text.
 */
export function createStagiaireCalendarExporter(
  settings: DeadlineCalendarSettings = {},
): Exporter<StagiaireCalendarInput, string, ExportOptions> {
  return icsExporter(
    (input) => {
      const { identite } = input.dossier.state;
      return safeFileName([
        'echeances',
        identite.stagiaire.nom,
        identite.stagiaire.prenom,
        identite.anneeScolaire,
      ]);
    },
    (input) => stagiaireCalendar(input, settings),
  );
}

/**
 * An exporter of the deadlines of a tuteur's stagiaires as ICS.
 *
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the exporter; the body is the iCalendar text.
 */
export function createTuteurCalendarExporter(
  settings: DeadlineCalendarSettings = {},
): Exporter<TuteurCalendarInput, string, ExportOptions> {
  return icsExporter(
    (input) => safeFileName(['echeances-tuteur', input.tuteurId]),
    (input) => tuteurCalendar(input, settings),
  );
}

/**
 * An exporter of the deadlines of an EPLE's stagiaires as ICS.
 *
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the exporter; the body is the iCalendar text.
 */
export function createEpleCalendarExporter(
  settings: DeadlineCalendarSettings = {},
): Exporter<EpleCalendarInput, string, ExportOptions> {
  return icsExporter(
    (input) => safeFileName(['echeances-eple', input.uai]),
    (input) => epleCalendar(input, settings),
  );
}
