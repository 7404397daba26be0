/**
 * The deadlines of a stagiaire, of a tuteur's stagiaires and of an EPLE as iCalendar files in the académie's
 * zone, with one stable UID per (dossier, deadline).
 *
 * @packageDocumentation
 */
import {
  type Civilite,
  type Deadline,
  type DeadlineKind,
  type DossierEvaluation,
  type DossierState,
  getUaiActuel,
  type Issue,
  issue,
  listTuteursActuels,
  type PersonneRef,
  type Role,
  type SourceRef,
  sourceNature,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { DateTime } from 'luxon';
import { err, type Result } from 'neverthrow';
import type { CalendarEvent, EventTime } from './calendar-event.js';
import { formatDateLongue, texteFrancais } from './french-text.js';
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
  /** The EPLE's name (« Lycée Leconte-de-Lisle »), printed in the calendar's name with its UAI; absent: the UAI. */
  readonly nom?: string;
}

/** Settings of the deadline calendars. */
export interface DeadlineCalendarSettings {
  /** UUID namespace of the UIDs (see `deadlineUid`); the library's default when absent. */
  readonly uidNamespace?: string;
  /**
   * Which deadlines a calendar shows. Defaults: every deadline in a stagiaire's calendar; in a tuteur's, those
   * the tuteur must act on; in an EPLE's, those the chef d'établissement must act on. Whatever it answers, the
   * kinds of {@link ECHEANCES_HORS_CALENDRIER} (the mi-stage date) are never written.
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

/**
 * Kinds of deadline no calendar of this package writes, whatever `include` says: the mi-stage date.
 *
 * @remarks The mi-stage date is the day from which décret n° 94-874 du 7 octobre 1994, art. 7, allows a
 * licenciement for insuffisance professionnelle in the course of the stage. It asks nothing of the stagiaire,
 * of the tuteur or of the chef d'établissement: a stagiaire's calendar holds what he must do and attend, and a
 * colleague's calendar has no reason to carry that date next to a stagiaire's name. The rectorat reads it in
 * the dossier (the core's deadline `mi-stage`), where the procedure is handled.
 */
export const ECHEANCES_HORS_CALENDRIER: readonly DeadlineKind[] = ['mi-stage'];

const horsCalendrier: ReadonlySet<DeadlineKind> = new Set(ECHEANCES_HORS_CALENDRIER);

/** How a role is named, by civilité of the person who holds it: « le tuteur », « la tutrice »… */
interface FormesRole {
  readonly le: string;
  readonly du: string;
}

const accorde = (monsieur: FormesRole, madame: FormesRole): Record<Civilite | 'inconnue', FormesRole> => ({
  monsieur,
  madame,
  inconnue: {
    le: `${monsieur.le} ou ${madame.le}`,
    du: `${monsieur.du} ou ${madame.du}`,
  },
});

/** Roles whose name agrees with the civilité of the person holding them. */
const ROLES_ACCORDES: Partial<Record<Role, Record<Civilite | 'inconnue', FormesRole>>> = {
  tuteur: accorde({ le: 'le tuteur', du: 'du tuteur' }, { le: 'la tutrice', du: 'de la tutrice' }),
  inspecteur: accorde(
    { le: 'l’inspecteur', du: 'de l’inspecteur' },
    { le: 'l’inspectrice', du: 'de l’inspectrice' },
  ),
  'formateur-inspe': accorde(
    { le: 'le formateur de l’INSPÉ', du: 'du formateur de l’INSPÉ' },
    { le: 'la formatrice de l’INSPÉ', du: 'de la formatrice de l’INSPÉ' },
  ),
  'directeur-inspe': accorde(
    { le: 'le directeur de l’INSPÉ', du: 'du directeur de l’INSPÉ' },
    { le: 'la directrice de l’INSPÉ', du: 'de la directrice de l’INSPÉ' },
  ),
};

/** The people who hold a role in a dossier now, for the agreement of its name. */
function titulaires(state: DossierState, role: Role): readonly PersonneRef[] {
  const { acteurs } = state;
  switch (role) {
    case 'tuteur':
      return listTuteursActuels(state);
    case 'inspecteur':
      return acteurs.inspecteur === null ? [] : [acteurs.inspecteur];
    case 'formateur-inspe':
      return acteurs.formateursInspe;
    case 'directeur-inspe':
      return acteurs.directeurInspe === null ? [] : [acteurs.directeurInspe];
    default:
      return [];
  }
}

/**
 * The civilité shared by everyone holding the role, `inconnue` when none is recorded or they differ, `null`
 * when nobody holds it (the text then names the office, as the texts do: « l'inspecteur »).
 */
function civiliteDuRole(state: DossierState, role: Role): Civilite | 'inconnue' | null {
  const personnes = titulaires(state, role);
  if (personnes.length === 0) return null;
  const civilites = new Set(personnes.map((p) => p.civilite ?? 'inconnue'));
  const [seule] = civilites;
  return civilites.size === 1 && seule !== undefined ? seule : 'inconnue';
}

/**
 * Who must act, named as the dossier's people are: « la tutrice » for a tuteur recorded as Madame, « le tuteur
 * ou la tutrice » when no civilité is recorded, the office's name when nobody holds it, « le chef
 * d'établissement »… (see {@link RESPONSABLES}).
 *
 * @param role - the role who must act.
 * @param state - the dossier, whose current tuteurs, inspecteur and INSPÉ people give the civilité.
 * @returns the French words, with their article.
 */
export function nommerResponsable(role: Role, state: DossierState): string {
  const formes = ROLES_ACCORDES[role];
  const civilite = civiliteDuRole(state, role);
  return formes === undefined || civilite === null ? RESPONSABLES[role] : formes[civilite].le;
}

/**
 * A deadline's label agreed with the civilité of the person who must act: « Bilan final de la tutrice ».
 *
 * @param deadline - the deadline, whose label names the role as the core does (« du tuteur »).
 * @param state - the dossier.
 * @returns the label, unchanged when it names nobody whose name agrees.
 */
export function libelleAccorde(deadline: Deadline, state: DossierState): string {
  const role = deadline.responsible;
  const formes = role === null ? undefined : ROLES_ACCORDES[role];
  if (role === null || formes === undefined) return deadline.label;
  const civilite = civiliteDuRole(state, role);
  if (civilite === null || civilite === 'monsieur') return deadline.label;
  return deadline.label.replace(formes.monsieur.du, formes[civilite].du);
}

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

function citer(s: SourceRef): string {
  const bare = [s.texte, s.article, s.nor === undefined ? undefined : `NOR ${s.nor}`]
    .filter((p) => p !== undefined)
    .join(', ');
  return sourceNature(s) === 'secondaire' ? `source secondaire : ${bare}` : bare;
}

/** A date or a rule that no text sets: the académie must confirm it. */
const A_CONFIRMER = 'Aucun texte ne fixe cette date : elle est à confirmer par l’académie.';

/**
 * The description of a deadline's event, in French sentences: the due date, who acts, the explanation (its
 * machine forms rewritten, see {@link texteFrancais}), whether the date is to be confirmed by the académie,
 * then the texts it rests on (secondary sources labelled as such; the library's assumptions are not cited as a
 * text, they are said to need the académie's confirmation).
 *
 * @param deadline - the deadline.
 * @param state - the dossier, for the names agreed with the civilité.
 * @param zone - the académie's IANA zone.
 * @returns the description.
 */
export function describeDeadline(deadline: Deadline, state: DossierState, zone: string): string {
  const lines = [`Échéance : ${formatDateLongue(deadline.due)}.`];
  if (deadline.responsible !== null) {
    lines.push(`À faire par ${nommerResponsable(deadline.responsible, state)}.`);
  }
  if (deadline.doneOn !== null) lines.push(`Fait le ${formatDateLongue(deadline.doneOn)}.`);
  lines.push('', texteFrancais(deadline.explanation.summary, zone));
  const { sources, parameters } = deadline.explanation;
  const hypothese =
    sources.some((s) => sourceNature(s) === 'hypothese') ||
    parameters.some((p) => sourceNature(p.source) === 'hypothese');
  if (hypothese) lines.push('', A_CONFIRMER);
  // Primary texts first, the académie's next, secondary pages last; the library's assumptions are not texts.
  const rangs = { officielle: 0, academique: 1, secondaire: 3, hypothese: 4 } as const;
  const rang = (s: SourceRef): number => {
    const nature = sourceNature(s);
    return nature === undefined ? 2 : rangs[nature];
  };
  const cites = [
    ...new Set(
      sources
        .filter((s) => sourceNature(s) !== 'hypothese')
        .map((s, i) => ({ s, i }))
        .sort((a, b) => rang(a.s) - rang(b.s) || a.i - b.i)
        .map(({ s }) => citer(s)),
    ),
  ];
  if (cites.length > 0) lines.push('', `Sources : ${cites.join(' ; ')}.`);
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
    summary: `${done}${libelleAccorde(deadline, dossier.state)}${withName ? ` — ${personne(dossier.state)}` : ''}`,
    description: describeDeadline(deadline, dossier.state, zone),
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
      .filter((d) => !horsCalendrier.has(d.kind) && include(d, dossier))
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
 * The calendar of one stagiaire: what he must do and attend in his current year of stage (bilans, avis, the
 * jury, the end of his stage), never the mi-stage date (see {@link ECHEANCES_HORS_CALENDRIER}).
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
  const eple = input.nom === undefined ? `EPLE ${input.uai}` : `${input.nom} (${input.uai})`;
  return render(`Échéances des stagiaires — ${eple}`, input, dossiers, true, include, settings);
}
