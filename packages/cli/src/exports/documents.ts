/**
 * Every document the export packages produce, written to a folder: fiches bilans and rapports de visite (PDF),
 * jury lists (XLSX, CSV, PDF), the cohort overview and the alert lists (XLSX, CSV), deadline calendars (ICS)
 * and the référentiel as a CASE package (JSON). Used by `tremplin export` and by the demo.
 *
 * @packageDocumentation
 */
import {
  type CompositionJury,
  type Corps,
  type DonneesPersonnelles,
  type DossierState,
  type NatureBilan,
  type ResolvedRules,
  referentiel2013,
  type ValidationError,
  type WorkflowRules,
} from '@tremplin/core';
import type { Etablissement } from '@tremplin/export-pdf';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';
import type { EvaluatedDossier } from '../workflow/evaluate.js';
import { openExportFolder } from './export-folder.js';
import { distinctName, fileId, withSuffix } from './file-names.js';
import type { WrittenFile } from './write-body.js';

/** How the documents are made. */
export interface DocumentSettings {
  /** The académie as its documents name it (« Académie de La Réunion »). */
  readonly academie: string;
  /** The service under it on fiches and rapports (e.g. the EAFC). */
  readonly service?: string;
  /**
   * The service that runs the jury, heading the jury lists (PDF header, XLSX printed pages): the configuration's
   * `documents.serviceJury`, by default the rectorat's personnel division (`DEFAULT_SERVICE_JURY`).
   */
  readonly serviceJury?: string;
  /** The académie's IANA zone. */
  readonly timeZone: string;
  /**
   * EPLE names by UAI (the configuration's; a dossier's own name, given at import, comes first), printed on
   * the PDF documents, in the lists' « Établissement » column and in the EPLE calendars' names.
   */
  readonly etablissements?: Readonly<Record<string, Etablissement>>;
  /** Discipline labels by code (the configuration's; a dossier's own label comes first). */
  readonly disciplines?: Readonly<Record<string, string>>;
  /** Personal data to include (`numen`, `dateNaissance`, `courriel`); none by default. */
  readonly includeSensitive?: readonly string[];
  /** The stagiaires' personal data read from the register of persons (only with `--sensitive`). */
  readonly donneesPersonnelles?: ReadonlyMap<string, DonneesPersonnelles>;
  /**
   * The académie's rules for the school year (`rulesFor(academie, annee).compiled`): the PDF documents take
   * from them the wording of the status marks, the expected levels (only when the académie's pack sets one,
   * with its source), the training sessions, the choice of grids and the workflow rules. Absent: none of these.
   */
  readonly regles?: ReglesDocuments;
}

/** The resolved rules of a school year and the workflow rules built from the same packs. */
export interface ReglesDocuments {
  readonly rules: Pick<ResolvedRules, 'parameters'>;
  readonly workflow: WorkflowRules;
}

/** The spreadsheet formats. */
export type TableFormat = 'xlsx' | 'csv';

const rel = (...parts: string[]) => parts.join('/');

function failed(
  errors: readonly { readonly dossierId: string; readonly error: ValidationError }[],
): ValidationError {
  return {
    kind: 'validation',
    message: `${errors.length} document(s) n’ont pas pu être produits.`,
    issues: errors.flatMap((e) => e.error.issues.map((i) => ({ ...i, path: [e.dossierId, ...i.path] }))),
  };
}

/**
 * Writes the fiches bilans of dossiers: one PDF per dossier and year of stage that has a bilan of that nature
 * (a renewed stagiaire gets his year-1 and year-2 fiches); the final fiche also for a dossier that has avis
 * but no final bilan.
 *
 * @param dir - the export folder.
 * @param states - the dossiers.
 * @param nature - intermédiaire or final.
 * @param at - the edition instant (ISO with offset).
 * @param settings - académie, zone, names.
 * @param onFile - called after each file (progress).
 * @returns the files written, or the reasons some could not be rendered.
 */
