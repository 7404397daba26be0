/**
 * The names of `@tremplin/export-pdf` before the naming rule of 0.2.0 (English verb + French domain noun, see
 * `docs/glossary.md`), kept for one minor version so that code written for 0.1 still compiles.
 *
 * @remarks Each alias is the very same function as its new name; it is removed in 0.3.0. `anneeCourante` and
 * `uaiCourant` duplicated the core's {@link getAnneeCourante} and {@link getUaiActuel}: they now point to them.
 * @packageDocumentation
 */
import { getAnneeCourante, getUaiActuel } from '@tremplin/core';
import {
  buildMasqueDonneesPersonnelles,
  isDemande,
  listChampsSensibles,
} from './documents/donnees-personnelles.js';
import { buildNomFichierFicheBilan, drawFicheBilan } from './documents/fiche-bilan.js';
import { buildGrilleChamps, buildTableauIdentite } from './documents/identite.js';
import {
  computeNumeroAnneeDansSession,
  findNomActeur,
  formatDateFr,
  formatLibelleDiscipline,
  formatLibelleEtablissement,
  formatNomComplet,
  getAnneeScolaireDuStage,
} from './documents/labels.js';
import { buildNomFichierListeJury, drawListeJury } from './documents/liste-jury.js';
import { buildNomFichierRapportVisite, drawRapportVisite } from './documents/rapport-visite.js';
import {
  applyApostrophesTypographiques,
  applyEspacesInsecables,
  applyTypographieFrancaise,
} from './layout/typographie.js';

/** @deprecated since 0.2.0 — use {@link @tremplin/core!getAnneeCourante}; removed in 0.3.0. */
export const anneeCourante = getAnneeCourante;
/** @deprecated since 0.2.0 — use {@link getAnneeScolaireDuStage}; removed in 0.3.0. */
export const anneeScolaireDuStage = getAnneeScolaireDuStage;
/** @deprecated since 0.2.0 — use {@link applyApostrophesTypographiques}; removed in 0.3.0. */
export const apostrophesTypographiques = applyApostrophesTypographiques;
/** @deprecated since 0.2.0 — use {@link listChampsSensibles}; removed in 0.3.0. */
export const champsSensibles = listChampsSensibles;
/** @deprecated since 0.2.0 — use {@link formatDateFr}; removed in 0.3.0. */
export const dateFr = formatDateFr;
/** @deprecated since 0.2.0 — use {@link drawFicheBilan}; removed in 0.3.0. */
export const dessinerFicheBilan = drawFicheBilan;
/** @deprecated since 0.2.0 — use {@link drawListeJury}; removed in 0.3.0. */
export const dessinerListeJury = drawListeJury;
/** @deprecated since 0.2.0 — use {@link drawRapportVisite}; removed in 0.3.0. */
export const dessinerRapportVisite = drawRapportVisite;
/** @deprecated since 0.2.0 — use {@link applyEspacesInsecables}; removed in 0.3.0. */
export const espacesInsecables = applyEspacesInsecables;
/** @deprecated since 0.2.0 — use {@link isDemande}; removed in 0.3.0. */
export const estDemande = isDemande;
/** @deprecated since 0.2.0 — use {@link buildGrilleChamps}; removed in 0.3.0. */
export const grilleChamps = buildGrilleChamps;
/** @deprecated since 0.2.0 — use {@link formatLibelleDiscipline}; removed in 0.3.0. */
export const libelleDiscipline = formatLibelleDiscipline;
/** @deprecated since 0.2.0 — use {@link formatLibelleEtablissement}; removed in 0.3.0. */
export const libelleEtablissement = formatLibelleEtablissement;
/** @deprecated since 0.2.0 — use {@link buildMasqueDonneesPersonnelles}; removed in 0.3.0. */
export const masqueDonneesPersonnelles = buildMasqueDonneesPersonnelles;
/** @deprecated since 0.2.0 — use {@link findNomActeur}; removed in 0.3.0. */
export const nomActeur = findNomActeur;
/** @deprecated since 0.2.0 — use {@link formatNomComplet}; removed in 0.3.0. */
export const nomComplet = formatNomComplet;
/** @deprecated since 0.2.0 — use {@link buildNomFichierFicheBilan}; removed in 0.3.0. */
export const nomFichierFicheBilan = buildNomFichierFicheBilan;
/** @deprecated since 0.2.0 — use {@link buildNomFichierListeJury}; removed in 0.3.0. */
export const nomFichierListeJury = buildNomFichierListeJury;
/** @deprecated since 0.2.0 — use {@link buildNomFichierRapportVisite}; removed in 0.3.0. */
export const nomFichierRapportVisite = buildNomFichierRapportVisite;
/** @deprecated since 0.2.0 — use {@link computeNumeroAnneeDansSession}; removed in 0.3.0. */
export const numeroAnneeDansSession = computeNumeroAnneeDansSession;
/** @deprecated since 0.2.0 — use {@link buildTableauIdentite}; removed in 0.3.0. */
export const tableauIdentite = buildTableauIdentite;
/** @deprecated since 0.2.0 — use {@link applyTypographieFrancaise}; removed in 0.3.0. */
export const typographieFrancaise = applyTypographieFrancaise;
/** @deprecated since 0.2.0 — use {@link @tremplin/core!getUaiActuel}; removed in 0.3.0. */
export const uaiCourant = getUaiActuel;
