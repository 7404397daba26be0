/**
 * How cancellations and corrections of recordings change a dossier's state: the index of correctable
 * recordings, the cancelled record taken out (or a realised visit back to planned), the corrected one re-applied
 * with its new content in its place.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { ValidationError } from '../errors.js';
import {
  type CorrectionEnregistrement,
  type EnregistrementSuivi,
  getCleEnregistrement,
  isEvenementCorrigeable,
  type TypeEvenementCorrigeable,
} from './corrections.js';
import type { DossierEvent, DossierEventOf } from './events.js';
import type { DossierState } from './state.js';

type Incoherent = (sequence: number, message: string) => Result<never, ValidationError>;

/** Applies an event of the ordinary kinds (the fold's own dispatcher). */
export type ApplyEvenement = (
  s: DossierState,
  e: DossierEvent,
  annee: number,
  sequence: number,
) => Result<DossierState, ValidationError>;

/** The collection a correctable recording lives in, and how to find it there. */
interface Collection {
  readonly champ: keyof DossierState;
  readonly cle: (item: never) => string;
}

const collections: { readonly [T in TypeEvenementCorrigeable]: Collection } = {
  'avis.emis': { champ: 'avis', cle: (a: { avisId: string }) => a.avisId },
  'visite.realisee': { champ: 'visites', cle: (v: { visiteId: string }) => v.visiteId },
  'bilan.depose': { champ: 'bilans', cle: (b: { bilanId: string }) => b.bilanId },
  'autopositionnement.enregistre': {
    champ: 'autopositionnements',
    cle: (a: { autopositionnementId: string }) => a.autopositionnementId,
  },
  'entretien.tenu': { champ: 'entretiens', cle: (x: { entretienId: string }) => x.entretienId },
  'formation.enregistree': { champ: 'formations', cle: (f: { formationId: string }) => f.formationId },
  'conge.enregistre': { champ: 'conges', cle: (c: { congeId: string }) => c.congeId },
  'stagiaire.affecte': {
    champ: 'affectations',
    cle: (a: { uai: string; depuis: string | null }) => `${a.uai}@${a.depuis}`,
  },
};

function liste(s: DossierState, type: TypeEvenementCorrigeable): readonly unknown[] {
  return s[collections[type].champ] as readonly unknown[];
}

function findIndex(s: DossierState, type: TypeEvenementCorrigeable, cle: string): number {
  const { cle: cleDe } = collections[type];
  return liste(s, type).findIndex((item) => (cleDe as (i: unknown) => string)(item) === cle);
}

function withListe(s: DossierState, type: TypeEvenementCorrigeable, items: readonly unknown[]): DossierState {
  return { ...s, [collections[type].champ]: items };
}

/**
 * Adds a correctable recording to the state's index (other events leave it as it is).
 *
 * @param s - the state after the event.
 * @param event - the event just applied.
 * @param annee - the year of stage it belongs to.
 * @param sequence - its sequence.
 * @returns the state with the index entry.
 */
export function indexEnregistrement(
  s: DossierState,
  event: DossierEvent,
  annee: number,
  sequence: number,
): DossierState {
  if (!isEvenementCorrigeable(event.type)) return s;
  const entree: EnregistrementSuivi = {
    sequence,
    type: event.type,
    cle: getCleEnregistrement(event as DossierEventOf<TypeEvenementCorrigeable>),
    annee,
    auteur: event.auteur,
    le: event.le,
    corrections: [],
  };
  return { ...s, enregistrements: [...s.enregistrements, entree] };
}

/** The record taken out; a realised visit that had been planned goes back to planned. */
function retirer(s: DossierState, entree: EnregistrementSuivi): { state: DossierState; position: number } {
  const position = findIndex(s, entree.type, entree.cle);
  if (position < 0) return { state: s, position };
  const visite = entree.type === 'visite.realisee' ? s.visites[position] : undefined;
  if (visite !== undefined && visite.datePrevue !== null) {
    const prevue = { ...visite, statut: 'planifiee' as const, realisation: null };
    return { state: { ...s, visites: s.visites.map((v, i) => (i === position ? prevue : v)) }, position };
  }
  const items = liste(s, entree.type).filter((_, i) => i !== position);
  return { state: withListe(s, entree.type, items), position };
}

