/**
 * Read helpers on a dossier's state shared by the spreadsheets: current year, tuteurs, EPLE, the latest
 * record of a kind.
 *
 * @packageDocumentation
 */
import type { DossierState, PersonneRef } from '@tremplin/core';

/**
 * The number of the current year of stage (1, or 2 in a renouvellement).
 *
 * @param state - the dossier.
 * @returns the last year started, or the one about to start before the nomination.
 */
export function anneeEnCours(state: DossierState): number {
  const derniere = state.stage.annees.at(-1);
  if (derniere !== undefined) return derniere.numero;
  return state.identite.stageRenouvele ? 2 : 1;
}

/**
 * The tuteurs currently designated, in order of designation.
 *
 * @param state - the dossier.
 * @returns the people.
 */
export function tuteursEnCours(state: DossierState): PersonneRef[] {
  return state.acteurs.tuteurs.filter((d) => d.jusquau === null).map((d) => d.tuteur);
}

/**
 * The UAI of the current EPLE of affectation.
 *
 * @param state - the dossier.
 * @returns the last affectation's UAI, or the one given when the dossier was opened.
 */
export function uaiEnCours(state: DossierState): string {
  return state.affectations.at(-1)?.uai ?? state.identite.uai;
}

/**
 * « NOM Prénom » as French administrative lists write a person.
 *
 * @param person - anyone with a `nom` and a `prenom`.
 * @returns the family name in capitals, then the first name.
 */
export function nomComplet(person: { readonly nom: string; readonly prenom: string }): string {
  return `${person.nom.toLocaleUpperCase('fr')} ${person.prenom}`;
}

/**
 * The last element of a list that matches, in the list's order (records are appended in event order).
 *
 * @param items - the records.
 * @param predicate - which ones count.
 * @returns the last matching record, or undefined.
 */
export function dernier<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && predicate(item)) return item;
  }
  return undefined;
}

/**
 * Sorts dossiers as a list for people: by family name, first name (French collation), then dossier id.
 *
 * @param states - the dossiers.
 * @returns a new sorted array.
 */
export function parNom(states: readonly DossierState[]): DossierState[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return [...states].sort(
    (a, b) =>
      collator.compare(a.identite.stagiaire.nom, b.identite.stagiaire.nom) ||
      collator.compare(a.identite.stagiaire.prenom, b.identite.stagiaire.prenom) ||
      (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : 0),
  );
}
