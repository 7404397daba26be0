/**
 * The schema of `tremplin.config.json` / `tremplin.config.yaml`: strict (an unknown key is refused, so that a
 * misspelt key is not silently ignored).
 *
 * @packageDocumentation
 */
import { z } from 'zod';

const UAI = /^\d{7}[A-Z]$/u;

const etablissementSchema = z.union([
  z.string().min(1, { error: 'nom vide' }),
  z.strictObject({
    nom: z.string({ error: 'nom attendu (texte)' }).min(1, { error: 'nom vide' }),
    commune: z.string().min(1, { error: 'commune vide' }).optional(),
  }),
]);

/** The configuration file's content. Paths are relative to the file's directory. */
export const configFileSchema = z.strictObject({
  /** The JSON schema of the file, for editors (ignored). */
  $schema: z.string().optional(),
  /** Académie packs: an npm package (`@tremplin/academie-lyon`, `paquet#export`) or a `.json`/`.yaml` file. */
  packs: z.array(z.string({ error: 'nom de paquet ou chemin attendu' }).min(1)).optional(),
  /** Calendar files: Tremplin's JSON form or the dataset `fr-en-calendrier-scolaire` (CSV or JSON). */
  calendriers: z.array(z.string({ error: 'chemin de fichier attendu' }).min(1)).optional(),
  /** Labels staff read instead of codes. */
  libelles: z
    .strictObject({
      etablissements: z
        .record(
          z.string().regex(UAI, { error: 'UAI attendu (7 chiffres et une lettre majuscule, ex. 0690001A)' }),
          etablissementSchema,
        )
        .optional(),
      disciplines: z.record(z.string().min(1), z.string().min(1, { error: 'libellé vide' })).optional(),
    })
    .optional(),
  /** What documents print. */
  documents: z
    .strictObject({
      academie: z.string().min(1, { error: 'texte vide' }).optional(),
      serviceJury: z.string().min(1, { error: 'texte vide' }).optional(),
    })
    .optional(),
  /** Personal data. */
  personnes: z
    .strictObject({
      conservation: z
        .strictObject({
          annees: z
            .int({ error: 'nombre entier d’années attendu' })
            .min(1, { error: 'au moins 1 an' })
            .max(100, { error: 'au plus 100 ans' }),
        })
        .optional(),
    })
    .optional(),
  /** The database (SQLite file relative to the configuration, or `postgres://…`); `--db` and `TREMPLIN_DB` win. */
  db: z.string().min(1, { error: 'chemin ou adresse vide' }).optional(),
});

/** The configuration file's content, validated. */
export type ConfigFile = z.infer<typeof configFileSchema>;
