/**
 * The jury list: one row per stagiaire of a corps before the jury académique of a session, with the three
 * avis the jury reads, the alerts raised during the year, the jury's proposition and the decision once taken
 * (by whom). Agrégés have no jury académique: their list is the one the CAPA examines (arrêté du 22 août 2014,
 * NOR MENH1411677A, art. 7). Professeurs documentalistes are certifiés: they are on the certifiés' list.
 *
 * @packageDocumentation
 */
import {
  type Corps,
  type DonneesPersonnelles,
  type DossierState,
  type ExportBody,
  type Exporter,
  type ExportOptions,
  getAnneeCourante,
  getFonction,
  getUaiActuel,
  type IsoDate,
  type Issue,
  isAnneeScolaire,
  issue,
  listTuteursActuels,
  type RoleAvis,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { column, type TableSpec } from './columns.js';
import { findLast, formatNomComplet, sortByNom } from './dossier-view.js';
import { createTableExporter, type SpreadsheetFormat, safeFileName, type TableBinding } from './exporter.js';
import { buildIdentityColumns, type IdentityRow } from './identity-columns.js';
import {
  formatAuteurDecision,
  formatLibelleCorps,
  formatPropositionJury,
  LIBELLES_CATEGORIE,
  LIBELLES_DECISION,
  LIBELLES_ETAT,
  LIBELLES_FONCTION,
  LIBELLES_QUOTITE,
  LIBELLES_SENS_AVIS,
} from './labels.js';
import { formatDiscipline, formatNomEtablissement, type LibellesTableur } from './libelles.js';
import type { PrintHeader } from './xlsx.js';

/**
 * What the list of agrégés is: there is no jury académique for them, the recteur's acts follow the avis of the
 * commission administrative paritaire académique.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411677A) art. 7.
 */
export const INTITULE_LISTE_CAPA =
  'Liste examinée par la commission administrative paritaire académique (CAPA)';

/** What a jury list is made from. */
export interface JuryListInput {
  /**
   * The corps whose jury sits (`certifie` includes the professeurs documentalistes); `agrege`: the list the
   * CAPA examines (no jury académique).
   */
  readonly corps: Corps;
  /** The session, as a school year (`2022-2023`). */
  readonly anneeScolaire: string;
  /** The académie's IANA zone (`Indian/Reunion`), in which dates and instants are shown. */
  readonly timeZone: string;
  /** The instant the list describes, ISO 8601 with offset; also the workbook's date. */
  readonly at: string;
  /** The dossiers before the jury, all of `corps`. */
  readonly dossiers: readonly DossierState[];
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
  /**
   * What the printed pages' header names: the académie (left) and the service that runs the jury (right),
   * e.g. « Rectorat — division des personnels enseignants (DPE) »; absent: the list's title alone.
   *
   * @remarks The jury académique is appointed and chaired by the recteur (arrêté du 22 août 2014, NOR
   * MENH1411675A, art. 4): its list is headed by the rectorat's service that runs it.
   */
  readonly entete?: { readonly academie?: string; readonly service?: string };
}

/** One line of the jury list. */
export interface JuryListRow extends IdentityRow {
  readonly rang: number;
  readonly dossierId: string;
  readonly categorie: string;
  readonly quotite: string;
  /** 1, or 2 in a renouvellement. */
  readonly anneeStage: number;
  readonly tuteurs: string;
  readonly avisInspecteur: string | null;
  readonly avisChefEtablissement: string | null;
  readonly avisDirecteurInspe: string | null;
  /** Number of avis défavorables among the three (the jury must then consider an entretien). */
  readonly avisDefavorables: number;
  readonly alertes: number;
  readonly alertesNonLevees: number;
  readonly protocoleEnCours: boolean;
  readonly joursProlongationConges: number | null;
  readonly transmisLe: IsoDate | null;
  readonly entretienJuryLe: IsoDate | null;
  /** What the jury found and proposed (`Inapte — renouvellement du stage`); null before it deliberated. */
  readonly propositionJury: string | null;
  /** Agrégés: the day the avis and reports went to the recteur (arrêté MENH1411677A art. 7). */
  readonly transmisRecteurLe: IsoDate | null;
  /** The CAPA's latest avis of the year (agrégés). */
  readonly avisCapa: string | null;
  /** The day the dossier went to the ministre (neither titularised nor renewed). */
  readonly transmisMinistreLe: IsoDate | null;
  readonly decision: string | null;
  /** Who took the decision: `Recteur`, `Vice-recteur`, `Ministre`. */
  readonly decisionPar: string | null;
  /** The day the act was signed. */
  readonly dateDecision: IsoDate | null;
  readonly dateEffet: IsoDate | null;
  readonly etat: string;
}

/**
 * The columns of the jury list. NUMEN, date of birth and e-mail are marked sensitive: they appear only when
 * the caller names them (`includeSensitive: ['numen']`).
 *
 * @remarks Avis: arrêté du 22 août 2014 (NOR MENH1411675A) art. 5; entretien: art. 6.
 */
const colonnesIdentite: TableSpec<JuryListRow>['columns'] = [
  column.number('rang', 'N°', (r) => r.rang, { decimals: 0, width: 6 }),
  ...buildIdentityColumns<JuryListRow>(),
  column.text('categorie', 'Catégorie', (r) => r.categorie),
  column.text('quotite', 'Quotité', (r) => r.quotite),
  column.number('anneeStage', 'Année de stage', (r) => r.anneeStage, { decimals: 0 }),
  column.text('tuteurs', 'Tuteur(s)', (r) => r.tuteurs),
  column.text('avisInspecteur', 'Avis inspecteur', (r) => r.avisInspecteur),
  column.text('avisChefEtablissement', 'Avis chef d’établissement', (r) => r.avisChefEtablissement),
  column.text('avisDirecteurInspe', 'Avis directeur INSPÉ', (r) => r.avisDirecteurInspe),
  column.number('avisDefavorables', 'Avis défavorables', (r) => r.avisDefavorables, { decimals: 0 }),
  column.number('alertes', 'Alertes', (r) => r.alertes, { decimals: 0 }),
  column.number('alertesNonLevees', 'Alertes non levées', (r) => r.alertesNonLevees, { decimals: 0 }),
  column.boolean('protocoleEnCours', 'Protocole en cours', (r) => r.protocoleEnCours),
  column.number('joursProlongationConges', 'Prolongation congés (jours)', (r) => r.joursProlongationConges, {
    decimals: 0,
  }),
];

const colonnesDecision: TableSpec<JuryListRow>['columns'] = [
  column.date('transmisMinistreLe', 'Transmis au ministre le', (r) => r.transmisMinistreLe),
  column.text('decision', 'Décision', (r) => r.decision),
  column.text('decisionPar', 'Décision prise par', (r) => r.decisionPar, { width: 40 }),
  column.date('dateDecision', 'Date de l’acte', (r) => r.dateDecision),
  column.date('dateEffet', 'Date d’effet', (r) => r.dateEffet),
  column.text('etat', 'État du dossier', (r) => r.etat),
  column.text('dossierId', 'Dossier', (r) => r.dossierId),
];

/**
 * The columns of the jury list. NUMEN, date of birth and e-mail are marked sensitive: they appear only when
 * the caller names them (`includeSensitive: ['numen']`). The jury's proposition and the authority's decision
 * are apart: the jury proposes, the recteur or the ministre decides.
 *
 * @remarks Avis: arrêté du 22 août 2014 (NOR MENH1411675A) art. 5; entretien: art. 6; proposition and
 * decision: art. 9.
 */
export const juryListTable: TableSpec<JuryListRow> = {
  name: 'Liste jury',
  columns: [
    ...colonnesIdentite,
    column.date('transmisLe', 'Transmis au jury le', (r) => r.transmisLe),
    column.date('entretienJuryLe', 'Entretien jury le', (r) => r.entretienJuryLe),
    column.text('propositionJury', 'Proposition du jury', (r) => r.propositionJury),
    ...colonnesDecision,
  ],
};

/**
 * The columns of the agrégés' list, examined by the CAPA (see {@link INTITULE_LISTE_CAPA}): no jury, the avis
 * and reports go to the recteur, the CAPA gives its avis.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411677A) art. 4 to 7.
 */
export const capaListTable: TableSpec<JuryListRow> = {
  name: 'Liste CAPA',
  columns: [
    ...colonnesIdentite,
    column.date('transmisRecteurLe', 'Transmis au recteur le', (r) => r.transmisRecteurLe),
    column.text('avisCapa', 'Avis de la CAPA', (r) => r.avisCapa),
    ...colonnesDecision,
  ],
};

function avisDuRole(state: DossierState, annee: number, role: RoleAvis): string | null {
  const avis = findLast(state.avis, (a) => a.annee === annee && a.role === role);
  return avis === undefined ? null : LIBELLES_SENS_AVIS[avis.sens];
}

/**
 * Builds the row of one dossier for the year of stage it is in.
 *
 * @param state - the dossier.
 * @param rang - its number in the list, from 1.
 * @param donnees - the stagiaire's personal data, when the caller passed them (else the columns stay empty).
 * @param libelles - names of EPLE and disciplines (the dossier's own come first).
 * @returns the row.
 */
export function juryListRow(
  state: DossierState,
  rang: number,
  donnees: DonneesPersonnelles | null = null,
  libelles: LibellesTableur = {},
): JuryListRow {
  const annee = getAnneeCourante(state);
  const stagiaire = state.identite.stagiaire;
  const alertes = state.alertes.filter((a) => a.annee === annee);
  const decision = findLast(state.decisions, (d) => d.annee === annee);
  const proposition = findLast(state.propositionsJury, (p) => p.annee === annee);
  const saisine = (destinataire: 'recteur' | 'ministre') =>
    findLast(state.saisines, (x) => x.annee === annee && x.destinataire === destinataire)?.date ?? null;
  const avisCapa = findLast(
    state.avisCommissions,
    (a) => a.annee === annee && a.commission === 'capa' && a.formation === 'ordinaire',
  );
  const defavorables = (['inspecteur', 'chef-etablissement', 'directeur-inspe'] as const).filter(
    (role) => findLast(state.avis, (a) => a.annee === annee && a.role === role)?.sens === 'defavorable',
  ).length;
  return {
    rang,
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
    categorie: LIBELLES_CATEGORIE[state.identite.categorie],
    quotite: LIBELLES_QUOTITE[state.identite.quotite],
    anneeStage: annee,
    tuteurs: listTuteursActuels(state).map(formatNomComplet).join(', '),
    avisInspecteur: avisDuRole(state, annee, 'inspecteur'),
    avisChefEtablissement: avisDuRole(state, annee, 'chef-etablissement'),
    avisDirecteurInspe: avisDuRole(state, annee, 'directeur-inspe'),
    avisDefavorables: defavorables,
    alertes: alertes.length,
    alertesNonLevees: alertes.filter((a) => a.levee === null).length,
    protocoleEnCours: alertes.some((a) => a.protocole !== null && a.protocole.cloture === null),
    joursProlongationConges:
      findLast(state.stage.prolongationsConges, (p) => p.annee === annee)?.joursProlongation ?? null,
    transmisLe: findLast(state.transmissionsJury, (t) => t.annee === annee)?.date ?? null,
    entretienJuryLe: findLast(state.entretiensJury, (e) => e.annee === annee)?.date ?? null,
    propositionJury: proposition === undefined ? null : formatPropositionJury(proposition),
    transmisRecteurLe: saisine('recteur'),
    avisCapa: avisCapa === undefined ? null : LIBELLES_SENS_AVIS[avisCapa.sens],
    transmisMinistreLe: saisine('ministre'),
    decision: decision === undefined ? null : LIBELLES_DECISION[decision.decision],
    decisionPar: decision === undefined ? null : formatAuteurDecision(decision),
    dateDecision: decision?.date ?? null,
    dateEffet: decision?.dateEffet ?? null,
    etat: LIBELLES_ETAT[state.etat],
  };
}

/**
 * The rows of a jury list, sorted by name (French collation), after checking that every dossier belongs to
 * the corps of the jury.
 *
 * @param input - corps, session and dossiers.
 * @returns the rows, or a ValidationError naming each dossier of another corps.
 */
export function juryListRows(input: JuryListInput): Result<JuryListRow[], ValidationError> {
  const issues: Issue[] = [];
  if (!isAnneeScolaire(input.anneeScolaire)) {
    issues.push(
      issue(
        'tableur.annee-scolaire.invalide',
        `Année scolaire invalide : « ${input.anneeScolaire} » (attendu AAAA-AAAA).`,
        ['anneeScolaire'],
      ),
    );
  }
  input.dossiers.forEach((d, i) => {
    if (d.identite.corps !== input.corps) {
      issues.push(
        issue(
          'tableur.jury.autre-corps',
          `Le dossier ${d.dossierId} relève du corps « ${d.identite.corps} », pas de « ${input.corps} ».`,
          ['dossiers', i],
        ),
      );
    }
  });
  if (issues.length > 0) return err(validationError('Liste du jury invalide.', issues));
  const donnees = (state: DossierState) =>
    input.donneesPersonnelles?.get(state.identite.stagiaire.id) ?? null;
  return ok(
    sortByNom(input.dossiers).map((state, i) => juryListRow(state, i + 1, donnees(state), input.libelles)),
  );
}

function enteteImprime(input: JuryListInput): PrintHeader {
  const titre =
    input.corps === 'agrege'
      ? `${INTITULE_LISTE_CAPA} — session ${input.anneeScolaire}`
      : `Jury académique — ${formatLibelleCorps(input.corps)} — session ${input.anneeScolaire}`;
  return {
    ...(input.entete?.academie === undefined ? {} : { left: input.entete.academie }),
    center: titre,
    ...(input.entete?.service === undefined ? {} : { right: input.entete.service }),
  };
}

/**
 * How a {@link JuryListInput} becomes a table: file name `liste-jury-<corps>-<session>`; for agrégés, the
 * list the CAPA examines, `liste-capa-agrege-<session>` (no jury académique, arrêté MENH1411677A art. 7).
 */
export const juryListBinding: TableBinding<JuryListInput, JuryListRow> = {
  baseName: (input) =>
    safeFileName([input.corps === 'agrege' ? 'liste-capa' : 'liste-jury', input.corps, input.anneeScolaire]),
  document: (input) =>
    juryListRows(input).map((rows) => ({
      table: input.corps === 'agrege' ? capaListTable : juryListTable,
      rows,
      timeZone: input.timeZone,
      at: input.at,
      printHeader: enteteImprime(input),
    })),
};

/**
 * An exporter of jury lists, as CSV or XLSX.
 *
 * @param format - `{ format: 'csv' }` or `{ format: 'xlsx' }`, with their settings.
 * @returns the exporter; its `export(input, { includeSensitive })` checks everything before rendering.
 * @example
 * const exporter = createJuryListExporter({ format: 'xlsx', xlsx: { freezeColumns: 3 } });
 * const body = exporter.export({ corps: 'certifie', anneeScolaire: '2022-2023', timeZone: 'Indian/Reunion',
 *   at: '2023-06-01T08:00:00+04:00', dossiers });
 */
export function createJuryListExporter(
  format: SpreadsheetFormat,
): Exporter<JuryListInput, ExportBody, ExportOptions> {
  return createTableExporter(juryListBinding, format);
}