export async function writeFichesBilans(
  dir: string,
  states: readonly DossierState[],
  nature: NatureBilan,
  at: string,
  settings: DocumentSettings,
  onFile: () => void = () => {},
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createFicheBilanExporter } = await import('@tremplin/export-pdf');
  const exporter = createFicheBilanExporter(await pdfConfig(settings));
  const written: WrittenFile[] = [];
  const errors: { dossierId: string; error: ValidationError }[] = [];
  const withBilan = states.filter(
    (s) => s.bilans.some((b) => b.nature === nature) || (nature === 'final' && s.avis.length > 0),
  );
  for await (const item of exporter.cohorte(withBilan, { nature, at, annee: 'toutes' }, options(settings))) {
    if (item.kind === 'erreur') {
      errors.push({ dossierId: item.dossierId, error: item.error });
      continue;
    }
    const path = rel('fiches-bilans', nature, distinctName(item.fileName, item.dossierId));
    const file = await folder.write(path, item.content);
    if (file.isErr()) return err(file.error);
    written.push(file.value);
    onFile();
  }
  return errors.length > 0 ? err(failed(errors)) : ok(written);
}

async function pdfConfig(settings: DocumentSettings) {
  const { buildConfigRegles } = await import('@tremplin/export-pdf');
  return {
    ...(settings.regles === undefined
      ? {}
      : buildConfigRegles(settings.regles.rules, settings.regles.workflow)),
    academie: settings.academie,
    timeZone: settings.timeZone,
    ...(settings.service === undefined ? {} : { service: settings.service }),
    ...(settings.serviceJury === undefined ? {} : { serviceJury: settings.serviceJury }),
    ...(settings.etablissements === undefined ? {} : { etablissements: settings.etablissements }),
    ...(settings.disciplines === undefined ? {} : { disciplines: settings.disciplines }),
  };
}

/** The names the spreadsheets print next to codes. */
function libelles(settings: DocumentSettings) {
  return {
    libelles: {
      ...(settings.etablissements === undefined ? {} : { etablissements: settings.etablissements }),
      ...(settings.disciplines === undefined ? {} : { disciplines: settings.disciplines }),
    },
  };
}

function options(settings: DocumentSettings) {
  return {
    ...(settings.includeSensitive === undefined ? {} : { includeSensitive: settings.includeSensitive }),
    ...(settings.donneesPersonnelles === undefined
      ? {}
      : { donneesPersonnelles: settings.donneesPersonnelles }),
  };
}

/**
 * Writes the rapports de visite formative of dossiers (one PDF per visit that took place).
 *
 * @param dir - the export folder.
 * @param states - the dossiers.
 * @param at - the edition instant.
 * @param settings - académie, zone, names.
 * @returns the files, or the reasons some could not be rendered.
 */
export async function writeRapportsVisite(
  dir: string,
  states: readonly DossierState[],
  at: string,
  settings: DocumentSettings,
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createRapportVisiteExporter } = await import('@tremplin/export-pdf');
  const exporter = createRapportVisiteExporter(await pdfConfig(settings));
  const written: WrittenFile[] = [];
  const errors: { dossierId: string; error: ValidationError }[] = [];
  for (const dossier of states) {
    for (const v of dossier.visites) {
      if (v.statut !== 'realisee' || v.nature !== 'visite-formative') continue;
      const input = { dossier, visiteId: v.visiteId, at };
      const body = exporter.export(input, options(settings));
      if (body.isErr()) {
        errors.push({ dossierId: dossier.dossierId, error: body.error });
        continue;
      }
      const path = rel(
        'rapports-visite',
        fileId(dossier.dossierId),
        distinctName(exporter.fileName(input), v.visiteId),
      );
      const file = await folder.write(path, body.value);
      if (file.isErr()) return err(file.error);
      written.push(file.value);
    }
  }
  return errors.length > 0 ? err(failed(errors)) : ok(written);
}

