/**
 * The documented input formats of `tremplin import`, as zod schemas taken from the core (so that a file
 * valid here is a command the workflow understands) and as JSON Schemas generated from them.
 *
 * @packageDocumentation
 */
import {
  acteurSchema,
  type InputSchemaName as CoreInputSchemaName,
  commandSchema,
  inputJsonSchema as coreInputJsonSchema,
  donneesPersonnellesSchema,
  inputSchemaNames,
  isoInstantSchema,
  ouvrirDossierSchema,
  stagiaireSchema,
} from '@tremplin/core/schemas';
import { z } from 'zod';

const { type: _type, identite: identiteSchema, ...ouvrirShape } = ouvrirDossierSchema.shape;

/** The stagiaire of a dossier record: as the log knows him, with his personal data for the register. */
const stagiaireRecordSchema = stagiaireSchema.extend(donneesPersonnellesSchema.partial().shape);

/**
 * One dossier to open, in JSON: the `dossier.ouvrir` command of the core without its `type` (identifier,
 * identity, assigned actors). The stagiaire's personal data (NUMEN, date of birth, e-mail) may be given: the
 * service keeps them in the register of persons, out of the log. The core's own checks of the command (safe
 * identifiers) apply.
 */
export const dossierRecordSchema = z
  .object({
    ...ouvrirShape,
    identite: z.object({ ...identiteSchema.shape, stagiaire: stagiaireRecordSchema }).strict(),
  })
  .strict()
  .superRefine((record, ctx) => {
    const { stagiaire } = record.identite;
    const { numen: _n, dateNaissance: _d, courriel: _c, ...known } = stagiaire;
    const command = { ...record, identite: { ...record.identite, stagiaire: known }, type: 'dossier.ouvrir' };
    const checked = ouvrirDossierSchema.safeParse(command);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      // The command's own check (people's identifiers); the fields' checks already ran on the record.
      if (issue.code === 'custom' && issue.path.at(-1) === 'id')
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

/**
 * A dossier record as files written for Tremplin 0.1 may hold it, read in today's words: corps
 * `documentaliste` becomes corps `certifie` with the `documentaliste` fonction (a recorded fonction is kept).
 *
 * @param value - a record as read (not yet checked).
 * @returns the same value when nothing changes.
 * @remarks Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1: CAPES « Section documentation ».
 */
export function upgradeDossierRecord(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const identite = (value as { identite?: unknown }).identite;
  if (typeof identite !== 'object' || identite === null) return value;
  const { corps, fonction } = identite as { corps?: unknown; fonction?: unknown };
  if (corps !== 'documentaliste') return value;
  return {
    ...value,
    identite: { ...identite, corps: 'certifie', fonction: fonction ?? 'documentaliste' },
  };
}

/**
 * One event to record, in JSON: a command of the core for a dossier, with who gives it and when. The workflow
 * decides it like a typed command: permissions, states and the texts' conditions apply.
 */
export const eventRecordSchema = z
  .object({
    dossierId: z.string().min(1).max(200),
    /** Who acts: the actor object, or the `--as` text form (`tuteur:t-1`). Default: `--as`. */
    acteur: z.union([acteurSchema, z.string().min(1)]).optional(),
    /** When the command was given; default `--at`, then the clock. */
    instant: isoInstantSchema.optional(),
    /** Idempotency key: a row imported twice is recorded once. */
    cle: z.string().min(1).max(200).optional(),
    commande: commandSchema,
  })
  .strict();

/** The JSON Schemas of the command's own file formats, by name. */
export const INPUT_SCHEMAS = {
  dossiers: { schema: z.array(dossierRecordSchema), title: 'Dossiers à ouvrir (tremplin import dossiers)' },
  events: { schema: z.array(eventRecordSchema), title: 'Événements à enregistrer (tremplin import events)' },
  actor: { schema: acteurSchema, title: 'Un acteur (--as en JSON)' },
} as const;

/**
 * A name `tremplin schema` knows: the command's own formats ({@link INPUT_SCHEMAS}) and every input of the
 * library (the core's `inputSchemaNames`: command, event, positionnement, rule-pack…).
 */
export type InputSchemaName = keyof typeof INPUT_SCHEMAS | CoreInputSchemaName;

/** Every name `tremplin schema` knows, the command's formats first. */
export const SCHEMA_NAMES: readonly InputSchemaName[] = [
  ...(Object.keys(INPUT_SCHEMAS) as (keyof typeof INPUT_SCHEMAS)[]),
  ...inputSchemaNames,
];

function isCliFormat(name: InputSchemaName): name is keyof typeof INPUT_SCHEMAS {
  return Object.hasOwn(INPUT_SCHEMAS, name);
}

/**
 * The JSON Schema of an input format, generated from the core's zod schemas.
 *
 * @param name - which format.
 * @returns a JSON Schema (draft 2020-12) with a title.
 */
export function inputJsonSchema(name: InputSchemaName): Record<string, unknown> {
  if (!isCliFormat(name)) return coreInputJsonSchema(name);
  const { schema, title } = INPUT_SCHEMAS[name];
  return {
    title,
    ...z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }),
  };
}
