/**
 * Dossier fixtures for tests: a named, opened dossier and a full year, built by running commands through
 * `transition` and folding their events the way a store and the service do.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { Acteur } from '../dossier/acteurs.js';
import type { CompositionJury } from '../dossier/chaine.js';
import type { Corps } from '../dossier/corps.js';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier, type SequencedEvent } from '../dossier/fold.js';
import type { DossierIdentite } from '../dossier/identite.js';
import type { DossierState } from '../dossier/state.js';
import type { NatureBilan } from '../dossier/vocabulaire.js';
import type { ValidationError } from '../errors.js';
import type { PositionnementInput } from '../referentiel/positionnement.js';
import type { Command } from '../workflow/commands.js';
import type { TransitionError } from '../workflow/contexte-decision.js';
import { selectGrilleEtEchelle, type UsagePositionnement } from '../workflow/positionnements.js';
import type { WorkflowRules } from '../workflow/regles.js';
import {
  acteurs,
  compositionJury,
  identite,
  le,
  listEntreesCompletes,
  niveauLePlusHaut,
  regles,
} from '../workflow/testing/fixtures.js';
import { transition } from '../workflow/transition.js';

/**
 * A dossier built for a test: its events numbered from 1 as a store holds them, and the state they fold into.
 *
 * @category Fixtures
 */
export interface DossierFixture {
  readonly events: readonly SequencedEvent[];
  readonly state: DossierState;
}

/**
 * What the dossier builders accept.
 *
 * @category Fixtures
 */
export interface DossierFixtureOptions {
  /** Fields of the identity to change (see {@link buildDossierIdentite} for the defaults). */
  readonly identite?: Partial<DossierIdentite>;
  /** The workflow rules the commands run under; the national rules read in La Réunion's time zone by default. */
  readonly rules?: WorkflowRules;
}

/**
 * The actors of the fixtures, with the scope their role needs (the rectorat, the stagiaire, two tuteurs, the
 * chef d'établissement, inspecteur, INSPÉ formateur and director, the jury; the ministre, an inspecteur général,
 * the agrégés' CAPA and CAPN, the certifiés' CAPA, a conseil de discipline and a conseil médical), of La Réunion
 * where the role has an académie.
 *
 * @remarks Their ids are those the fixture dossiers name: `buildDossierNomme` assigns `tut-1`, `chef-1`,
 * `ipr-1`, `form-1` and `dir-1`.
 * @category Fixtures
 */
export const ACTEURS_FIXTURE: Readonly<
  Record<
    | 'rectorat'
    | 'stagiaire'
    | 'tuteur'
    | 'tuteur2'
    | 'chef'
    | 'inspecteur'
    | 'formateur'
    | 'directeur'
    | 'jury'
    | 'ministre'
    | 'inspecteurGeneral'
    | 'capa'
    | 'capn'
    | 'capaCertifies'
    | 'conseilDiscipline'
    | 'conseilMedical',
    Acteur
  >
> = acteurs;

/**
 * Folds events into a fixture, numbering them from 1 like a store would.
 *
 * @remarks For store and host tests that append events built by hand (see `buildEvenementsOuverture` and the
 * other event builders) without the workflow deciding them.
 * @returns the fixture, or the fold's error when the events do not make a coherent dossier.
 * @category Fixtures
 */
export function foldEvenements(events: readonly DossierEvent[]): Result<DossierFixture, ValidationError> {
  const sequenced = events.map((event, i) => ({ sequence: i + 1, event }));
  return foldDossier(sequenced).map((state) => ({ events: sequenced, state }));
}

/**
 * A jury académique that the `jury.composition` guard accepts: `n` members (president included, 6 by default),
 * the president first, a vice-president, members from the text's categories, none assigned to the INSPÉ.
 *
 * @remarks Arrêté MENH1411675A art. 4.
 * @category Fixtures
 */
