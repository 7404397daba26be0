/**
 * The alert list per recipient: one row for each alert and each person it is addressed to.
 *
 * @packageDocumentation
 */
import {
  type Alert,
  type DossierState,
  type ExportBody,
  type Exporter,
  type ExportOptions,
  getFonction,
  getUaiActuel,
  type IsoDate,
  listTuteursActuels,
  type PersonneRef,
  type Role,
  roles,
  type Severity,
  sourceNature,
  type ValidationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { column, type TableSpec } from './columns.js';
import { formatNomComplet } from './dossier-view.js';
import { checkEvaluatedDossiers, type EvaluatedDossier } from './evaluated-dossier.js';
import { createTableExporter, type SpreadsheetFormat, safeFileName, type TableBinding } from './exporter.js';
import { formatLibelleCorps, formatLibelleRole, LIBELLES_FONCTION, LIBELLES_GRAVITE } from './labels.js';
import { formatDiscipline, formatNomEtablissement, type LibellesTableur } from './libelles.js';

/** Who an alert list is for: every recipient of a role, or one person of it. */
export interface AlertRecipient {
  readonly role: Role;
  /** The person's identifier; every person of the role when absent. */
  readonly id?: string;
}

/** What an alert list is made from. */
export interface AlertListInput {
  /** The académie's IANA zone. */
  readonly timeZone: string;
  /** The instant of the evaluations, ISO 8601 with offset. */
  readonly at: string;
  readonly dossiers: readonly EvaluatedDossier[];
  /** Keep only the alerts addressed to this recipient; every recipient when absent. */
  readonly recipient?: AlertRecipient;
  /**
   * Names of EPLE and disciplines (an académie's configuration); a dossier's own names come first. Absent:
   * only the dossiers' names, codes otherwise.
   */
  readonly libelles?: LibellesTableur;
}

/** One line of the alert list. */
export interface AlertListRow {
  /** The recipient's role, agreed with his or her civilité (« Tutrice », « Tuteur ou tutrice »…). */
  readonly destinataireRole: string;
  readonly destinataireId: string | null;
  readonly destinataire: string | null;
  readonly gravite: string;
  readonly code: string;
  readonly message: string;
  readonly echeance: IsoDate | null;
  readonly nom: string;
  readonly prenom: string;
  readonly corps: string;
  /** The fonction within the corps (`Professeur documentaliste` for a documentaliste certifié). */
  readonly fonction: string;
  /** The discipline's label when known, else its code. */
  readonly discipline: string;
  readonly uai: string;
  /** The EPLE's name (and town) when known. */
  readonly etablissement: string | null;
  readonly explication: string;
  readonly sources: string;
  readonly dossierId: string;
  readonly cle: string;
}

/** The columns of the alert list. */
export const alertListTable: TableSpec<AlertListRow> = {
  name: 'Alertes',
  columns: [
    column.text('destinataireRole', 'Destinataire (rôle)', (r) => r.destinataireRole),
    column.text('destinataire', 'Destinataire', (r) => r.destinataire),
    column.text('destinataireId', 'Identifiant du destinataire', (r) => r.destinataireId),
    column.text('gravite', 'Gravité', (r) => r.gravite),
    column.text('code', 'Code', (r) => r.code),
    column.text('message', 'Message', (r) => r.message, { width: 60 }),
    column.date('echeance', 'Échéance', (r) => r.echeance),
    column.text('nom', 'Stagiaire (nom)', (r) => r.nom),
    column.text('prenom', 'Stagiaire (prénom)', (r) => r.prenom),
    column.text('corps', 'Corps', (r) => r.corps),
    column.text('fonction', 'Fonction', (r) => r.fonction),
    column.text('discipline', 'Discipline', (r) => r.discipline),
    column.text('uai', 'UAI', (r) => r.uai, { width: 11 }),
    column.text('etablissement', 'Établissement', (r) => r.etablissement),
    column.text('explication', 'Pourquoi', (r) => r.explication, { width: 60 }),
    column.text('sources', 'Sources', (r) => r.sources, { width: 40 }),
    column.text('dossierId', 'Dossier', (r) => r.dossierId),
    column.text('cle', 'Clé de l’alerte', (r) => r.cle),
  ],
};

/**
 * The people who hold a role on a dossier (the current tuteurs, the chef d'établissement…). The jury, the
 * rectorat, the ministre, the inspection générale and the commissions are services or bodies, not people of the
 * dossier: they give no person.
 *
 * @param state - the dossier.
 * @param role - the role.
 * @returns the people, possibly none (role not filled).
 */
export function listPersonnesDuRole(state: DossierState, role: Role): PersonneRef[] {
  const { acteurs, identite } = state;
  const one = (p: PersonneRef | null): PersonneRef[] => (p === null ? [] : [p]);
  switch (role) {
    case 'stagiaire': {
      const { id, nom, prenom, civilite } = identite.stagiaire;
      return [{ id, nom, prenom, ...(civilite === undefined ? {} : { civilite }) }];
    }
    case 'tuteur':
      return listTuteursActuels(state);
    case 'chef-etablissement':
      return one(acteurs.chefEtablissement);
    case 'inspecteur':
      return one(acteurs.inspecteur);
    case 'formateur-inspe':
      return [...acteurs.formateursInspe];
    case 'directeur-inspe':
      return one(acteurs.directeurInspe);
    case 'jury':
    case 'rectorat':
    case 'ministre':
    case 'inspecteur-general':
    case 'cap':
    case 'conseil-discipline':
    case 'conseil-medical':
      return [];
  }
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

interface Line {
  readonly row: AlertListRow;
  readonly roleOrder: number;
  readonly severity: number;
}

/** What the Sources column says of a value no text sets, instead of citing the library's assumption. */
export const SOURCE_A_CONFIRMER = 'aucun texte : valeur à confirmer par l’académie';

/**
 * The texts an alert rests on, in one cell: a secondary page is labelled « source secondaire : », and an
 * assumption of the library is not cited as a text but said to need the académie's confirmation.
 */
function sources(alert: Alert): string {
  const parts = alert.explanation.sources.map((s) => {
    const nature = sourceNature(s);
    if (nature === 'hypothese') return SOURCE_A_CONFIRMER;
    const bare = [s.texte, s.article, s.nor === undefined ? undefined : `NOR ${s.nor}`]
      .filter((p) => p !== undefined)
      .join(', ');
    return nature === 'secondaire' ? `source secondaire : ${bare}` : bare;
  });
  return [...new Set(parts)].join(' ; ');
}

function lines(
  dossier: EvaluatedDossier,
  recipient: AlertRecipient | undefined,
  libelles: LibellesTableur = {},
): Line[] {
  const { state, evaluation } = dossier;
  return evaluation.alerts.flatMap((alert) =>
    alert.recipients
      .filter((role) => recipient === undefined || role === recipient.role)
      .flatMap((role) => {
        const people: (PersonneRef | null)[] = listPersonnesDuRole(state, role);
        // A role with nobody designated still gets its line, so that no alert is lost.
        const targets = people.length === 0 ? [null] : people;
        return targets
          .filter((p) => recipient?.id === undefined || p?.id === recipient.id)
          .map((person) => ({
            roleOrder: roles.indexOf(role),
            severity: SEVERITY_ORDER[alert.severity],
            row: {
              destinataireRole: formatLibelleRole(role, person),
              destinataireId: person?.id ?? null,
              destinataire: person === null ? null : formatNomComplet(person),
              gravite: LIBELLES_GRAVITE[alert.severity],
              code: alert.code,
              message: alert.message,
              echeance: alert.due,
              nom: state.identite.stagiaire.nom,
              prenom: state.identite.stagiaire.prenom,
              corps: formatLibelleCorps(state.identite.corps),
              fonction: LIBELLES_FONCTION[getFonction(state.identite)],
              discipline: formatDiscipline(state, libelles),
              uai: getUaiActuel(state),
              etablissement: formatNomEtablissement(state, libelles),
              explication: alert.explanation.summary,
              sources: sources(alert),
              dossierId: state.dossierId,
              cle: alert.key,
            },
          }));
      }),
  );
}

/**
 * The rows of the alert list, grouped by recipient (role, then person), the most severe first, then by due
 * date.
 *
 * @param input - the evaluated dossiers and the recipient wanted.
 * @returns the rows, or a ValidationError when an evaluation belongs to another dossier.
 */
export function alertListRows(input: AlertListInput): Result<AlertListRow[], ValidationError> {
  const invalid = checkEvaluatedDossiers(input.dossiers);
  if (invalid !== undefined) return err(invalid);
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  const all = input.dossiers.flatMap((d) => lines(d, input.recipient, input.libelles));
  all.sort(
    (a, b) =>
      a.roleOrder - b.roleOrder ||
      collator.compare(a.row.destinataire ?? '', b.row.destinataire ?? '') ||
      compare(a.row.destinataireId ?? '', b.row.destinataireId ?? '') ||
      a.severity - b.severity ||
      compare(a.row.echeance ?? '9999', b.row.echeance ?? '9999') ||
      collator.compare(a.row.nom, b.row.nom) ||
      compare(a.row.dossierId, b.row.dossierId) ||
      compare(a.row.cle, b.row.cle),
  );
  return ok(all.map((l) => l.row));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How an {@link AlertListInput} becomes a table: file name `alertes[-<role>[-<id>]]`. */
export const alertListBinding: TableBinding<AlertListInput, AlertListRow> = {
  baseName: (input) =>
    safeFileName([
      'alertes',
      ...(input.recipient === undefined ? [] : [input.recipient.role]),
      ...(input.recipient?.id === undefined ? [] : [input.recipient.id]),
    ]),
  document: (input) =>
    alertListRows(input).map((rows) => ({
      table: alertListTable,
      rows,
      timeZone: input.timeZone,
      at: input.at,
    })),
};

/**
 * An exporter of alert lists per recipient, as CSV or XLSX.
 *
 * @param format - `{ format: 'csv' }` or `{ format: 'xlsx' }`, with their settings.
 * @returns the exporter.
 */
export function createAlertListExporter(
  format: SpreadsheetFormat,
): Exporter<AlertListInput, ExportBody, ExportOptions> {
  return createTableExporter(alertListBinding, format);
}