function byCorps(states: readonly DossierState[]): Map<Corps, DossierState[]> {
  const groups = new Map<Corps, DossierState[]>();
  for (const s of states) {
    const list = groups.get(s.identite.corps) ?? [];
    list.push(s);
    groups.set(s.identite.corps, list);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Writes one jury list per corps, for the dossiers sent to the jury (the professeurs documentalistes on the
 * certifiés' list); for agrégés, the list the CAPA examines (`liste-capa-agrege-…`).
 *
 * @param dir - the export folder.
 * @param states - the dossiers (those never sent to the jury are left out).
 * @param anneeScolaire - the session.
 * @param at - the instant the lists describe.
 * @param formats - among `xlsx`, `csv`, `pdf`.
 * @param settings - académie, zone, names, personal data.
 * @param jurys - the jury of each corps, printed on the PDF list; absent: the jury that deliberated on the
 *   list's dossiers, if any did.
 * @returns the files, or why a list could not be made.
 */
export async function writeListesJury(
  dir: string,
  states: readonly DossierState[],
  anneeScolaire: string,
  at: string,
  formats: readonly ('xlsx' | 'csv' | 'pdf')[],
  settings: DocumentSettings,
  jurys: Readonly<Partial<Record<Corps, CompositionJury>>> = {},
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  // Agrégés have no jury: their dossiers sent to the recteur make the CAPA's list (arrêté MENH1411677A art. 7).
  const devant = states.filter(
    (s) => s.transmissionsJury.length > 0 || s.saisines.some((x) => x.destinataire === 'recteur'),
  );
  const written: WrittenFile[] = [];
  for (const [corps, dossiers] of byCorps(devant)) {
    for (const format of formats) {
      if (format === 'pdf') {
        const { createListeJuryExporter, formatMembresJury } = await import('@tremplin/export-pdf');
        const exporter = createListeJuryExporter(await pdfConfig(settings));
        // Agrégés have no jury (arrêté MENH1411677A): their list names none.
        const composition =
          corps === 'agrege'
            ? undefined
            : (jurys[corps] ?? dossiers.flatMap((d) => d.propositionsJury.map((p) => p.jury)).at(-1));
        const input = {
          corps,
          anneeScolaire,
          dossiers,
          at,
          ...(composition === undefined ? {} : { jury: formatMembresJury(composition) }),
        };
        const body = exporter.export(input, options(settings));
        if (body.isErr()) return err(body.error);
        const path = rel('listes-jury', exporter.fileName(input));
        const file = await folder.write(path, body.value);
        if (file.isErr()) return err(file.error);
        written.push(file.value);
      } else {
        const { createJuryListExporter } = await import('@tremplin/export-spreadsheet');
        const exporter = createJuryListExporter({ format });
        const entete = {
          academie: settings.academie,
          ...(settings.serviceJury === undefined ? {} : { service: settings.serviceJury }),
        };
        const input = {
          corps,
          anneeScolaire,
          timeZone: settings.timeZone,
          at,
          dossiers,
          entete,
          ...libelles(settings),
        };
        const body = exporter.export(input, options(settings));
        if (body.isErr()) return err(body.error);
        const path = rel('listes-jury', exporter.fileName(input));
        const file = await folder.write(path, body.value);
        if (file.isErr()) return err(file.error);
        written.push(file.value);
      }
    }
  }
  return ok(written);
}

/**
 * Writes the cohort overview (one line per dossier: state, next deadline, alerts).
 *
 * @param dir - the export folder.
 * @param dossiers - the dossiers with their evaluations.
 * @param cohorte - a name for the file.
 * @param at - the instant of the evaluations.
 * @param format - xlsx or csv.
 * @param settings - zone, personal data.
 * @returns the file, or why not.
 */
export async function writeSynthese(
  dir: string,
  dossiers: readonly EvaluatedDossier[],
  cohorte: string,
  at: string,
  format: TableFormat,
  settings: DocumentSettings,
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createCohortOverviewExporter } = await import('@tremplin/export-spreadsheet');
  const exporter = createCohortOverviewExporter({ format });
  const input = { cohorte, timeZone: settings.timeZone, at, dossiers, ...libelles(settings) };
  const body = exporter.export(input, options(settings));
  if (body.isErr()) return err(body.error);
  const path = rel('synthese', exporter.fileName(input));
  const file = await folder.write(path, body.value);
  return file.map((f) => [f]);
}

/**
 * Writes the alert list, every recipient in one table.
 *
 * @param dir - the export folder.
 * @param dossiers - the dossiers with their evaluations.
 * @param at - the instant of the evaluations.
 * @param format - xlsx or csv.
 * @param settings - zone, personal data.
 * @param suffix - a word added to the file name (the date), so that lists of several instants sit together.
 * @returns the file, or why not.
 */
export async function writeAlertes(
  dir: string,
  dossiers: readonly EvaluatedDossier[],
  at: string,
  format: TableFormat,
  settings: DocumentSettings,
  suffix = '',
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createAlertListExporter } = await import('@tremplin/export-spreadsheet');
  const exporter = createAlertListExporter({ format });
  const input = { timeZone: settings.timeZone, at, dossiers, ...libelles(settings) };
  const body = exporter.export(input, options(settings));
  if (body.isErr()) return err(body.error);
  const name = exporter.fileName(input);
  const path = rel('alertes', suffix === '' ? name : name.replace(/(\.[a-z]+)$/, `-${suffix}$1`));
  const file = await folder.write(path, body.value);
  return file.map((f) => [f]);
}

/**
 * Writes the deadline calendars: one per EPLE (for the chef d'établissement), one per tuteur, and, when asked,
 * one per stagiaire.
 *
 * @param dir - the export folder.
 * @param dossiers - the dossiers with their evaluations.
 * @param at - the export instant (every DTSTAMP).
 * @param settings - zone.
 * @param stagiaires - also write each stagiaire's calendar.
 * @returns the files, or why not.
 */
export async function writeCalendriers(
  dir: string,
  dossiers: readonly EvaluatedDossier[],
  at: string,
  settings: DocumentSettings,
  stagiaires = false,
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createEpleCalendarExporter, createStagiaireCalendarExporter, createTuteurCalendarExporter } =
    await import('@tremplin/export-calendar');
  const context = { timeZone: settings.timeZone, at, dossiers };
  const written: WrittenFile[] = [];
  const eples = [
    ...new Set(dossiers.map((d) => d.state.affectations.at(-1)?.uai ?? d.state.identite.uai)),
  ].sort();
  const eple = createEpleCalendarExporter();
  for (const uai of eples) {
    const nom = settings.etablissements?.[uai]?.nom;
    const input = { ...context, uai, ...(nom === undefined ? {} : { nom }) };
    const body = eple.export(input);
    if (body.isErr()) return err(body.error);
    const path = rel('calendriers', 'etablissements', eple.fileName(input));
    const file = await folder.write(path, body.value);
    if (file.isErr()) return err(file.error);
    written.push(file.value);
  }
  const tuteurIds = [
    ...new Set(
      dossiers.flatMap((d) =>
        d.state.acteurs.tuteurs.filter((t) => t.jusquau === null).map((t) => t.tuteur.id),
      ),
    ),
  ].sort();
  const tuteur = createTuteurCalendarExporter();
  for (const tuteurId of tuteurIds) {
    const body = tuteur.export({ ...context, tuteurId });
    if (body.isErr()) return err(body.error);
    const path = rel(
      'calendriers',
      'tuteurs',
      distinctName(tuteur.fileName({ ...context, tuteurId }), tuteurId),
    );
    const file = await folder.write(path, body.value);
    if (file.isErr()) return err(file.error);
    written.push(file.value);
  }
  if (stagiaires) {
    const stagiaire = createStagiaireCalendarExporter();
    for (const dossier of dossiers) {
      const input = { timeZone: settings.timeZone, at, dossier };
      const body = stagiaire.export(input);
      if (body.isErr()) return err(body.error);
      // Two « Payet Marie » get two calendars: the dossier names the file.
      const path = rel(
        'calendriers',
        'stagiaires',
        withSuffix(stagiaire.fileName(input), fileId(dossier.state.dossierId)),
      );
      const file = await folder.write(path, body.value);
      if (file.isErr()) return err(file.error);
      written.push(file.value);
    }
  }
  return ok(written);
}

