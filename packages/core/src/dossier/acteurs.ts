/**
 * The people around a stagiaire and the roles in which they act on his dossier.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { civiliteSchema } from './civilite.js';
import { corpsSchema } from './corps.js';
import {
  academieSchema,
  identifiantSchema,
  identifiantSurSchema,
  nomSchema,
  uaiSchema,
} from './identifiants.js';

/**
 * Every role in which someone acts on a dossier.
 *
 * - `stagiaire`: the fonctionnaire stagiaire himself (auto-positionnement, carnet de bord, démission);
 * - `tuteur`: the tuteur académique designated by the recteur (arrêté du 22 août 2014, art. 5 1°);
 * - `chef-etablissement`: the head of the EPLE of affectation (art. 5 2°);
 * - `inspecteur`: a member of the corps d'inspection of the discipline (IA-IPR, IEN-ET/EG) (art. 5 1°);
 * - `formateur-inspe`: an INSPÉ trainer following the stagiaire;
 * - `directeur-inspe`: the director of the INSPÉ responsible for his training (art. 5 3°);
 * - `jury`: the jury académique of the corps (art. 4);
 * - `rectorat`: the recteur and the services acting for him (nomination, affectation, leave; the acts art. 9
 *   gives the recteur, recorded as his);
 * - `ministre`: the ministre and his services (DGRH): licenciement or réintégration of those neither titularised
 *   nor renewed (art. 9; décret n° 85-899 art. 3);
 * - `inspecteur-general`: an inspecteur général, who evaluates agrégés (arrêté MENH1411677A art. 4);
 * - `cap`: a commission administrative paritaire giving its avis (agrégés: CAPA, CAPN, arrêté MENH1411677A
 *   art. 7; décret n° 94-874 art. 7);
 * - `conseil-discipline`: the CAP sitting as conseil de discipline (décret n° 94-874 art. 13);
 * - `conseil-medical`: the medical body (comité médical, commission de réforme, conseil médical since 2022)
 *   whose avis art. 24 requires.
 *
 * @category Dossier
 */
export const roleSchema = z.enum([
  'stagiaire',
  'tuteur',
  'chef-etablissement',
  'inspecteur',
  'formateur-inspe',
  'directeur-inspe',
  'jury',
  'rectorat',
  'ministre',
  'inspecteur-general',
  'cap',
  'conseil-discipline',
  'conseil-medical',
]);
/**
 * A role in which someone acts on a dossier (see {@link roleSchema}).
 *
 * @category Dossier
 */
export type Role = z.infer<typeof roleSchema>;
/**
 * Every role, in a stable order.
 *
 * @category Dossier
 */
export const roles: readonly Role[] = roleSchema.options;

/**
 * Who did something: the role he acted in and his identifier. Recorded in every event.
 *
 * @category Dossier
 */
export const auteurRefSchema = z.object({ role: roleSchema, id: identifiantSchema }).strict();
/**
 * Who did something: the role he acted in and his identifier.
 *
 * @category Dossier
 */
export type AuteurRef = z.infer<typeof auteurRefSchema>;

/**
 * A person assigned to a dossier (tuteur, chef d'établissement, inspecteur, INSPÉ formateur or director).
 *
 * @category Dossier
 */
export const personneRefSchema = z
  .object({
    id: identifiantSchema,
    /** Madame or Monsieur; documents agree with it (absent: both forms). */
    civilite: civiliteSchema.exactOptional(),
    nom: nomSchema(200),
    prenom: nomSchema(200),
  })
  .strict();
/**
 * A person assigned to a dossier.
 *
 * @category Dossier
 */
export type PersonneRef = z.infer<typeof personneRefSchema>;

/**
 * The actor issuing a command, with the scope his role gives him. The workflow checks the scope against the
 * dossier (see `permissions`): a tuteur acts on the stagiaires he tutors, a chef d'établissement on the dossiers
 * the rectorat designated him on while the stagiaire is in his EPLE (`uai`), an inspecteur on his disciplines in
 * his académie, a jury on its corps in its académie, a CAP or a
 * conseil de discipline on its corps in its académie (`academie: null` for a national commission), the ministre
 * and an inspecteur général everywhere (an inspecteur général on his disciplines).
 *
 * @remarks Trust boundary: the host application authenticates the person and builds this object (through the
 * service's `resolveActeur`); the library checks the role and the scope it is given, never who the person is.
 * The CLI's `--as` is declared by its operator, not authenticated.
 * @category Dossier
 */
export const acteurSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('stagiaire'), id: identifiantSurSchema }).strict(),
  z.object({ role: z.literal('tuteur'), id: identifiantSurSchema }).strict(),
  z.object({ role: z.literal('chef-etablissement'), id: identifiantSurSchema, uai: uaiSchema }).strict(),
  z
    .object({
      role: z.literal('inspecteur'),
      id: identifiantSurSchema,
      academie: academieSchema,
      disciplines: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z.object({ role: z.literal('formateur-inspe'), id: identifiantSurSchema }).strict(),
  z
    .object({ role: z.literal('directeur-inspe'), id: identifiantSurSchema, academie: academieSchema })
    .strict(),
  z
    .object({
      role: z.literal('jury'),
      id: identifiantSurSchema,
      academie: academieSchema,
      corps: z.array(corpsSchema).min(1),
    })
    .strict(),
  z.object({ role: z.literal('rectorat'), id: identifiantSurSchema, academie: academieSchema }).strict(),
  z.object({ role: z.literal('ministre'), id: identifiantSurSchema }).strict(),
  z
    .object({
      role: z.literal('inspecteur-general'),
      id: identifiantSurSchema,
      disciplines: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z
    .object({
      role: z.literal('cap'),
      id: identifiantSurSchema,
      academie: academieSchema.nullable(),
      corps: z.array(corpsSchema).min(1),
    })
    .strict(),
  z
    .object({
      role: z.literal('conseil-discipline'),
      id: identifiantSurSchema,
      academie: academieSchema.nullable(),
      corps: z.array(corpsSchema).min(1),
    })
    .strict(),
  z
    .object({ role: z.literal('conseil-medical'), id: identifiantSurSchema, academie: academieSchema })
    .strict(),
]);
/**
 * The actor issuing a command, with the scope of his role.
 *
 * @category Dossier
 */
export type Acteur = z.infer<typeof acteurSchema>;

/**
 * The reference recorded in events for an actor.
 *
 * @param acteur - the actor of a command.
 * @returns his role and identifier.
 * @category Dossier
 */
export function getAuteur(acteur: Acteur): AuteurRef {
  return { role: acteur.role, id: acteur.id };
}
