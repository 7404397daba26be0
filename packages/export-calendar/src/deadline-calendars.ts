/**
 * The deadlines of a stagiaire, of a tuteur's stagiaires and of an EPLE as iCalendar files in the académie's
 * zone, with one stable UID per (dossier, deadline).
 *
 * @packageDocumentation
 */
import {
  type Deadline,
  type DeadlineKind,
  type DossierEvaluation,
  type DossierState,
  getUaiActuel,
  type Issue,
  issue,
  listTuteursActuels,
  type Role,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { DateTime } from 'luxon';
import { err, type Result } from 'neverthrow';
import type { CalendarEvent, EventTime } from './calendar-event.js';
import { deadlineUid } from './uid.js';
import { writeCalendar } from './write-calendar.js';

/** A dossier with its deadlines evaluated by the core at some instant. */
export interface EvaluatedDossier {
  readonly state: DossierState;
  readonly evaluation: DossierEvaluation;
}

/** What every deadline calendar needs besides the dossiers. */
export interface CalendarContext {
  /** The académie's IANA zone (`Indian/Reunion`). */
  readonly timeZone: string;
  /** The export instant, ISO 8601 with offset: every DTSTAMP. */
  readonly at: string;
}

/** Input of a stagiaire's calendar. */
export interface StagiaireCalendarInput extends CalendarContext {
  readonly dossier: EvaluatedDossier;
}

/** Input of a tuteur's calendar: the dossiers given whose current tuteurs include him are used. */
export interface TuteurCalendarInput extends CalendarContext {
  readonly tuteurId: string;
  readonly dossiers: readonly EvaluatedDossier[];
}

/** Input of an EPLE's calendar: the dossiers given whose current affectation is this UAI are used. */
export interface EpleCalendarInput extends CalendarContext {
  readonly uai: string;
  readonly dossiers: readonly EvaluatedDossier[];
}

/** Settings of the deadline calendars. */
export interface DeadlineCalendarSettings {
  /** UUID namespace of the UIDs (see `deadlineUid`); the library's default when absent. */
  readonly uidNamespace?: string;
  /**
   * Which deadlines a calendar shows. Defaults: every deadline in a stagiaire's calendar; in a tuteur's, those
   * the tuteur must act on; in an EPLE's, those the chef d'établissement must act on.
   */
  readonly include?: (deadline: Deadline, dossier: EvaluatedDossier) => boolean;
  /**
   * Reminders as ISO 8601 durations before the due day. Default: `P7D` and `P1D` on deadlines still to meet,
   * none on met or informative ones.
   */
  readonly reminders?: (deadline: Deadline) => readonly string[];
  /**
   * The SEQUENCE of an event. Default: the dossier's event sequence (`state.sequence`), which grows with every
   * recorded event and so with every change of a deadline that events cause.
   */
  readonly sequence?: (deadline: Deadline, dossier: EvaluatedDossier) => number;
  /** A link to the page where the deadline is handled in the host application. */
  readonly url?: (deadline: Deadline, dossier: EvaluatedDossier) => string | undefined;
}

/** French label of each kind of deadline, used as the event's category. */
export const CATEGORIES_ECHEANCE: Readonly<Record<DeadlineKind, string>> = {
  bilan: 'Bilan',
  avis: 'Avis',
  piece: 'Pièce du dossier',
  jury: 'Jury',
  'entretien-jury': 'Entretien avec le jury',
  'mi-stage': 'Mi-stage',
  'fin-de-stage': 'Fin de stage',
  academique: 'Échéance académique',
};

/** « le tuteur », « le chef d'établissement »…: who must act, in an event's description. */
export const RESPONSABLES: Readonly<Record<Role, string>> = {
  stagiaire: 'le stagiaire',
  tuteur: 'le tuteur',
  'chef-etablissement': 'le chef d’établissement',
  inspecteur: 'l’inspecteur',
  'formateur-inspe': 'le formateur de l’INSPÉ',
  'directeur-inspe': 'le directeur de l’INSPÉ',
  jury: 'le jury',
  rectorat: 'le rectorat',
  ministre: 'le ministre',
  'inspecteur-general': 'l’inspecteur général',
  cap: 'la commission administrative paritaire',
  'conseil-discipline': 'le conseil de discipline',
  'conseil-medical': 'le conseil médical',
};

const frDate = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * When a deadline happens: an all-day event on its due date, unless its last instant is not the end of that
 * day in the zone (a deadline « avant 17 h »), which makes a timed event at that instant.
 */
function deadlineTime(deadline: Deadline, zone: string): EventTime {
  const at = DateTime.fromISO(deadline.dueAt, { setZone: true }).setZone(zone);
  const endOfDay =
    at.isValid && at.toISODate() === deadline.due && at.hour === 23 && at.minute === 59 && at.second === 59;
  return endOfDay || !at.isValid
    ? { kind: 'date', date: deadline.due }
    : { kind: 'date-time', start: deadline.dueAt };
}

function defaultReminders(deadline: Deadline): readonly string[] {
  return deadline.informative || deadline.doneOn !== null ? [] : ['P7D', 'P1D'];
}

function personne(state: DossierState): string {
  return `${state.identite.stagiaire.prenom} ${state.identite.stagiaire.nom.toLocaleUpperCase('fr')}`;
}

function description(deadline: Deadline): string {
  const lines = [`Échéance : ${frDate(deadline.due)}.`];
  if (deadline.responsible !== null) lines.push(`À faire par ${RESPONSABLES[deadline.responsible]}.`);
  if (deadline.doneOn !== null) lines.push(`Fait le ${frDate(deadline.doneOn)}.`);
  lines.push('', deadline.explanation.summary);
  const sources = deadline.explanation.sources.map((s) =>
    [s.texte, s.article, s.nor === undefined ? undefined : `NOR ${s.nor}`]
      .filter((p) => p !== undefined)
      .join(', '),
  );
  lines.push('', `Sources : ${[...new Set(sources)].join(' ; ')}.`);
  return lines.join('\n');
}

function toEvent(
  deadline: Deadline,
  dossier: EvaluatedDossier,
  withName: boolean,
  zone: string,
  settings: DeadlineCalendarSettings,
): CalendarEvent {
  const done = deadline.doneOn === null ? '' : '✓ ';
  const url = settings.url?.(deadline, dossier);
  return {
    uid: deadlineUid(dossier.state.dossierId, deadline.id, settings.uidNamespace),
    sequence: settings.sequence?.(deadline, dossier) ?? dossier.state.sequence,
    summary: `${done}${deadline.label}${withName ? ` — ${personne(dossier.state)}` : ''}`,
    description: description(deadline),
    time: deadlineTime(deadline, zone),
    categories: [CATEGORIES_ECHEANCE[deadline.kind]],
    reminders: (settings.reminders ?? defaultReminders)(deadline),
    ...(url === undefined ? {} : { url }),
  };
}

function checkDossiers(
  dossiers: readonly EvaluatedDossier[],
  pathOf: (index: number) => Issue['path'],
): ValidationError | undefined {
  const issues: Issue[] = dossiers.flatMap((d, i) =>
    d.evaluation.dossierId === d.state.dossierId
      ? []
      : [
          issue(
            'calendar.evaluation.autre-dossier',
            `L'évaluation porte sur le dossier ${d.evaluation.dossierId}, pas sur ${d.state.dossierId}.`,
            pathOf(i),
          ),
        ],
  );
  return issues.length === 0 ? undefined : validationError('Calendrier invalide.', issues);
}

function render(
  name: string,
  context: CalendarContext,
  dossiers: readonly EvaluatedDossier[],
  withName: boolean,
  include: (deadline: Deadline, dossier: EvaluatedDossier) => boolean,
  settings: DeadlineCalendarSettings,
): Result<string, ValidationError> {
  const items = dossiers.flatMap((dossier) =>
    dossier.evaluation.deadlines
      .filter((d) => include(d, dossier))
      .map((deadline) => ({ deadline, dossier })),
  );
  // Deterministic order: due date, then dossier, then the deadline's id.
  items.sort(
    (a, b) =>
      compare(a.deadline.due, b.deadline.due) ||
      compare(a.dossier.state.dossierId, b.dossier.state.dossierId) ||
      compare(a.deadline.id, b.deadline.id),
  );
  return writeCalendar({
    zone: context.timeZone,
    dtstamp: context.at,
    name,
    events: items.map(({ deadline, dossier }) =>
      toEvent(deadline, dossier, withName, context.timeZone, settings),
    ),
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar of one stagiaire: every deadline of his current year of stage.
 *
 * @param input - the dossier with its evaluation, the zone and the export instant.
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the iCalendar text, or a ValidationError.
 * @example
 * const ics = stagiaireCalendar({ dossier: { state, evaluation }, timeZone: 'Indian/Reunion',
 *   at: '2022-11-02T08:00:00+04:00' });
 */
export function stagiaireCalendar(
  input: StagiaireCalendarInput,
  settings: DeadlineCalendarSettings = {},
): Result<string, ValidationError> {
  const invalid = checkDossiers([input.dossier], () => ['dossier']);
  if (invalid !== undefined) return err(invalid);
  const { state } = input.dossier;
  const name = `Échéances — ${personne(state)} (${state.identite.anneeScolaire})`;
  return render(name, input, [input.dossier], false, settings.include ?? (() => true), settings);
}

/**
 * The calendar of a tuteur: the deadlines of the stagiaires he currently tutors (by default those he must act
 * on), each titled with the stagiaire's name.
 *
 * @param input - the tuteur's id, the dossiers (others are skipped), the zone and the export instant.
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the iCalendar text, or a ValidationError.
 */
export function tuteurCalendar(
  input: TuteurCalendarInput,
  settings: DeadlineCalendarSettings = {},
): Result<string, ValidationError> {
  const invalid = checkDossiers(input.dossiers, (i) => ['dossiers', i]);
  if (invalid !== undefined) return err(invalid);
  const dossiers = input.dossiers.filter((d) =>
    listTuteursActuels(d.state).some((t) => t.id === input.tuteurId),
  );
  const tuteur = dossiers.flatMap((d) => listTuteursActuels(d.state)).find((t) => t.id === input.tuteurId);
  const name = `Échéances des stagiaires de ${tuteur === undefined ? input.tuteurId : `${tuteur.prenom} ${tuteur.nom.toLocaleUpperCase('fr')}`}`;
  const include = settings.include ?? ((d: Deadline) => d.responsible === 'tuteur');
  return render(name, input, dossiers, true, include, settings);
}

/**
 * The calendar of an EPLE: the deadlines of the stagiaires currently affected there (by default those the chef
 * d'établissement must act on), each titled with the stagiaire's name.
 *
 * @param input - the UAI, the dossiers (others are skipped), the zone and the export instant.
 * @param settings - UID namespace, filter, reminders, SEQUENCE, links.
 * @returns the iCalendar text, or a ValidationError.
 */
export function epleCalendar(
  input: EpleCalendarInput,
  settings: DeadlineCalendarSettings = {},
): Result<string, ValidationError> {
  const invalid = checkDossiers(input.dossiers, (i) => ['dossiers', i]);
  if (invalid !== undefined) return err(invalid);
  const dossiers = input.dossiers.filter((d) => getUaiActuel(d.state) === input.uai);
  const include = settings.include ?? ((d: Deadline) => d.responsible === 'chef-etablissement');
  return render(`Échéances des stagiaires — EPLE ${input.uai}`, input, dossiers, true, include, settings);
}
