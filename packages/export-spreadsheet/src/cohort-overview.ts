/**
 * The cohort overview: one row per dossier with its state, its deadlines and its alerts at an instant.
 *
 * @packageDocumentation
 */
import {
  type Deadline,
  type DonneesPersonnelles,
  type ExportBody,
  type Exporter,
  type ExportOptions,
  getAnneeCourante,
  getFonction,
  getUaiActuel,
  type IsoDate,
  listTuteursActuels,
  type ValidationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { column, type TableSpec } from './columns.js';
import { findLast, formatNomComplet, sortByNom } from './dossier-view.js';
import { checkEvaluatedDossiers, type EvaluatedDossier } from './evaluated-dossier.js';
import { createTableExporter, type SpreadsheetFormat, safeFileName, type TableBinding } from './exporter.js';
import { buildIdentityColumns, type IdentityRow } from './identity-columns.js';
import { formatLibelleCorps, LIBELLES_ETAT, LIBELLES_FONCTION } from './labels.js';
import { formatDiscipline, formatNomEtablissement, type LibellesTableur } from './libelles.js';

/** What a cohort overview is made from. */
export interface CohortOverviewInput {
  /** A name for the file, e.g. `reunion-2022-2023` (safe characters are kept). */
  readonly cohorte: string;
  /** The académie's IANA zone. */
  readonly timeZone: string;
  /** The instant the overview describes (the instant of the evaluations), ISO 8601 with offset. */
  readonly at: string;
  readonly dossiers: readonly EvaluatedDossier[];
  /**
   * The stagiaires' personal data, keyed by stagiaire id, read from the register of persons by the caller. A
   * NUMEN, birth date or e-mail column is filled only from here, and shown only when named in
   * `includeSensitive`: dossiers never carry them (they live outside the log).
   */
  readonly donneesPersonnelles?: ReadonlyMap<string, DonneesPersonnelles>;
  /**
   * Names of EPLE and disciplines (an académie's configuration); a dossier's own names come first. Absent:
   * only the dossiers' names, codes otherwise.
   */
  readonly libelles?: LibellesTableur;
}

/** One line of the cohort overview. */
export interface CohortOverviewRow extends IdentityRow {
  readonly dossierId: string;
  readonly tuteurs: string;
  readonly etat: string;
  readonly anneeStage: number;
  readonly prochaineEcheance: string | null;
  readonly prochaineEcheanceLe: IsoDate | null;
  readonly echeancesEnRetard: number;
  readonly echeancesProches: number;
  readonly echeancesFaites: number;
  readonly echeances: number;
  readonly finDeStage: IsoDate | null;
  readonly alertesCritiques: number;
  readonly alertesAttention: number;
  readonly alertesInformation: number;
  readonly codesAlertes: string;
  readonly dispositifsNonLeves: number;
  readonly evalueLe: string;
}

/** The columns of the cohort overview (NUMEN, date of birth and e-mail only when named). */
export const cohortOverviewTable: TableSpec<CohortOverviewRow> = {
  name: 'Vue de la cohorte',
  columns: [
    ...buildIdentityColumns<CohortOverviewRow>(),
    column.text('tuteurs', 'Tuteur(s)', (r) => r.tuteurs),
    column.text('etat', 'État', (r) => r.etat),
    column.number('anneeStage', 'Année de stage', (r) => r.anneeStage, { decimals: 0 }),
    column.text('prochaineEcheance', 'Prochaine échéance', (r) => r.prochaineEcheance),
    column.date('prochaineEcheanceLe', 'Pour le', (r) => r.prochaineEcheanceLe),
    column.number('echeancesEnRetard', 'Échéances en retard', (r) => r.echeancesEnRetard, { decimals: 0 }),
    column.number('echeancesProches', 'Échéances proches', (r) => r.echeancesProches, { decimals: 0 }),
    column.number('echeancesFaites', 'Échéances tenues', (r) => r.echeancesFaites, { decimals: 0 }),
    column.number('echeances', 'Échéances', (r) => r.echeances, { decimals: 0 }),
    column.date('finDeStage', 'Fin de stage', (r) => r.finDeStage),
    column.number('alertesCritiques', 'Alertes critiques', (r) => r.alertesCritiques, { decimals: 0 }),
    column.number('alertesAttention', 'Alertes « attention »', (r) => r.alertesAttention, { decimals: 0 }),
    column.number('alertesInformation', 'Informations', (r) => r.alertesInformation, { decimals: 0 }),
    column.text('codesAlertes', 'Codes des alertes', (r) => r.codesAlertes),
    column.number('dispositifsNonLeves', 'Dispositifs d’alerte non levés', (r) => r.dispositifsNonLeves, {
      decimals: 0,
    }),
    column.dateTime('evalueLe', 'Évalué le', (r) => r.evalueLe),
    column.text('dossierId', 'Dossier', (r) => r.dossierId),
  ],
};

function prochaine(deadlines: readonly Deadline[]): Deadline | undefined {
  return deadlines
    .filter((d) => !d.informative && d.status !== 'done')
    .reduce<Deadline | undefined>(
      (best, d) =>
        best === undefined || d.due < best.due || (d.due === best.due && d.id < best.id) ? d : best,
      undefined,
    );
}

/**
 * Builds the row of one evaluated dossier.
 *
 * @param dossier - the dossier and its evaluation.
 * @param donnees - the stagiaire's personal data, when the caller passed them (else the columns stay empty).
 * @param libelles - names of EPLE and disciplines (the dossier's own come first).
 * @returns the row.
 */
export function cohortOverviewRow(
  dossier: EvaluatedDossier,
  donnees: DonneesPersonnelles | null = null,
  libelles: LibellesTableur = {},
): CohortOverviewRow {
  const { state, evaluation } = dossier;
  const stagiaire = state.identite.stagiaire;
  const annee = getAnneeCourante(state);
  const next = prochaine(evaluation.deadlines);
  const actionable = evaluation.deadlines.filter((d) => !d.informative);
  const count = (severity: string): number => evaluation.alerts.filter((a) => a.severity === severity).length;
  return {
    dossierId: state.dossierId,
    nom: stagiaire.nom,
    prenom: stagiaire.prenom,
    numen: donnees?.numen ?? null,
    dateNaissance: donnees?.dateNaissance ?? null,
    courriel: donnees?.courriel ?? null,
    corps: formatLibelleCorps(state.identite.corps),
    fonction: LIBELLES_FONCTION[getFonction(state.identite)],
    discipline: formatDiscipline(state, libelles),
    uai: getUaiActuel(state),
    etablissement: formatNomEtablissement(state, libelles),
    tuteurs: listTuteursActuels(state).map(formatNomComplet).join(', '),
    etat: LIBELLES_ETAT[state.etat],
    anneeStage: annee,
    prochaineEcheance: next?.label ?? null,
    prochaineEcheanceLe: next?.due ?? null,
    echeancesEnRetard: actionable.filter((d) => d.status === 'overdue').length,
    echeancesProches: actionable.filter((d) => d.status === 'due-soon').length,
    echeancesFaites: actionable.filter((d) => d.status === 'done').length,
    echeances: actionable.length,
    finDeStage: findLast(evaluation.deadlines, (d) => d.kind === 'fin-de-stage')?.due ?? null,
    alertesCritiques: count('critical'),
    alertesAttention: count('warning'),
    alertesInformation: count('info'),
    codesAlertes: [...new Set(evaluation.alerts.map((a) => a.code))].join(', '),
    dispositifsNonLeves: state.alertes.filter((a) => a.annee === annee && a.levee === null).length,
    evalueLe: evaluation.instant,
  };
}

/**
 * The rows of the cohort overview, sorted by name.
 *
 * @param input - the evaluated dossiers.
 * @returns the rows, or a ValidationError when an evaluation belongs to another dossier.
 */
export function cohortOverviewRows(input: CohortOverviewInput): Result<CohortOverviewRow[], ValidationError> {
  const invalid = checkEvaluatedDossiers(input.dossiers);
  if (invalid !== undefined) return err(invalid);
  const byId = new Map(input.dossiers.map((d) => [d.state, d]));
  return ok(
    sortByNom(input.dossiers.map((d) => d.state)).flatMap((state) => {
      const dossier = byId.get(state);
      return dossier === undefined
        ? []
        : [
            cohortOverviewRow(
              dossier,
              input.donneesPersonnelles?.get(state.identite.stagiaire.id) ?? null,
              input.libelles,
            ),
          ];
    }),
  );
}

/** How a {@link CohortOverviewInput} becomes a table: file name `vue-cohorte-<cohorte>`. */
export const cohortOverviewBinding: TableBinding<CohortOverviewInput, CohortOverviewRow> = {
  baseName: (input) => safeFileName(['vue-cohorte', input.cohorte]),
  document: (input) =>
    cohortOverviewRows(input).map((rows) => ({
      table: cohortOverviewTable,
      rows,
      timeZone: input.timeZone,
      at: input.at,
    })),
};

/**
 * An exporter of cohort overviews, as CSV or XLSX.
 *
 * @param format - `{ format: 'csv' }` or `{ format: 'xlsx' }`, with their settings.
 * @returns the exporter.
 */
export function createCohortOverviewExporter(
  format: SpreadsheetFormat,
): Exporter<CohortOverviewInput, ExportBody, ExportOptions> {
  return createTableExporter(cohortOverviewBinding, format);
}
