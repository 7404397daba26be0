/**
 * `tremplin status`: one dossier at a glance, or a cohort as a table with its count by state.
 *
 * @packageDocumentation
 */
import {
  type DossierFilter,
  type DossierState,
  type DossierSummary,
  listTuteursActuels,
  summarizeDossier,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { FILTER_OPTIONS, filterOf } from '../args/filters.js';
import { resolveAt } from '../args/instant.js';
import { flag, positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { calendrierAbsentJson, calendrierAbsentWarnings } from '../config/missing-calendrier.js';
import type { Libelles } from '../config/types.js';
import type { CliFailure } from '../failure.js';
import { academieLabel, corpsLabel, etatLabel } from '../output/labels.js';
import { collectLibelles, findLibelleDiscipline, formatEtablissement } from '../output/libelles.js';
import { renderDonneesPersonnelles, showDonneesPersonnelles } from '../output/redact.js';
import { renderTable } from '../output/table.js';
import {
  type Cutoff,
  type DossierEcarte,
  listAll,
  loadState,
  loadStates,
  reportEcartes,
} from '../store/cohort.js';
import type { DossierStore } from '../store/open-store.js';
import { withStore } from '../store/with-store.js';
import { getAnneeScolaireCourante } from '../workflow/annee-scolaire.js';
import { overviewOf, renderOverview } from './dossier-overview.js';
import { atOf } from './evaluation-scope.js';

const USAGE = 'tremplin status [dossier] [--academie code] [--annee AAAA-AAAA] [--etat état] …';

/**
 * The listing summaries of the dossiers as they were at an instant (folded from their logs up to it).
 *
 * @param store - the store.
 * @param filter - which dossiers (on their current summary).
 * @param cutoff - the instant by académie.
 * @returns the summaries, with `lastSequence` the last event at that instant.
 */
async function summariesAsOf(
  store: DossierStore,
  filter: DossierFilter,
  cutoff: Cutoff,
): Promise<
  Result<
    { summaries: DossierSummary[]; ecartes: readonly DossierEcarte[]; states: readonly DossierState[] },
    CliFailure
  >
> {
  const loaded = await loadStates(store, filter, cutoff);
  if (loaded.isErr()) return err(loaded.error);
  const { states, ecartes } = loaded.value;
  return ok({
    summaries: states.map((s) => ({ ...summarizeDossier(s), lastSequence: s.sequence })),
    ecartes,
    states,
  });
}

/**
 * What the cohort table prints instead of codes: the EPLE names and discipline labels the dossiers carry (after
 * the configuration's), and each dossier's tuteurs by name.
 *
 * @param states - the dossiers read (a dossier that could not be read keeps its codes).
 * @param libelles - the configuration's labels.
 * @returns the labels and the tuteurs' names by dossier.
 */
function namesOf(
  states: readonly DossierState[],
  libelles: Libelles,
): { libelles: Libelles; tuteurs: ReadonlyMap<string, string> } {
  const tuteurs = new Map(
    states.map((st) => [
      st.dossierId,
      listTuteursActuels(st)
        .map((t) => `${t.prenom} ${t.nom}`)
        .join(', '),
    ]),
  );
  return { libelles: collectLibelles(states, libelles), tuteurs };
}

/** The `status` command. */
export const statusCommand: CommandSpec = {
  name: 'status',
  summary: 'L’état d’un dossier, ou la liste d’une cohorte avec le décompte par état.',
  usage: ['tremplin status <dossier> [--sensitive]', USAGE],
  description: [
    'Avec un identifiant : le dossier en détail (année de stage, acteurs, visites, bilans, avis, alertes,',
    'congés, décisions) et ce qui manque avant le jury. Sans identifiant : les dossiers choisis par les filtres.',
    'En JSON, l’état complet du dossier est donné. NUMEN, date de naissance et courriel ne sont ni dans le journal',
    'ni dans l’état : ils sont lus au registre des personnes et montrés seulement avec --sensitive.',
  ],
  options: {
    ...FILTER_OPTIONS,
    sensitive: {
      type: 'boolean',
      description: 'montrer NUMEN, date de naissance et courriel (registre des personnes)',
    },
    at: {
      type: 'string',
      value: 'instant',
      description: 'les dossiers tels qu’ils étaient à cet instant (défaut : maintenant)',
    },
  },
  examples: [
    'tremplin status D-2022-0042',
    'tremplin status --academie reunion --etat en-stage',
    'tremplin status --json --corps cpe',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 0, 1, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [dossierId] = pos.value;
    const at = atOf(ctx, args);
    if (at.isErr()) return err(at.error);
    const config = await ctx.config();
    if (config.isErr()) return err(config.error);
    const provider = config.value.rules;
    const spec = at.value;
    // With --at, the dossiers as they were at that instant; without, as they are.
    const cutoff =
      stringOption(args, 'at') === undefined
        ? undefined
        : (academie: string) => resolveAt(spec, provider.timeZoneOf(academie));
    return withStore<CommandOutput>(ctx, 'existing', async ({ store, personnes }) => {
      if (dossierId !== undefined) {
        const state = await loadState(store, dossierId, cutoff);
        if (state.isErr()) return err(state.error);
        // The rules of the year the dossier is in now (a renewed stagiaire's second year), as deadlines reads.
        const rules = provider.rulesFor(state.value.identite.academie, getAnneeScolaireCourante(state.value));
        const overview = overviewOf(
          state.value,
          rules.isOk() ? rules.value.workflow : null,
          config.value.libelles,
        );
        if (!flag(args, 'sensitive')) {
          return ok({
            json: { overview, state: state.value, ...calendrierAbsentJson(rules) },
            ...calendrierAbsentWarnings(rules),
            human: (s) => renderOverview(overview, s),
          });
        }
        // Only now, and only for this stagiaire, are the personal data read from the register.
        const fiche = await personnes.get(state.value.identite.stagiaire.id);
        if (fiche.isErr()) return err(fiche.error);
        const donneesPersonnelles = showDonneesPersonnelles(fiche.value);
        return ok({
          json: { overview, state: state.value, donneesPersonnelles, ...calendrierAbsentJson(rules) },
          ...calendrierAbsentWarnings(rules),
          human: (s) => [
            ...renderOverview(overview, s),
            ...renderDonneesPersonnelles(donneesPersonnelles, s),
          ],
        });
      }
      const filter = filterOf(args);
      const read =
        cutoff === undefined
          ? (await listAll(store, filter)).map((summaries) => ({ summaries, ecartes: [], states: null }))
          : await summariesAsOf(store, filter, cutoff);
      if (read.isErr()) return err(read.error);
      const { summaries, ecartes } = read.value;
      // Names are for people: the dossiers are read once, and not at all for --json (which keeps the codes).
      const states =
        read.value.states ??
        (ctx.json ? [] : (await loadStates(store, filter)).map((l) => l.states).unwrapOr([]));
      const noms = namesOf(states, config.value.libelles);
      const parEtat: Record<string, number> = {};
      for (const d of summaries) parEtat[d.etat] = (parEtat[d.etat] ?? 0) + 1;
      return ok({
        ...reportEcartes(ecartes),
        json: { filter, count: summaries.length, byEtat: parEtat, dossiers: summaries, ecartes },
        human: (s) => [
          ...renderTable(
            [
              { header: 'Dossier', value: (d) => d.dossierId },
              { header: 'Académie', value: (d) => academieLabel(d.academie) },
              { header: 'Année', value: (d) => d.anneeScolaire },
              { header: 'Corps', value: (d) => corpsLabel(d.corps) },
              {
                header: 'Discipline',
                value: (d) =>
                  d.discipline === undefined
                    ? ''
                    : (findLibelleDiscipline(d.discipline, noms.libelles) ?? d.discipline),
                maxWidth: 28,
              },
              { header: 'EPLE', value: (d) => formatEtablissement(d.uai, noms.libelles), maxWidth: 40 },
              {
                header: 'Tuteur(s)',
                value: (d) => noms.tuteurs.get(d.dossierId) ?? d.tuteurIds.join(', '),
                maxWidth: 30,
              },
              { header: 'État', value: (d) => etatLabel(d.etat) },
            ],
            summaries,
            s,
          ),
          '',
          summaries.length === 0
            ? 'Aucun dossier ne correspond (voir « tremplin import » ou « tremplin demo »).'
            : `${s('bold', String(summaries.length))} dossier(s) : ${Object.entries(parEtat)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([e, n]) => `${etatLabel(e)} ${n}`)
                .join(' · ')}`,
        ],
      });
    });
  },
};
