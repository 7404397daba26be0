/**
 * `tremplin export <document>`: the documents of the export packages for one dossier or a cohort, written to a
 * folder.
 *
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import {
  type DonneesPersonnelles,
  type DossierState,
  findAcademie,
  formatInstant,
  type RegistrePersonnes,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { FILTER_OPTIONS } from '../args/filters.js';
import { resolveAt } from '../args/instant.js';
import { flag, listOption, positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { EXIT } from '../exit-codes.js';
import {
  type DocumentSettings,
  writeAlertes,
  writeCalendriers,
  writeFichesBilans,
  writeListesJury,
  writeRapportsVisite,
  writeReferentielCase,
  writeSynthese,
} from '../exports/documents.js';
import type { WrittenFile } from '../exports/write-body.js';
import { type CliFailure, usage } from '../failure.js';
import { collectLibelles } from '../output/libelles.js';
import { withStore } from '../store/with-store.js';
import { getAnneeScolaireCourante } from '../workflow/annee-scolaire.js';
import { atOf, evaluationScope, type Scope } from './evaluation-scope.js';

/** The documents `export` writes, with their formats (the first is the default). */
export const EXPORT_DOCUMENTS = {
  'fiches-bilans': ['pdf'],
  'rapports-visite': ['pdf'],
  'liste-jury': ['xlsx', 'csv', 'pdf'],
  synthese: ['xlsx', 'csv'],
  alertes: ['xlsx', 'csv'],
  calendriers: ['ics'],
  referentiel: ['case'],
} as const;

type DocumentName = keyof typeof EXPORT_DOCUMENTS;
const NAMES = [...(Object.keys(EXPORT_DOCUMENTS) as DocumentName[]), 'tout'] as const;
const USAGE = `tremplin export <${NAMES.join('|')}> [dossier] [--out dossier] [--format f] [--at instant] [filtres]`;
const SENSIBLES = ['numen', 'dateNaissance', 'courriel'];

function academieLabel(code: string): string {
  const nom = findAcademie(code)?.nom ?? code;
  return code === 'reunion' ? 'Académie de La Réunion' : `Académie de ${nom}`;
}

async function write(
  name: DocumentName,
  format: string,
  dir: string,
  scope: Scope,
  at: string,
  settings: DocumentSettings,
  nature: 'intermediaire' | 'final',
  stagiaires: boolean,
): Promise<Result<WrittenFile[], CliFailure>> {
  const states = scope.states;
  const evaluated = scope.evaluations.dossiers;
  const annee = states[0]?.identite.anneeScolaire ?? '';
  switch (name) {
    case 'fiches-bilans':
      return writeFichesBilans(dir, states, nature, at, settings);
    case 'rapports-visite':
      return writeRapportsVisite(dir, states, at, settings);
    case 'liste-jury':
      return writeListesJury(dir, states, annee, at, [format as 'xlsx' | 'csv' | 'pdf'], settings);
    case 'synthese':
      return writeSynthese(
        dir,
        evaluated,
        `${states[0]?.identite.academie ?? 'cohorte'}-${annee}`,
        at,
        format as 'xlsx' | 'csv',
        settings,
      );
    case 'alertes':
      return writeAlertes(dir, evaluated, at, format as 'xlsx' | 'csv', settings);
    case 'calendriers':
      return writeCalendriers(dir, evaluated, at, settings, stagiaires);
    case 'referentiel':
      return writeReferentielCase(dir, at, undefined, settings.regles?.rules);
  }
}

/**
 * The personal data of the exported stagiaires, from the register of persons.
 *
 * @param personnes - the register.
 * @param states - the dossiers exported.
 * @returns the records by stagiaire id (a stagiaire without one is absent).
 */
async function readDonnees(
  personnes: RegistrePersonnes,
  states: readonly DossierState[],
): Promise<Result<ReadonlyMap<string, DonneesPersonnelles>, CliFailure>> {
  const out = new Map<string, DonneesPersonnelles>();
  for (const id of new Set(states.map((s) => s.identite.stagiaire.id))) {
    const fiche = await personnes.get(id);
    if (fiche.isErr()) return err(fiche.error);
    if (fiche.value !== null) {
      const { numen, dateNaissance, courriel } = fiche.value;
      out.set(id, { numen, dateNaissance, courriel });
    }
  }
  return ok(out);
}