export const buildCompositionJury: (corps?: Corps, n?: number) => CompositionJury = compositionJury;

/**
 * Runs one command on a fixture (or on no dossier, for `dossier.ouvrir`) and folds its events.
 *
 * @remarks What the service's `execute` does without a store: decide, number, fold. The fixture given is left
 * unchanged.
 * @param fixture - the dossier so far, or `null` before it is opened.
 * @param command - the command.
 * @param context - who issues it, when (ISO 8601 with an offset), under which rules.
 * @returns the fixture with the command's events appended, or the refusal.
 * @category Fixtures
 */
export function applyCommande(
  fixture: DossierFixture | null,
  command: Command,
  context: { readonly acteur: Acteur; readonly now: string; readonly rules?: WorkflowRules },
): Result<DossierFixture, TransitionError> {
  const before = fixture?.events ?? [];
  const rules = context.rules ?? regles;
  return transition(fixture?.state ?? null, command, { acteur: context.acteur, now: context.now, rules })
    .map((events) => [...before, ...events.map((event, i) => ({ sequence: before.length + i + 1, event }))])
    .andThen((events) => foldDossier(events, null).map((state) => ({ events, state })));
}

/**
 * A complete positionnement on the dossier's grid and scale for a usage: every item (every competency of a block
 * without items) at one level.
 *
 * @param state - the dossier (its corps and school year choose the grid).
 * @param usage - what the positionnement is for (the scale depends on it).
 * @param options - the level (the scale's highest rating by default) and the rules.
 * @returns the positionnement, or why the rules name no usable grid or scale.
 * @category Fixtures
 */
export function buildPositionnementComplet(
  state: DossierState,
  usage: UsagePositionnement,
  options: { readonly niveau?: string; readonly rules?: WorkflowRules } = {},
): Result<PositionnementInput, ValidationError> {
  return selectGrilleEtEchelle(state, usage, { regles: options.rules ?? regles }).map(
    ({ grille, echelle }) => {
      const niveau = options.niveau ?? niveauLePlusHaut(echelle);
      return {
        grilleId: grille.id,
        echelleId: echelle.id,
        entries: listEntreesCompletes(grille, niveau),
      };
    },
  );
}

/**
 * The `bilan.deposer` command of an assessor, with a complete positionnement.
 *
 * @remarks Not to be confused with `buildEvenementBilan`, the `bilan.depose` event a store records.
 * @param state - the dossier.
 * @param bilan - the bilan's nature, id, date and level of every competency (the scale's expected one by default).
 * @param rules - the workflow rules (the fixtures' by default).
 * @returns the command, or why no grid or scale applies.
 * @category Fixtures
 */
export function buildCommandeBilan(
  state: DossierState,
  bilan: {
    readonly nature: NatureBilan;
    readonly bilanId: string;
    readonly date: string;
    readonly niveau?: string;
  },
  rules?: WorkflowRules,
): Result<Command, ValidationError> {
  const usage = bilan.nature === 'final' ? 'bilan-final' : 'bilan-intermediaire';
  const options = {
    ...(bilan.niveau === undefined ? {} : { niveau: bilan.niveau }),
    ...(rules ? { rules } : {}),
  };
  return buildPositionnementComplet(state, usage, options).map((positionnement) => ({
    type: 'bilan.deposer',
    bilanId: bilan.bilanId,
    nature: bilan.nature,
    date: bilan.date,
    positionnement,
    appreciation: `Bilan ${bilan.nature} (${bilan.bilanId}).`,
  }));
}

/**
 * A dossier opened on 15 July 2022 and nominated on 1 September 2022: one tuteur, the chef d'établissement,
 * inspecteur, INSPÉ formateur and director assigned.
 *
 * @remarks A certifié of mathematics, master MEEF, full time in a collège of La Réunion (see
 * {@link buildDossierIdentite}); commands are issued at 10:00 Réunion time by {@link ACTEURS_FIXTURE}.
 * @returns the fixture, or the refusal when the options make the commands invalid.
 * @category Fixtures
 */
