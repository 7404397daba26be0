/**
 * Read helpers shared by the spreadsheets (the current year, tuteurs and EPLE come from the core:
 * `getAnneeCourante`, `listTuteursActuels`, `getUaiActuel`).
 *
 * @packageDocumentation
 */
import type { DossierState } from '@tremplin/core';

/**
 * « NOM Prénom » as French administrative lists write a person.
 *
 * @param person - anyone with a `nom` and a `prenom`.
 * @returns the family name in capitals, then the first name.
 */
export function formatNomComplet(person: { readonly nom: string; readonly prenom: string }): string {
  return `${person.nom.toLocaleUpperCase('fr')} ${person.prenom}`;
}

/**
 * The last element of a list that matches, in the list's order (records are appended in event order).
 *
 * @param items - the records.
 * @param predicate - which ones count.
 * @returns the last matching record, or undefined.
 */
export function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
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
export function sortByNom(states: readonly DossierState[]): DossierState[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return [...states].sort(
    (a, b) =>
      collator.compare(a.identite.stagiaire.nom, b.identite.stagiaire.nom) ||
      collator.compare(a.identite.stagiaire.prenom, b.identite.stagiaire.prenom) ||
      (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : 0),
  );
}
