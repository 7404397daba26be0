/**
 * Types of the deadlines and alerts computed on a dossier at an instant, with their explanations.
 *
 * @packageDocumentation
 */
import type { AnneeScolaire, LocalDate } from '../calendar/local-date.js';
import type { Role } from '../dossier/acteurs.js';
import type { SourceRef } from '../errors.js';
import type { ResolvedParameter } from '../rules/resolve.js';
import type { AlertCode } from './codes.js';

/**
 * A fact of the dossier (or of the evaluation) an explanation rests on.
 *
 * @category Alertes
 */
export interface Fact {
  /** What it is, e.g. `derniere-visite-tuteur`, `conges-remuneres-jours`. */
  readonly name: string;
  /** Its value (`null`: absent from the dossier). */
  readonly value: string | number | boolean | null;
  /** The record it comes from (a visit, bilan, alerte or leave identifier), when there is one. */
  readonly ref?: string | undefined;
}

/**
 * Why a deadline has its date and status, or why an alert is raised: in words, the parameters used (each
 * with its layer, validity and source), the facts used, and every text cited.
 *
 * @category Alertes
 */
export interface Explanation {
  /** One or two French sentences. */
  readonly summary: string;
  /** The resolved parameters the rule used. */
  readonly parameters: readonly ResolvedParameter[];
  /** The facts of the dossier used. */
  readonly facts: readonly Fact[];
  /** Every source cited: never empty. */
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/**
 * Where a deadline stands at the instant of evaluation.
 *
 * @category Alertes
 */
export type DeadlineStatus = 'upcoming' | 'due-soon' | 'overdue' | 'done';

/**
 * The kinds of deadline.
 *
 * - `bilan`: a bilan (intermédiaire or final) of an assessor;
 * - `avis`: an avis for the jury;
 * - `piece`: another piece the jury needs (an inspection), due with the inspecteur's avis;
 * - `jury`: the dossier before the jury académique;
 * - `entretien-jury`: the entretien the jury must hold before any decision other than titularisation;
 * - `mi-stage`: the day from which a licenciement in the course of the stage becomes possible (informative);
 * - `fin-de-stage`: the last day of the stage, moved by leave (informative);
 * - `academique`: a milestone the académie's pack adds.
 *
 * @category Alertes
 */
export type DeadlineKind =
  | 'bilan'
  | 'avis'
  | 'piece'
  | 'jury'
  | 'entretien-jury'
  | 'mi-stage'
  | 'fin-de-stage'
  | 'academique';

/**
 * A deadline of a dossier for its current year of stage.
 *
 * @category Alertes
 */
export interface Deadline {
  /** Stable identifier within the dossier: `bilan-intermediaire/tuteur`, `avis/inspecteur`, `jury`… */
  readonly id: string;
  /** Its kind. */
  readonly kind: DeadlineKind;
  /** French label. */
  readonly label: string;
  /** The due date (a local date of the académie). */
  readonly due: LocalDate;
  /** The last instant of the due date in the académie's zone, ISO 8601 with offset. */
  readonly dueAt: string;
  /** The status at the instant of evaluation. Informative dates are `upcoming` or `done` (passed). */
  readonly status: DeadlineStatus;
  /** When it was met, if it was. */
  readonly doneOn: LocalDate | null;
  /** The role who must act, if any. */
  readonly responsible: Role | null;
  /** True for dates that call for no action (mi-stage, fin de stage). */
  readonly informative: boolean;
  /** Why this date and status. */
  readonly explanation: Explanation;
}

/**
 * How urgent an alert is.
 *
 * @category Alertes
 */
export type Severity = 'info' | 'warning' | 'critical';

/**
 * An alert on a dossier at an instant.
 *
 * @category Alertes
 */
export interface Alert {
  /** Stable code (see `ALERT_CODES`). */
  readonly code: AlertCode;
  /** Stable identity within the dossier (`code` plus what it is about), e.g. `BILAN_EN_RETARD:bilan-final/tuteur`. */
  readonly key: string;
  /** How urgent. */
  readonly severity: Severity;
  /** The dossier. */
  readonly dossierId: string;
  /** Who is told, by role: the role who must act first, then the pack's `destinataires.<CODE>`. */
  readonly recipients: readonly Role[];
  /** The date by which something is (or was) due, when one applies. */
  readonly due: LocalDate | null;
  /** Its last instant in the académie's zone. */
  readonly dueAt: string | null;
  /** French message. */
  readonly message: string;
  /** Why it is raised. */
  readonly explanation: Explanation;
}

/**
 * Deadlines and alerts of one dossier at one instant.
 *
 * @category Alertes
 */
export interface DossierEvaluation {
  readonly dossierId: string;
  readonly academie: string;
  /** The school year of the current year of stage. */
  readonly anneeScolaire: AnneeScolaire;
  /** The instant of evaluation, ISO 8601 in the académie's zone. */
  readonly instant: string;
  /** The local date at that instant in the académie's zone. */
  readonly today: LocalDate;
  readonly deadlines: readonly Deadline[];
  readonly alerts: readonly Alert[];
}