/** The `export` command. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary:
    'Écrit les documents : fiches bilans, listes du jury, synthèse, alertes, calendriers, référentiel.',
  usage: [USAGE],
  description: [
    'Documents : fiches-bilans (PDF, --nature intermediaire|final), rapports-visite (PDF, un par visite formative),',
    'liste-jury (xlsx, csv, pdf ; un fichier par corps, dossiers transmis au jury), synthese et alertes (xlsx, csv),',
    'calendriers (ics : un par EPLE et par tuteur, --stagiaires pour un par stagiaire), referentiel (CASE 1.1, JSON),',
    'tout (chacun dans son format par défaut). Les dossiers sont lus tels qu’ils étaient à --at (défaut : maintenant),',
    'qui est aussi la date d’édition. NUMEN, date de naissance et courriel n’apparaissent qu’avec --sensitive.',
  ],
  options: {
    ...FILTER_OPTIONS,
    out: { type: 'string', value: 'dossier', description: 'dossier où écrire (défaut ./exports)' },
    format: { type: 'string', value: 'format', description: 'xlsx, csv, pdf… selon le document' },
    at: {
      type: 'string',
      value: 'instant',
      description: 'état des dossiers et date d’édition (défaut : maintenant)',
    },
    nature: {
      type: 'string',
      value: 'nature',
      description: 'fiches bilans : intermediaire ou final (défaut final)',
    },
    stagiaires: { type: 'boolean', description: 'calendriers : aussi un calendrier par stagiaire' },
    sensitive: {
      type: 'string',
      multiple: true,
      value: 'champs',
      description: `données personnelles à inclure (${SENSIBLES.join(', ')})`,
    },
  },
  examples: [
    'tremplin export fiches-bilans --academie reunion --nature intermediaire --at 2022-12-01 --out fiches',
    'tremplin export liste-jury --format pdf --corps certifie',
    'tremplin export calendriers D-0042 --stagiaires',
    'tremplin export tout --academie reunion --out exports-2023-06-30',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 1, 2, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [what = '', dossierId] = pos.value;
    if (!(NAMES as readonly string[]).includes(what))
      return err(usage(`Document inconnu « ${what} ».`, USAGE));
    const names: DocumentName[] =
      what === 'tout' ? (Object.keys(EXPORT_DOCUMENTS) as DocumentName[]) : [what as DocumentName];
    const format = stringOption(args, 'format');
    if (format !== undefined) {
      if (what === 'tout')
        return err(
          usage('--format ne s’emploie pas avec « tout » : chaque document a son format par défaut.'),
        );
      const allowed: readonly string[] = EXPORT_DOCUMENTS[what as DocumentName];
      if (!allowed.includes(format))
        return err(
          usage(`--format : « ${format} » impossible pour ${what}.`, `Formats : ${allowed.join(', ')}.`),
        );
    }
    const nature = stringOption(args, 'nature') ?? 'final';
    if (nature !== 'final' && nature !== 'intermediaire')
      return err(usage(`--nature : « ${nature} » inconnu.`, 'intermediaire ou final.'));
    const sensitive = listOption(args, 'sensitive');
    const unknown = sensitive.filter((x) => !SENSIBLES.includes(x));
    if (unknown.length > 0)
      return err(
        usage(`--sensitive : « ${unknown.join(', ')} » inconnu.`, `Champs : ${SENSIBLES.join(', ')}.`),
      );
    const dir = resolve(ctx.io.cwd, stringOption(args, 'out') ?? 'exports');
    if (what === 'referentiel') {
      // The référentiel needs no database: it is the core's data.
      const at = atOf(ctx, args);
      if (at.isErr()) return err(at.error);
      const instant = formatInstant(resolveAt(at.value, 'Europe/Paris'), 'Europe/Paris');
      const written = await writeReferentielCase(dir, instant);
      if (written.isErr()) return err(written.error);
      const files = written.value;
      return ok({
        json: { folder: dir, at: instant, files },
        human: (s) => [
          `${s('green', '✓')} ${files.map((f) => f.path).join(', ')} écrit dans ${s('bold', dir)}`,
        ],
      });
    }
    return withStore<CommandOutput>(ctx, 'existing', async ({ store, personnes }) => {
      const scope = await evaluationScope(ctx, store, args, dossierId);
      if (scope.isErr()) return err(scope.error);
      const academies = [...new Set(scope.value.states.map((s) => s.identite.academie))];
      const academie = academies[0];
      if (academies.length > 1) {
        return err(
          usage(
            `Les dossiers choisis relèvent de ${academies.length} académies (${academies.join(', ')}).`,
            'Choisissez-en une avec --academie.',
          ),
        );
      }
      if (academie === undefined && names.some((n) => n !== 'referentiel')) {
        return err({
          kind: 'not-found',
          message: 'Aucun dossier ne correspond à cette sélection à cet instant.',
          id: what,
        });
      }
      const zone = academie === undefined ? 'Europe/Paris' : scope.value.rules.timeZoneOf(academie);
      const at = formatInstant(resolveAt(scope.value.at, zone), zone);
      // The académie's rules for the session: status marks, expected levels, training sessions, workflow.
      // The year the first evaluated dossier is in now (a renewed stagiaire's second year has its own calendar).
      const first = scope.value.evaluations.dossiers[0]?.state ?? scope.value.states[0];
      const annee = first === undefined ? undefined : getAnneeScolaireCourante(first);
      const year =
        academie === undefined || annee === undefined
          ? undefined
          : scope.value.rules.rulesFor(academie, annee);
      // Personal data are read from the register only when --sensitive names some, for these stagiaires.
      const donnees = sensitive.length > 0 ? await readDonnees(personnes, scope.value.states) : ok(undefined);
      if (donnees.isErr()) return err(donnees.error);
      // The names staff read: the dossiers' own (given at import), then the configuration's.
      const config = await ctx.config();
      if (config.isErr()) return err(config.error);
      const { etablissements, disciplines } = collectLibelles(scope.value.states, config.value.libelles);
      const settings: DocumentSettings = {
        academie: config.value.documents.academie ?? academieLabel(academie ?? ''),
        serviceJury: config.value.documents.serviceJury,
        etablissements,
        disciplines,
        timeZone: zone,
        ...(sensitive.length > 0 ? { includeSensitive: sensitive } : {}),
        ...(donnees.value === undefined ? {} : { donneesPersonnelles: donnees.value }),
        ...(year?.isOk() === true ? { regles: year.value.compiled } : {}),
      };
      const files: WrittenFile[] = [];
      for (const name of names) {
        const written = await write(
          name,
          format ?? EXPORT_DOCUMENTS[name][0],
          dir,
          scope.value,
          at,
          settings,
          nature,
          flag(args, 'stagiaires'),
        );
        if (written.isErr()) return err(written.error);
        files.push(...written.value);
      }
      const skipped = scope.value.evaluations.skipped;
      return ok({
        ...(scope.value.unread > 0 ? { exitCode: EXIT.integrity } : {}),
        json: { folder: dir, at, files, skipped },
        warnings: skipped.map(
          (x) =>
            `Dossier ${x.dossierId} non évalué (absent des synthèses, alertes et calendriers) : ${x.error.message}`,
        ),
        human: (s) => [
          `${s('green', '✓')} ${files.length} fichier(s) écrit(s) dans ${s('bold', dir)} (état au ${at}) :`,
          ...files
            .slice(0, 40)
            .map((f) => `  ${f.path}  ${s('dim', `${Math.max(1, Math.round(f.bytes / 1024))} Kio`)}`),
          ...(files.length > 40 ? [`  … et ${files.length - 40} autre(s) (--json pour la liste)`] : []),
          ...(files.length === 0
            ? [
                s(
                  'yellow',
                  '  Rien à écrire pour cette sélection (pas de bilan, pas de dossier transmis au jury…).',
                ),
              ]
            : []),
        ],
      });
    });
  },
};
