/**
 * The « identité et contexte » block shared by the fiche bilan and the rapport de visite: a grid of
 * labels and values (stagiaire, corps, discipline, EPLE, school year, actors).
 *
 * @packageDocumentation
 */
import { type DossierState, getUaiActuel, type PersonneRef } from '@tremplin/core';
import type { PdfLayout } from '../layout/pdf-layout.js';
import type { TableCell, TableRow, TableSpec } from '../layout/table.js';
import type { PdfExportConfig } from './config.js';
import type { Masque } from './donnees-personnelles.js';
import {
  capitaliser,
  formatCategorie,
  formatDateFr,
  formatLibelleCorpsEtFonction,
  formatLibelleDiscipline,
  formatLibelleEtablissement,
  formatMot,
  formatNomComplet,
  getAnneeScolaireDuStage,
  libelleQuotite,
} from './labels.js';

/** Labels of the sensitive fields, by the names `@tremplin/core` gives them. */
export const libelleChampSensible: Readonly<Record<string, string>> = {
  numen: 'NUMEN',
  dateNaissance: 'Date de naissance',
  courriel: 'Courriel',
};

/** A label and its value. */
export type Champ = readonly [label: string, value: string];

/**
 * Lays label/value pairs out two per row: label, value, label, value.
 *
 * @param layout - the document (for the label fill colour).
 * @param champs - the pairs, in reading order.
 * @returns a table without header.
 */
export function buildGrilleChamps(layout: PdfLayout, champs: readonly Champ[]): TableSpec {
  const label = (text: string): TableCell => ({ text, bold: true, fill: layout.style.colors.labelFill });
  const rows: TableRow[] = [];
  for (let i = 0; i < champs.length; i += 2) {
    const left = champs[i];
    const right = champs[i + 1];
    if (left === undefined) continue;
    rows.push({
      cells: [
        label(left[0]),
        left[1],
        right !== undefined ? label(right[0]) : '',
        right !== undefined ? right[1] : '',
      ],
    });
  }
  return {
    columns: [
      { header: '', width: 1.2 },
      { header: '', width: 1.8 },
      { header: '', width: 1.2 },
      { header: '', width: 1.8 },
    ],
    rows,
    header: false,
  };
}

/**
 * The label of the tuteurs' field, agreed with their civilité: « Tuteur », « Tutrice », « Tutrices »; both
 * forms when one is not recorded.
 *
 * @param tuteurs - the tuteurs printed.
 * @returns the label.
 * @remarks Réunion guide 2022-2023 § 4 (the tuteur); Issue 12, point 7: every document agrees with the civilité the rectorat records (Madame, Monsieur), naming both forms when none is recorded.
 */
export function libelleTuteurs(tuteurs: readonly PersonneRef[]): string {
  if (tuteurs.length <= 1) return capitaliser(formatMot('tuteur', tuteurs[0]?.civilite));
  if (tuteurs.some((t) => t.civilite === undefined)) return 'Tuteurs ou tutrices';
  return tuteurs.every((t) => t.civilite === 'madame') ? 'Tutrices' : 'Tuteurs';
}

/**
 * The identity and context of a stagiaire for a year of stage.
 *
 * @param dossier - the dossier.
 * @param annee - the year of stage (1 or 2).
 * @param config - names of EPLE and disciplines.
 * @param layout - the document.
 * @param masque - the personal-data policy: sensitive fields appear only when the caller asked.
 * @returns the table to draw.
 */
export function buildTableauIdentite(
  dossier: DossierState,
  annee: number,
  config: PdfExportConfig,
  layout: PdfLayout,
  masque: Masque,
): TableSpec {
  const { identite, acteurs } = dossier;
  const tuteurs = acteurs.tuteurs.filter((d) => d.jusquau === null);
  const tuteursAffiches = tuteurs.length > 0 ? tuteurs : acteurs.tuteurs.slice(-1);
  const personne = (p: { nom: string; prenom: string } | null): string =>
    p !== null ? formatNomComplet(p) : '';
  const champs: Champ[] = [
    ['Nom', identite.stagiaire.nom.toLocaleUpperCase('fr-FR')],
    ['Prénom', identite.stagiaire.prenom],
    ['Corps', formatLibelleCorpsEtFonction(identite)],
    ['Discipline', formatLibelleDiscipline(config, identite.discipline, identite)],
    ['Établissement (EPLE)', formatLibelleEtablissement(config, getUaiActuel(dossier), dossier)],
    ['Année scolaire', getAnneeScolaireDuStage(identite.anneeScolaire, annee)],
    ['Quotité de service', libelleQuotite[identite.quotite]],
    ['Année de stage', annee > 1 ? `${annee}e année (renouvellement)` : '1re année'],
    ['Situation', formatCategorie(identite.categorie, identite.stagiaire.civilite)],
    [
      'Date de nomination',
      dossier.stage.dateNomination !== null
        ? formatDateFr(dossier.stage.dateNomination)
        : `${formatDateFr(identite.dateNominationPrevue)} (prévue)`,
    ],
    [
      libelleTuteurs(tuteursAffiches.map((d) => d.tuteur)),
      tuteursAffiches.map((d) => formatNomComplet(d.tuteur)).join(', '),
    ],
    ["Chef d'établissement", personne(acteurs.chefEtablissement)],
    [capitaliser(formatMot('inspecteur', acteurs.inspecteur?.civilite)), personne(acteurs.inspecteur)],
    [
      `${capitaliser(formatMot('formateur', acteurs.formateursInspe.length === 1 ? acteurs.formateursInspe[0]?.civilite : undefined))} INSPÉ`,
      acteurs.formateursInspe.map(formatNomComplet).join(', '),
    ],
  ];
  for (const champ of masque.demandes) {
    champs.push([
      libelleChampSensible[champ.name] ?? champ.name,
      champ.name === 'dateNaissance' ? formatDateFr(champ.value) : champ.value,
    ]);
  }
  return buildGrilleChamps(
    layout,
    champs.map(([label, value]) => [label, masque.clean(value)] as const),
  );
}
