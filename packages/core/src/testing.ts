/**
 * `@tremplin/core/testing`: what an académie's pack, a store or a host needs to test itself — the scenario
 * files and the runner of a pack's folder of them, dossier fixtures, fast-check arbitraries, and the check that
 * a pack's quotes are found verbatim in the texts they quote.
 *
 * @remarks Unlike the root of `@tremplin/core`, which is pure, this entry does I/O: {@link runPackScenarios}
 * reads a folder with `node:fs`, so it runs on Node only. It imports fast-check, an optional peer dependency of
 * `@tremplin/core`: install `fast-check` (4.x) beside it to use this entry. It depends on no test runner: its
 * functions return values (`Result`s, never throwing) that a test maps to its runner's `describe`/`it`.
 * @category Sous-chemins
 * @packageDocumentation
 */

export type { ScenarioFile, ScenarioResult } from './alerts/scenarios.js';
export { parseScenarios, runScenarios, scenarioFileSchema } from './alerts/scenarios.js';
export type { Ouverture as OuvertureOptions } from './alerts/testing/dossiers.js';
export {
  alerte as buildEvenementAlerte,
  arbitraryYear as arbitraryEvenementsAnnee,
  avis as buildEvenementAvis,
  bilan as buildEvenementBilan,
  conge as buildEvenementConge,
  entretienJury as buildEvenementEntretienJury,
  formation as buildEvenementFormation,
  ouverture as buildEvenementsOuverture,
  protocole as buildEvenementProtocole,
  transmis as buildEvenementTransmission,
  visite as buildEvenementVisite,
} from './alerts/testing/dossiers.js';
export type { SchemaArbitraryOverrides } from './testing/arbitraries.js';
export { buildInputArbitrary, buildSchemaArbitrary } from './testing/arbitraries.js';
export type { PackCitation } from './testing/citations.js';
export { parseGuillemets, runCitationCheck } from './testing/citations.js';
export { describePackScenarios, type TestRunner } from './testing/describe-pack-scenarios.js';
export type { DossierFixture, DossierFixtureOptions } from './testing/fixtures.js';
export {
  ACTEURS_FIXTURE,
  applyCommande,
  buildAnneeComplete,
  buildCommandeBilan,
  buildCompositionJury,
  buildDossierNomme,
  buildPositionnementComplet,
  foldEvenements,
} from './testing/fixtures.js';
export type { PackScenariosError, ScenarioFileOutcome } from './testing/pack-scenarios.js';
export { runPackScenarios } from './testing/pack-scenarios.js';
export { identite as buildDossierIdentite } from './workflow/testing/fixtures.js';
