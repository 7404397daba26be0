/**
 * Checking a register of persons' record before it is written: what every `RegistrePersonnes` adapter calls.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { donneesPersonnellesSchema } from '../dossier/donnees-personnelles.js';
import { identifiantSchema, isoInstantSchema } from '../dossier/identifiants.js';
import { type ValidationError, validationError } from '../errors.js';
import { issuesFromZod } from '../referentiel/zod-issues.js';
import type { FichePersonne } from './personnes.js';

const fichePersonneSchema = donneesPersonnellesSchema
  .extend({
    stagiaireId: identifiantSchema,
    rectifieLe: isoInstantSchema,
    rectifiePar: z.string().min(1).max(400),
  })
  .strict();

/**
 * Checks a record of the register of persons.
 *
 * @param fiche - the record to write, as received.
 * @returns the record, or a `ValidationError` whose issues name the fields at fault (zod's messages carry the
 * rule broken, never the value given).
 * @category Ports
 */
export function validateFichePersonne(fiche: unknown): Result<FichePersonne, ValidationError> {
  const parsed = fichePersonneSchema.safeParse(fiche);
  if (parsed.success) return ok(parsed.data as FichePersonne);
  return err(validationError('Fiche du registre des personnes invalide.', issuesFromZod(parsed.error)));
}
