/**
 * The recordings the rectorat may cancel or correct after a mistake (a wrong author, a wrong date, a wrong
 * dossier), and the index of them a dossier's state keeps so that a correction can name the event by its
 * sequence.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { auteurRefSchema } from './acteurs.js';
import { isoInstantSchema } from './identifiants.js';

/**
 * The events a correction may target: the recordings of the year (avis, visits that took place, bilans,
 * auto-positionnements, entretiens, training days, leave, affectations). Decisions, the jury's findings and
 * the chain of acts are not among them: an act of the authority is withdrawn under its own rules.
 *
 * @remarks Tremplin's choice. An administrative act (the recteur's arrêté) is withdrawn or repealed only under
 * the Code des relations entre le public et l'administration, art. L242-1 and following; the jury's view is
 * frozen when it deliberates. Neither is what these corrections are for.
 * @category Dossier
 */
export const typesEvenementCorrigeable = [
  'avis.emis',
  'visite.realisee',
  'bilan.depose',
  'autopositionnement.enregistre',
  'entretien.tenu',
  'formation.enregistree',
  'conge.enregistre',
  'stagiaire.affecte',
] as const;

/**
 * An event type a correction may target.
 *
 * @category Dossier
 */
export type TypeEvenementCorrigeable = (typeof typesEvenementCorrigeable)[number];

const corrigeables: ReadonlySet<string> = new Set(typesEvenementCorrigeable);

/**
 * Whether an event type may be cancelled or corrected.
 *
 * @param type - an event type.
 * @returns true for the recordings listed in {@link typesEvenementCorrigeable}.
 * @category Dossier
 */
export function isEvenementCorrigeable(type: string): type is TypeEvenementCorrigeable {
  return corrigeables.has(type);
}

/**
 * What identifies the record an event created: its id (avis, visit, bilan…), or for an affectation its UAI and
 * first day (`9740001H@2022-11-07`).
 *
 * @param event - a correctable event (its type and fields).
 * @returns the key, stable across corrections.
 * @category Dossier
 */
export function getCleEnregistrement(
  event:
    | { readonly type: 'avis.emis'; readonly avisId: string }
    | { readonly type: 'visite.realisee'; readonly visiteId: string }
    | { readonly type: 'bilan.depose'; readonly bilanId: string }
    | { readonly type: 'autopositionnement.enregistre'; readonly autopositionnementId: string }
    | { readonly type: 'entretien.tenu'; readonly entretienId: string }
    | { readonly type: 'formation.enregistree'; readonly formationId: string }
    | { readonly type: 'conge.enregistre'; readonly congeId: string }
    | { readonly type: 'stagiaire.affecte'; readonly uai: string; readonly date: string },
): string {
  switch (event.type) {
    case 'avis.emis':
      return event.avisId;
    case 'visite.realisee':
      return event.visiteId;
    case 'bilan.depose':
      return event.bilanId;
    case 'autopositionnement.enregistre':
      return event.autopositionnementId;
    case 'entretien.tenu':
      return event.entretienId;
    case 'formation.enregistree':
      return event.formationId;
    case 'conge.enregistre':
      return event.congeId;
    case 'stagiaire.affecte':
      return `${event.uai}@${event.date}`;
  }
}

/**
 * A cancellation or a correction applied to a recording, as the state keeps it.
 *
 * @category Dossier
 */
export const correctionEnregistrementSchema = z
  .object({
    nature: z.enum(['annulation', 'correction']),
    /** The sequence of the correcting event. */
    sequence: z.number().int().min(1),
    motif: z.string(),
    le: isoInstantSchema,
    par: auteurRefSchema,
  })
  .strict();
/**
 * A cancellation or a correction applied to a recording.
 *
 * @category Dossier
 */
export type CorrectionEnregistrement = z.infer<typeof correctionEnregistrementSchema>;

/**
 * One correctable recording of the dossier: the sequence of its event, its type and key, the year it belongs
 * to, its author and instant, and the corrections applied to it (its event stays in the log as written).
 *
 * @category Dossier
 */
export const enregistrementSuiviSchema = z
  .object({
    sequence: z.number().int().min(1),
    type: z.enum(typesEvenementCorrigeable),
    cle: z.string().min(1),
    annee: z.number().int().min(1),
    auteur: auteurRefSchema,
    le: isoInstantSchema,
    corrections: z.array(correctionEnregistrementSchema),
  })
  .strict();
/**
 * One correctable recording of the dossier and the corrections applied to it.
 *
 * @category Dossier
 */
export type EnregistrementSuivi = z.infer<typeof enregistrementSuiviSchema>;

/**
 * Whether a recording was cancelled (it no longer counts).
 *
 * @param enregistrement - an entry of the state's `enregistrements`.
 * @returns true when its last correction is a cancellation.
 * @category Dossier
 */
export function isEnregistrementAnnule(enregistrement: EnregistrementSuivi): boolean {
  return enregistrement.corrections.at(-1)?.nature === 'annulation';
}
