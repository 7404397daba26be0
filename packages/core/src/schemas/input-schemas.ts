/**
 * The catalogue of every input the library accepts, as zod schemas with a name, a title and a description,
 * and their JSON Schemas (draft 2020-12) generated from the zod schemas — never written by hand — for académie
 * tools written in other languages.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { scenarioFileSchema } from '../alerts/scenarios.js';
import { calendrierScolaireRowSchema } from '../calendar/calendrier-scolaire-dataset.js';
import { acteurSchema } from '../dossier/acteurs.js';
import { dossierEventSchema } from '../dossier/events.js';
import { acteursAssignesSchema, dossierIdentiteSchema } from '../dossier/identite.js';
import { dossierStateSchema } from '../dossier/state-schema.js';
import { echelleSchema, grilleSchema } from '../referentiel/configuration.js';
import { positionnementSchema } from '../referentiel/positionnement.js';
import { rulePackSchema } from '../rules/pack.js';
import { commandSchema } from '../workflow/commands.js';
import { workflowRulesSchema } from '../workflow/rules.js';

/**
 * One input of the library: its zod schema and how it is presented in the published JSON Schema.
 *
 * @category Schémas
 */
export interface InputSchemaEntry {
  /** The zod schema the library parses this input with. */
  readonly schema: z.ZodType;
  /** Short title, in French. */
  readonly title: string;
  /** What the input is and where the library accepts it. */
  readonly description: string;
}

/**
 * Every input the library accepts, by a stable name (the file name of its published JSON Schema).
 *
 * @remarks The dossier, its events and the commands follow the arrêté du 22 août 2014 (NOR MENH1411675A) and
 * décret n° 94-874; the positionnement, grids and scales the arrêté du 1er juillet 2013 (NOR MENE1315928A) and
 * NS n° 2015-055; the calendar rows the open dataset `fr-en-calendrier-scolaire`.
 * @category Schémas
 */
export const inputSchemas = {
  dossier: {
    schema: dossierIdentiteSchema,
    title: 'Identité et contexte d’un dossier de stagiaire',
    description:
      'The stagiaire (NUMEN and the like are sensitive), corps, discipline, académie, EPLE (UAI), quotité, category and school year.',
  },
  'acteurs-assignes': {
    schema: acteursAssignesSchema,
    title: 'Acteurs assignés à un stagiaire',
    description:
      'Tuteur(s), chef d’établissement, inspecteur, INSPÉ formateur(s) and director of one dossier.',
  },
  event: {
    schema: dossierEventSchema,
    title: 'Événement du dossier',
    description: 'One event of a dossier’s append-only log, as stores record it (inside an EventEnvelope).',
  },
  command: {
    schema: commandSchema,
    title: 'Commande du workflow',
    description:
      'One command given to `transition`, which answers with events or a refusal that lists its reasons.',
  },
  acteur: {
    schema: acteurSchema,
    title: 'Acteur',
    description: 'Who issues a command (role and identity, with the scope the permissions check).',
  },
  positionnement: {
    schema: positionnementSchema,
    title: 'Positionnement',
    description: 'An assessor’s rating of a stagiaire on the competencies of a grid, on a scale.',
  },
  grille: {
    schema: grilleSchema,
    title: 'Grille d’évaluation',
    description:
      'An evaluation grid: blocks of competencies, the corps it serves and its validity by school year.',
  },
  echelle: {
    schema: echelleSchema,
    title: 'Échelle de positionnement',
    description: 'A rating scale: ordered levels, the expected level, and the levels that are not ratings.',
  },
  'rule-pack': {
    schema: rulePackSchema,
    title: 'Pack de règles',
    description:
      'A national, académie or établissement rule pack: dated, sourced parameters; only what differs from the layer below.',
  },
  'workflow-rules': {
    schema: workflowRulesSchema,
    title: 'Règles du workflow',
    description:
      'The plain data the workflow decides with (required avis, leave threshold…), resolved from rule packs.',
  },
  'scenario-file': {
    schema: scenarioFileSchema,
    title: 'Fichier de scénarios',
    description:
      'A dossier’s events and instants with the deadlines and alerts expected: an académie’s tests of its pack.',
  },
  'dossier-state': {
    schema: dossierStateSchema,
    title: 'État sérialisé d’un dossier',
    description:
      'The serialised state of a dossier (with its schema version), as `parseDossierState` reads it back.',
  },
  'calendrier-scolaire-row': {
    schema: calendrierScolaireRowSchema,
    title: 'Ligne du jeu de données fr-en-calendrier-scolaire',
    description: 'One row of the open dataset’s JSON export, as the calendar importer reads it.',
  },
} as const satisfies Record<string, InputSchemaEntry>;

/**
 * The name of an input of {@link inputSchemas}.
 *
 * @category Schémas
 */
export type InputSchemaName = keyof typeof inputSchemas;

/**
 * The names of every input, in catalogue order.
 *
 * @category Schémas
 */
export const inputSchemaNames = Object.keys(inputSchemas) as readonly InputSchemaName[];

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 *
 * @category Schémas
 */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of one input, generated from its zod schema.
 *
 * The schema describes the input as the library *accepts* it (zod's input side: optional keys with defaults
 * stay optional). Checks zod runs in code (refinements such as "a school year is two consecutive years") have
 * no JSON Schema form: a document valid for the JSON Schema may still be refused by the library, never the
 * reverse (tested on random samples).
 *
 * @param name - the input's name.
 * @returns a JSON Schema with `$id` (`urn:tremplin:schema:<name>`), `title` and `description`.
 * @example
 * ```ts
 * const schema = inputJsonSchema('command');
 * ```
 * @category Schémas
 */
export function inputJsonSchema(name: InputSchemaName): JsonSchemaDocument {
  const entry: InputSchemaEntry = inputSchemas[name];
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchemaDocument;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:tremplin:schema:${name}`,
    title: entry.title,
    description: entry.description,
    ...rest,
  };
}

/**
 * The JSON Schemas of every input, by name.
 *
 * @returns one JSON Schema per name of {@link inputSchemas}.
 * @category Schémas
 */
export function inputJsonSchemas(): Record<InputSchemaName, JsonSchemaDocument> {
  return Object.fromEntries(inputSchemaNames.map((n) => [n, inputJsonSchema(n)])) as Record<
    InputSchemaName,
    JsonSchemaDocument
  >;
}
