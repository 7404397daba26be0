/**
 * `tremplin verify`: checks the hash chain of every dossier of the database (or of a cohort) and lists the
 * dossiers whose log was changed outside Tremplin.
 *
 * @packageDocumentation
 */
import type { DossierFilter } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { FILTER_OPTIONS, filterOf } from '../args/filters.js';
import { positionals } from '../args/values.js';
import type { CommandContext, CommandOutput, CommandSpec } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliFailure } from '../failure.js';
import type { Style } from '../output/style.js';
import { listAll } from '../store/cohort.js';
import type { DossierStore } from '../store/open-store.js';
import { withStore } from '../store/with-store.js';

/** A dossier whose log does not match its hash chain. */
interface BrokenDossier {
  readonly dossierId: string;
  /** The first sequence missing, added or altered. */
  readonly sequence: number;
}

/** A dossier whose log could not be read at all (an event that is not JSON). */
interface UnreadableDossier {
  readonly dossierId: string;
  readonly message: string;
}

/** What `verify` found. */
interface IntegrityReport {
  /** `true` when every dossier checked is sound. */
  readonly sound: boolean;
  /** Dossiers checked. */
  readonly dossiers: number;
  /** Events checked, in the sound dossiers. */
  readonly events: number;
  readonly broken: readonly BrokenDossier[];
  readonly unreadable: readonly UnreadableDossier[];
}

/**
 * Loads every selected dossier, which checks its chain, and sorts the answers.
 *
 * @returns the report; the store's failure when it cannot be read at all (lost connection, closed).
 * @remarks One `load` per dossier after a listing: each dossier is checked on its own, so that one
 * damaged dossier does not hide the next (a cohort stream ends at its first error).
 */
async function verifyDossiers(
  ctx: CommandContext,
  store: DossierStore,
  filter: DossierFilter,
): Promise<Result<IntegrityReport, CliFailure>> {
  const summaries = await listAll(store, filter);
  if (summaries.isErr()) return err(summaries.error);
  const progress = ctx.progress('Vérification des journaux', summaries.value.length);
  const broken: BrokenDossier[] = [];
  const unreadable: UnreadableDossier[] = [];
  let events = 0;
  try {
    for (const { dossierId } of summaries.value) {
      progress.tick();
      const loaded = await store.load(dossierId);
      if (loaded.isOk()) {
        events += loaded.value.events.length;
        continue;
      }
      const failure = loaded.error;
      if (failure.kind === 'not-found') continue; // Deleted through Tremplin since the listing.
      if (failure.kind === 'store' && failure.code === 'integrity') {
        broken.push({ dossierId, sequence: failure.sequence ?? 1 });
      } else if (failure.kind === 'store' && failure.code === 'corrupt') {
        unreadable.push({ dossierId, message: failure.message });
      } else return err(failure);
    }
  } finally {
    progress.done();
  }
  const sound = broken.length === 0 && unreadable.length === 0;
  return ok({ sound, dossiers: summaries.value.length, events, broken, unreadable });
}

/** The lines for people. */
function renderReport(report: IntegrityReport, s: Style): string[] {
  if (report.sound) {
    return [
      `${s('green', 'Base intègre')} : ${report.dossiers} dossier(s) et ${report.events} événement(s) vérifiés ; aucun journal n’a été modifié hors de Tremplin.`,
    ];
  }
  const lines = report.broken.map(
    (b) =>
      `${s('red', '✗')} Dossier ${b.dossierId} : journal modifié hors de Tremplin, première séquence altérée ${b.sequence}.`,
  );
  for (const u of report.unreadable) lines.push(`${s('red', '✗')} Dossier ${u.dossierId} : ${u.message}`);
  const bad = report.broken.length + report.unreadable.length;
  lines.push(
    '',
    `${s('bold', String(bad))} dossier(s) sur ${report.dossiers} ne sont pas intègres. Restaurez-les depuis une sauvegarde antérieure, puis relancez « tremplin verify ».`,
  );
  return lines;
}

/** The `verify` command. */
export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'Vérifie qu’aucun journal de dossier n’a été modifié hors de Tremplin (chaîne d’empreintes).',
  usage: ['tremplin verify [--academie code] [--annee AAAA-AAAA] …'],
  description: [
    'Chaque événement est enregistré avec l’empreinte SHA-256 de son prédécesseur et de lui-même ; la fiche du',
    'dossier garde la dernière. La commande relit chaque dossier et recalcule la chaîne : un événement modifié,',
    'supprimé ou ajouté hors de Tremplin est signalé avec sa première séquence altérée.',
    `Code de sortie : ${EXIT.ok} si tout est intègre, ${EXIT.integrity} si un dossier ne l’est pas, ${EXIT.store} si la base est illisible.`,
    'Limite : un dossier supprimé en entier, ou réécrit avec une chaîne recalculée, ne se voit pas ;',
    'gardez une sauvegarde hors de la base.',
  ],
  options: { ...FILTER_OPTIONS },
  examples: [
    'tremplin verify',
    'tremplin verify --json',
    'tremplin verify --academie reunion --annee 2022-2023',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 0, 0, 'tremplin verify [filtres]');
    if (pos.isErr()) return err(pos.error);
    const filter = filterOf(args);
    return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
      const report = await verifyDossiers(ctx, store, filter);
      if (report.isErr()) return err(report.error);
      return ok({
        json: report.value,
        human: (s) => renderReport(report.value, s),
        ...(report.value.sound ? {} : { exitCode: EXIT.integrity }),
      });
    });
  },
};
