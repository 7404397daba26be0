/**
 * The demo from end to end: simulate the year into the store, write the exports, build the report.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegistrePersonnes } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { DEFAULT_SERVICE_JURY } from '../config/types.js';
import {
  type DocumentSettings,
  writeAlertes,
  writeCalendriers,
  writeFichesBilans,
  writeListesJury,
  writeReferentielCase,
  writeSynthese,
} from '../exports/documents.js';
import type { WrittenFile } from '../exports/write-body.js';
import type { CliFailure } from '../failure.js';
import type { Progress } from '../output/progress.js';
import type { DossierStore } from '../store/open-store.js';
import type { RulesProvider } from '../workflow/rules.js';
import { ANNEE } from './cohort.js';
import { LIBELLES_DISCIPLINES } from './data.js';
import { buildReport, type DemoReport, type ReportedFile } from './report.js';
import { type Simulation, SNAPSHOTS, simulateYear, ZONE } from './simulate.js';

// Durations are shown on stderr only: they never enter the report, which must not depend on the machine.
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** What the demo needs besides the store. */
export interface DemoRun {
  readonly seed: number;
  readonly stagiaires: number;
  /** The folder the exports go to (`<folder>/exports`) and `resume.json`. */
  readonly folder: string;
  /** The folder as printed. */
  readonly folderLabel: string;
  readonly rules: RulesProvider;
  /** The register of persons, beside the store. */
  readonly personnes: RegistrePersonnes;
  /** Starts a progress bar. */
  progress(label: string, total: number): Progress;
  /** Tells what is being done (stderr). */
  note(line: string): void;
}

async function exportsOf(
  sim: Simulation,
  dir: string,
  run: DemoRun,
): Promise<Result<WrittenFile[], CliFailure>> {
  // The académie's rules for the year: status marks, expected levels (only if its pack sets them), sessions.
  const year = run.rules.rulesFor('reunion', ANNEE);
  if (year.isErr()) return err(year.error);
  const settings: DocumentSettings = {
    academie: 'Académie de La Réunion',
    // The EAFC runs the training (Réunion guide 2022-2023): it heads the fiches and rapports; the rectorat's
    // personnel division runs the jury (arrêté MENH1411675A art. 4): it heads the jury lists.
    service: 'École académique de la formation continue',
    serviceJury: DEFAULT_SERVICE_JURY,
    timeZone: ZONE,
    etablissements: Object.fromEntries(
      sim.cohort.etablissements.map((e) => [e.uai, { nom: e.nom, commune: e.commune }]),
    ),
    disciplines: LIBELLES_DISCIPLINES,
    regles: year.value.compiled,
  };
  const fin = sim.snapshots.fin;
  const files: WrittenFile[] = [];
  // About one fiche per dossier and nature (a renewed stagiaire has one per year of stage).
  const intermediaires = sim.states.filter((s) => s.bilans.some((b) => b.nature === 'intermediaire'));
  const finales = sim.states.filter((s) => s.bilans.some((b) => b.nature === 'final') || s.avis.length > 0);
  const bar = run.progress('Fiches bilans (PDF)', intermediaires.length + finales.length);
  for (const nature of ['intermediaire', 'final'] as const) {
    const written = await writeFichesBilans(dir, sim.states, nature, fin.at, settings, () => bar.tick());
    if (written.isErr()) return err(written.error);
    files.push(...written.value);
  }
  bar.done();
  const steps: [string, () => Promise<Result<WrittenFile[], CliFailure>>][] = [
    [
      'listes du jury (XLSX, PDF)',
      () =>
        writeListesJury(
          dir,
          sim.snapshots.jury.dossiers.map((d) => d.state),
          ANNEE,
          sim.snapshots.jury.at,
          ['xlsx', 'pdf'],
          settings,
          sim.cohort.compositions,
        ),
    ],
    [
      'calendriers (ICS)',
      () => writeCalendriers(dir, sim.snapshots.rentree.dossiers, sim.snapshots.rentree.at, settings),
    ],
    [
      'alertes (XLSX)',
      () =>
        writeAlertes(
          dir,
          sim.snapshots.bilans.dossiers,
          sim.snapshots.bilans.at,
          'xlsx',
          settings,
          SNAPSHOTS.bilans,
        ),
    ],
    [
      'synthèse de la cohorte (XLSX)',
      () => writeSynthese(dir, fin.dossiers, `reunion-${ANNEE}`, fin.at, 'xlsx', settings),
    ],
    ['référentiel (CASE)', () => writeReferentielCase(dir, fin.at, undefined, year.value.compiled.rules)],
  ];
  for (const [label, step] of steps) {
    run.note(`  · ${label}`);
    const written = await step();
    if (written.isErr()) return err(written.error);
    files.push(...written.value);
  }
  return ok(files);
}

/**
 * Runs the demo.
 *
 * @param store - an empty store.
 * @param run - seed, size, folder, rules, progress.
 * @returns the report, or the first failure.
 */
export async function runDemo(store: DossierStore, run: DemoRun): Promise<Result<DemoReport, CliFailure>> {
  const t0 = performance.now();
  run.note(`Simulation de l’année 2022-2023 (${run.stagiaires} stagiaires, graine ${run.seed})…`);
  const sim = await simulateYear(store, run.personnes, run.rules, run.seed, run.stagiaires, run.progress);
  if (sim.isErr()) return err(sim.error);
  const t1 = performance.now();
  run.note(`  simulée en ${seconds(t1 - t0)} ; exports…`);
  const dir = join(run.folder, 'exports');
  const written = await exportsOf(sim.value, dir, run);
  if (written.isErr()) return err(written.error);
  const files: ReportedFile[] = [];
  for (const f of [...written.value].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const bytes = await readFile(join(dir, f.path));
    files.push({ ...f, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  run.note(`  exports écrits en ${seconds(performance.now() - t1)}`);
  const report = buildReport(run.seed, sim.value, `${run.folderLabel}/exports`, files);
  await writeFile(join(run.folder, 'resume.json'), `${JSON.stringify(report, null, 2)}\n`);
  return ok(report);
}