export function buildDossierNomme(
  options: DossierFixtureOptions = {},
): Result<DossierFixture, TransitionError> {
  const rules = options.rules ?? regles;
  const ouvrir: Command = {
    type: 'dossier.ouvrir',
    dossierId: 'dos-1',
    identite: identite(options.identite),
    acteurs: {
      tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
      chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
      inspecteur: { id: 'ipr-1', nom: 'Técher', prenom: 'Paul' },
      formateursInspe: [{ id: 'form-1', nom: 'Fontaine', prenom: 'Léa' }],
      directeurInspe: { id: 'dir-1', nom: 'Maillot', prenom: 'Luc' },
    },
  };
  return applyCommande(null, ouvrir, { acteur: acteurs.rectorat, now: le('2022-07-15'), rules }).andThen(
    (opened) =>
      applyCommande(
        opened,
        { type: 'nomination.prononcer' },
        { acteur: acteurs.rectorat, now: le('2022-09-01'), rules },
      ),
  );
}

type Step = readonly [
  acteur: Acteur,
  jour: string,
  command: (state: DossierState) => Result<Command, TransitionError>,
];

function yearSteps(sens: 'favorable' | 'defavorable', rules: WorkflowRules): Step[] {
  const final = sens === 'favorable' ? 'suffisant' : 'insuffisant';
  const bilan =
    (nature: NatureBilan, bilanId: string, date: string, niveau?: string) => (state: DossierState) =>
      buildCommandeBilan(state, { nature, bilanId, date, ...(niveau ? { niveau } : {}) }, rules);
  const avis = (avisId: string, date: string) => () =>
    ok<Command, TransitionError>({
      type: 'avis.emettre',
      avisId,
      sens,
      date,
      ...(sens === 'defavorable' ? { motivation: 'Compétences insuffisantes.' } : {}),
    });
  return [
    [acteurs.tuteur, '2022-11-28', bilan('intermediaire', 'b-tut-1-2022', '2022-11-28')],
    [acteurs.chef, '2022-11-29', bilan('intermediaire', 'b-chef-1-2022', '2022-11-29')],
    [acteurs.tuteur, '2023-04-25', bilan('final', 'b-tut-2-2022', '2023-04-25', final)],
    [acteurs.chef, '2023-04-27', bilan('final', 'b-chef-2-2022', '2023-04-27', final)],
    [acteurs.inspecteur, '2023-05-10', avis('a-ipr-2022', '2023-05-10')],
    [acteurs.chef, '2023-05-11', avis('a-chef-2022', '2023-05-11')],
    [acteurs.directeur, '2023-05-12', avis('a-dir-2022', '2023-05-12')],
  ];
}

/**
 * A full year 2022-2023 on {@link buildDossierNomme}: the intermediate bilans of the tuteur and the chef
 * d'établissement (end of November), their final bilans (end of April), then the avis of the inspecteur, the
 * chef d'établissement and the INSPÉ director (May) — the dossier the jury can be seized with.
 *
 * @param options - the identity and rules, and the sense of the avis (`favorable` by default; `defavorable`
 * also rates every competency of the final bilans `insuffisant`).
 * @returns the fixture, or the first refusal.
 * @category Fixtures
 */
export function buildAnneeComplete(
  options: DossierFixtureOptions & { readonly sens?: 'favorable' | 'defavorable' } = {},
): Result<DossierFixture, TransitionError> {
  const rules = options.rules ?? regles;
  let result = buildDossierNomme(options);
  for (const [acteur, jour, command] of yearSteps(options.sens ?? 'favorable', rules)) {
    if (result.isErr()) return err(result.error);
    const fixture = result.value;
    result = command(fixture.state).andThen((c) =>
      applyCommande(fixture, c, { acteur, now: le(jour), rules }),
    );
  }
  return result;
}