function noter(
  s: DossierState,
  cible: number,
  cle: string,
  correction: CorrectionEnregistrement,
): DossierState {
  const enregistrements = s.enregistrements.map((x) =>
    x.sequence === cible ? { ...x, cle, corrections: [...x.corrections, correction] } : x,
  );
  return { ...s, enregistrements };
}

function findEntree(
  s: DossierState,
  sequence: number,
  cle: string,
  incoherent: Incoherent,
  at: number,
): Result<EnregistrementSuivi, ValidationError> {
  const entree = s.enregistrements.find((x) => x.sequence === sequence);
  if (entree === undefined || entree.cle !== cle) {
    return incoherent(at, `Aucun enregistrement corrigeable « ${cle} » à l’événement n° ${sequence}.`);
  }
  if (entree.corrections.at(-1)?.nature === 'annulation') {
    return incoherent(at, `L’enregistrement de l’événement n° ${sequence} est déjà annulé.`);
  }
  return ok(entree);
}

/**
 * Applies a cancellation: the record no longer counts; the index notes it.
 *
 * @param s - the state before.
 * @param e - the `enregistrement.annule` event.
 * @param sequence - its sequence.
 * @param incoherent - builds the fold's error.
 * @returns the state, or an error when the event names no live recording.
 */
export function applyAnnulation(
  s: DossierState,
  e: DossierEventOf<'enregistrement.annule'>,
  sequence: number,
  incoherent: Incoherent,
): Result<DossierState, ValidationError> {
  return findEntree(s, e.sequence, e.cle, incoherent, sequence).map((entree) => {
    const { state } = retirer(s, entree);
    return noter(state, entree.sequence, entree.cle, {
      nature: 'annulation',
      sequence,
      motif: e.motif,
      le: e.le,
      par: e.auteur,
    });
  });
}

/**
 * Applies a correction: the record is taken out and its replacement applied as an event of the original type,
 * author, instant and year, then put back in the record's place.
 *
 * @param s - the state before.
 * @param e - the `enregistrement.corrige` event.
 * @param sequence - its sequence.
 * @param apply - the fold's dispatcher for ordinary events.
 * @param incoherent - builds the fold's error.
 * @returns the state, or an error when the replacement does not fit the recording.
 */
export function applyCorrection(
  s: DossierState,
  e: DossierEventOf<'enregistrement.corrige'>,
  sequence: number,
  apply: ApplyEvenement,
  incoherent: Incoherent,
): Result<DossierState, ValidationError> {
  const trouvee = findEntree(s, e.sequence, e.cle, incoherent, sequence);
  if (trouvee.isErr()) return err(trouvee.error);
  const entree = trouvee.value;
  const remplacement = e.remplacement;
  const cle = getCleEnregistrement(remplacement);
  // An affectation's key is its UAI and first day, which the correction may change; other keys are ids.
  if (remplacement.type !== entree.type || (cle !== entree.cle && entree.type !== 'stagiaire.affecte')) {
    return incoherent(sequence, `Le remplacement ne porte pas sur « ${entree.cle} » (${entree.type}).`);
  }
  const { state, position } = retirer(s, entree);
  const avant = liste(state, entree.type).length;
  const evenement = { ...remplacement, v: 1, le: entree.le, auteur: entree.auteur } as DossierEvent;
  return apply(state, evenement, entree.annee, sequence).map((applique) => {
    const items = liste(applique, entree.type);
    let place = applique;
    if (items.length > avant && position >= 0 && position < items.length - 1) {
      const nouveau = items.at(-1);
      const reordonnes = [...items.slice(0, position), nouveau, ...items.slice(position, -1)];
      place = withListe(applique, entree.type, reordonnes);
    }
    return noter(place, entree.sequence, cle, {
      nature: 'correction',
      sequence,
      motif: e.motif,
      le: e.le,
      par: e.auteur,
    });
  });
}
