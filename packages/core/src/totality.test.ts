/**
 * Every public function of `@tremplin/core` given hostile input: those that take untrusted input (parsers,
 * validators, the fold, `transition`, the compilers and evaluators, the service's entry points) return — a
 * `Result` whose error is typed — and never throw; the pure helpers documented to take typed input are listed
 * as such, so that a new export must be classified here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as schemas from './schemas/index.js';
import * as testing from './testing.js';
import { acteurs, dossierNomme, le, rules } from './workflow/testing/fixtures.js';

/** Functions that take untrusted input: never a throw, a typed error for input they cannot read. */
const TOTAL = {
  core: [
    'appliquerEvenement',
    'applyEvent',
    'checkDateNaissance',
    'cleUai',
    'competencesDeLaFamille',
    'competencesDeLaSection',
    'compileRules',
    'computeCleUai',
    'computeEmpreinte',
    'coversAnneeScolaire',
    'createRulesRegistry',
    'createStaticCalendarSource',
    'debutAnneeScolaire',
    'defineRulePack',
    'empreinte',
    'endOfLocalDay',
    'estDansValidite',
    'etatsAcceptant',
    'etatsAtteignables',
    'evaluateCohort',
    'evaluateDossier',
    'findCalendrier',
    'findLigne',
    'foldDossier',
    'fromEpochDay',
    'getCompetence',
    'getDebutAnneeScolaire',
    'getDimanchePaques',
    'getItem',
    'getSection',
    'grilleEtEchellePour',
    'grillePour',
    'importCalendrierScolaire',
    'isAnneeScolaire',
    'isCompetenceCode',
    'isIdentifiantSur',
    'isLocalDate',
    'isValidTimeZone',
    'issue',
    'lastDayOfMonth',
    'listCompetencesDeLaFamille',
    'listCompetencesDeLaSection',
    'listEtatsAcceptant',
    'listEtatsAtteignables',
    'migrateDossierState',
    'migrerDossierState',
    'parseAnneeScolaire',
    'parseDossierState',
    'parseInstant',
    'parseRulePack',
    'parseRulePackJson',
    'parseRulePackYaml',
    'parserDossierState',
    'resolveRules',
    'selectGrille',
    'selectGrilleAvis',
    'selectGrilleEtEchelle',
    'sensitive',
    'serialiserDossierState',
    'serializeDossierState',
    'startOfLocalDay',
    'transition',
    'trustActeur',
    'validateEchelle',
    'validateGrille',
    'validatePositionnement',
    'validationError',
    'verifierInstantane',
    'verifyInstantane',
  ],
  schemas: ['inputJsonSchemas'],
  testing: ['buildSchemaArbitrary', 'parseScenarios', 'runCitationCheck'],
} as const;

/**
 * Pure helpers documented to take typed input (a folded `DossierState`, a `Grille` of the référentiel, a
 * `LocalDate`…): TypeScript checks their callers; they are not entry points for untrusted data. The test
 * fixtures of `@tremplin/core/testing` are in the same case, and `runPackScenarios` (I/O) is checked apart.
 */
const TYPED = {
  core: [
    'addDays',
    'anneeCourante',
    'anneeStageCourante',
    'blocDeCompetence',
    'buildVueJury',
    'buildWorkflowRules',
    'calculerEffetConges',
    'checkInvariantsDossier',
    'checkPermission',
    'citeSource',
    'citeWording',
    'competencesDuCorps',
    'competencesEvaluees',
    'competencesNonEvaluees',
    'competencesNonPositionnees',
    'compterJoursDeClasse',
    'computeEffetConges',
    'countJoursDeClasse',
    'countJoursInclus',
    'createTremplin',
    'daysBetween',
    'deLAnnee',
    'describeError',
    'dossierSummary',
    'estJourDeClasse',
    'estNotation',
    'explainParameter',
    'figerVueJury',
    'filterByAnnee',
    'findAcademie',
    'formatInstant',
    'formatMotAccorde',
    'freezeVueJury',
    'getAnneeCourante',
    'getAnneeStageCourante',
    'getBlocDeCompetence',
    'getCibleEntree',
    'getCorps',
    'getEchelle',
    'getFonction',
    'getGrille',
    'getItemGrille',
    'getJoursFeries',
    'getMentionEchelle',
    'getMentionGrille',
    'getMentionNiveau',
    'getNiveau',
    'getNiveauAttendu',
    'getProfil',
    'getScopeReferentiel',
    'getTerritoireFeries',
    'getBornesStage',
    'getUaiActuel',
    'grillesValides',
    'indexJoursDeClasse',
    'invariantsDossier',
    'isEnregistrementAnnule',
    'isJourDeClasse',
    'isJourFerie',
    'isNiveauSousAttendu',
    'isNotation',
    'itemsDuSecondDegre',
    'joursDeClasse',
    'joursInclus',
    'listCiblesGrille',
    'listCiblesNonPositionnees',
    'listCompetencesDuCorps',
    'listCompetencesEvaluees',
    'listCompetencesNonEvaluees',
    'listCompetencesNonPositionnees',
    'listGrillesValides',
    'listItemsDuSecondDegre',
    'listLignesGrille',
    'listPiecesManquantes',
    'listPrealablesAvisManquants',
    'listTuteursActuels',
    'localDateAt',
    'niveauEstSousAttendu',
    'pageDiagrammeWorkflow',
    'piecesManquantes',
    'prealablesAvisManquants',
    'referentielToJson',
    'renderPageDiagramme',
    'scopeReferentiel',
    'showControlCharacters',
    'sourceNature',
    'summarizeDossier',
    'toEpochDay',
    'tuteursActuels',
    'uaiActuel',
    'verifierPermission',
    'vueJury',
    'workflowRulesFromRules',
  ],
  schemas: ['inputJsonSchema', 'nomSchema', 'texteLibreSchema'],
  testing: [
    'applyCommande',
    'buildAnneeComplete',
    'buildCommandeBilan',
    'buildCompositionJury',
    'buildDossierIdentite',
    'buildDossierNomme',
    'buildEvenementAlerte',
    'buildEvenementAvis',
    'buildEvenementBilan',
    'buildEvenementConge',
    'buildEvenementEntretienJury',
    'buildEvenementFormation',
    'buildEvenementProtocole',
    'buildEvenementTransmission',
    'buildEvenementVisite',
    'buildEvenementsOuverture',
    'buildInputArbitrary',
    'buildPositionnementComplet',
    'describePackScenarios',
    'foldEvenements',
    'parseGuillemets',
    'runPackScenarios',
    'runScenarios',
  ],
} as const;