/**
 * Writes the référentiel of 1 July 2013 as a CASE 1.1 package.
 *
 * @param dir - the export folder.
 * @param lastChangeDateTime - the instant written in every `lastChangeDateTime`.
 * @param baseUri - the base of the package's URIs, if any.
 * @param regles - the académie's resolved rules: its expected levels (`evaluation.niveauxAttendus`) and its
 *   wording of the status marks (`evaluation.mentionsStatut`) go into the rubrics; absent: no expected level
 *   and the core's marks.
 * @returns the file, or why not.
 */
export async function writeReferentielCase(
  dir: string,
  lastChangeDateTime: string,
  baseUri?: string,
  regles?: Pick<ResolvedRules, 'parameters'>,
): Promise<Result<WrittenFile[], ValidationError | FileError>> {
  const folder = openExportFolder(dir);
  const { createCaseExporter } = await import('@tremplin/export-case');
  const exporter = createCaseExporter({
    ...(baseUri === undefined ? {} : { baseUri }),
    ...(regles === undefined
      ? {}
      : {
          niveauxAttendus: regles.parameters['evaluation.niveauxAttendus'].value,
          mentionsStatut: regles.parameters['evaluation.mentionsStatut'].value,
        }),
  });
  const input = { referentiel: referentiel2013, lastChangeDateTime };
  const pkg = exporter.export(input);
  if (pkg.isErr()) return err(pkg.error);
  const path = rel('referentiel', exporter.fileName(input));
  const file = await folder.write(path, `${JSON.stringify(pkg.value, null, 2)}\n`);
  return file.map((f) => [f]);
}