const modules = { core, schemas, testing } as const;
type Fn = (...args: unknown[]) => unknown;

function functionsOf(mod: object): string[] {
  return Object.entries(mod)
    .filter(([, f]) => typeof f === 'function' && !('safeParse' in (f as object)))
    .map(([name]) => name)
    .sort();
}

const KINDS = new Set(['validation', 'refusal', 'permission', 'conflict', 'not-found', 'store']);

/** Values a hostile caller or a corrupt file gives. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    null,
    undefined,
    {},
    [],
    42,
    'x',
    Number.NaN,
    JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}},"type":"__proto__"}'),
    { type: 'constructor', v: 1 },
    { type: 'toString' },
    [{ sequence: 1, event: { type: '__proto__', v: 1 } }],
    [{ sequence: 1, event: null }],
    { layers: {}, anneeScolaire: 7, calendrier: [] },
  ),
);

function expectTyped(result: unknown): void {
  if (typeof result !== 'object' || result === null || !('isErr' in result)) return;
  const r = result as { isErr(): boolean; error?: { kind?: unknown } };
  if (r.isErr()) expect(KINDS.has(String(r.error?.kind))).toBe(true);
}

describe('every public function is classified', () => {
  it.each(Object.keys(modules) as Array<keyof typeof modules>)('%s: total or typed, never both', (name) => {
    const total: readonly string[] = TOTAL[name];
    const typed: readonly string[] = TYPED[name];
    expect(total.filter((n) => typed.includes(n))).toEqual([]);
    expect(functionsOf(modules[name])).toEqual([...total, ...typed].sort());
  });
});

describe('functions that take untrusted input never throw on it', () => {
  const cases = (Object.keys(TOTAL) as Array<keyof typeof TOTAL>).flatMap((m) =>
    TOTAL[m].map(
      (name) => [`${m}.${name}`, (modules[m] as unknown as Record<string, Fn>)[name] as Fn] as const,
    ),
  );
  it.each(cases)('%s', async (_name, f) => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 0, maxLength: 4 }), async (args) => {
        const result = f(...args);
        expectTyped(result instanceof Promise ? await result : result);
      }),
      { numRuns: 30 },
    );
  });

  it('runPackScenarios refuses what is not a folder, without reading anything', () => {
    for (const dir of [null, 42, {}, []]) {
      const r = testing.runPackScenarios(core.packNational, dir as never);
      expect(r._unsafeUnwrapErr().kind).toBe('validation');
    }
  });
});

describe('the throwers named by issue 13 return a typed error', () => {
  const ctx = { acteur: acteurs.rectorat, now: le('2023-03-10'), rules };

  it('transition on an unknown command type, a prototype key, a date that does not exist', () => {
    const state = dossierNomme().etat;
    for (const command of [
      { type: 'x.inconnu' },
      { type: '__proto__' },
      { type: 'constructor' },
      null,
      42,
      {
        type: 'conge.enregistrer',
        congeId: 'c',
        nature: 'maladie-ordinaire',
        debut: '2023-02-30',
        fin: '2023-03-02',
      },
    ]) {
      const r = core.transition(state, command as never, ctx);
      expect(r._unsafeUnwrapErr().kind).toBe('validation');
    }
    expect(core.transition({} as never, { type: 'nomination.prononcer' }, ctx)._unsafeUnwrapErr().kind).toBe(
      'validation',
    );
    expect(core.transition(state, { type: 'nomination.prononcer' }, null as never).isErr()).toBe(true);
  });

  it('foldDossier(null), compileRules({}), evaluateDossier({}, …)', () => {
    expect(core.foldDossier(null as never)._unsafeUnwrapErr().issues[0]?.code).toBe('evenement.malforme');
    expect(core.compileRules({} as never)._unsafeUnwrapErr().issues[0]?.code).toBe('entree.invalide');
    expect(core.evaluateDossier({} as never, 0, {} as never)._unsafeUnwrapErr().issues[0]?.code).toBe(
      'entree.invalide',
    );
    expect(core.verifyInstantane(null as never)).toBe(false);
  });

  it('a prototype key never reaches a prototype method, nor pollutes Object.prototype', () => {
    const polluted = JSON.parse('{"__proto__":{"polluted":true}}');
    core.foldDossier([{ sequence: 1, event: polluted }]);
    core.transition(null, polluted, ctx);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
