/**
 * The names of `@tremplin/core` before the naming rule of 0.2.0 (English verb + French domain noun, see
 * `docs/glossary.md`), kept for one minor version so that code written for 0.1 still compiles.
 *
 * @remarks Each alias is the very same function as its new name; it is removed in 0.3.0.
 * @packageDocumentation
 */

import { countJoursDeClasse, indexJoursDeClasse, isJourDeClasse } from './calendar/jours-de-classe.js';
import {
  filterByAnnee,
  getAnneeCourante,
  getAnneeStageCourante,
  getUaiActuel,
  listTuteursActuels,
} from './dossier/annee.js';
import { computeEmpreinte } from './dossier/empreinte.js';
import { applyEvent } from './dossier/fold.js';
import { computeCleUai } from './dossier/identifiants.js';
import { buildVueJury, freezeVueJury, verifyInstantane } from './dossier/instantane.js';
import { migrateDossierState, parseDossierState, serializeDossierState } from './dossier/serialisation.js';
import { summarizeDossier } from './dossier/summary.js';
import { coversAnneeScolaire, getDebutAnneeScolaire } from './referentiel/annee-scolaire.js';
import {
  getScopeReferentiel,
  listCompetencesDeLaFamille,
  listCompetencesDeLaSection,
  listCompetencesDuCorps,
  listItemsDuSecondDegre,
} from './referentiel/competences.js';
import { isNiveauSousAttendu, isNotation } from './referentiel/echelles.js';
import {
  getBlocDeCompetence,
  listCompetencesEvaluees,
  listCompetencesNonEvaluees,
  listGrillesValides,
  selectGrille,
} from './referentiel/grilles.js';
import { listCompetencesNonPositionnees } from './referentiel/positionnement.js';
import { buildWorkflowRules } from './rules/workflow-rules.js';
import { listPiecesManquantes, listPrealablesAvisManquants } from './workflow/conditions.js';
import { computeEffetConges } from './workflow/conges.js';
import { countJoursInclus } from './workflow/dates.js';
import { renderPageDiagramme } from './workflow/diagramme.js';
import { checkInvariantsDossier } from './workflow/invariants.js';
import { nationalWorkflowRules } from './workflow/national-rules.js';
import { checkPermission } from './workflow/permissions.js';
import { selectGrilleEtEchelle } from './workflow/positionnements.js';
import { listEtatsAcceptant, listEtatsAtteignables } from './workflow/transition-table.js';

/** @deprecated since 0.2.0 — use {@link getAnneeCourante}; removed in 0.3.0. */
export const anneeCourante = getAnneeCourante;
/** @deprecated since 0.2.0 — use {@link getAnneeStageCourante}; removed in 0.3.0. */
export const anneeStageCourante = getAnneeStageCourante;
/** @deprecated since 0.2.0 — use {@link applyEvent}; removed in 0.3.0. */
export const appliquerEvenement = applyEvent;
/** @deprecated since 0.2.0 — use {@link getBlocDeCompetence}; removed in 0.3.0. */
export const blocDeCompetence = getBlocDeCompetence;
/** @deprecated since 0.2.0 — use {@link computeEffetConges}; removed in 0.3.0. */
export const calculerEffetConges = computeEffetConges;
/** @deprecated since 0.2.0 — use {@link computeCleUai}; removed in 0.3.0. */
export const cleUai = computeCleUai;
/** @deprecated since 0.2.0 — use {@link listCompetencesDeLaFamille}; removed in 0.3.0. */
export const competencesDeLaFamille = listCompetencesDeLaFamille;
/** @deprecated since 0.2.0 — use {@link listCompetencesDeLaSection}; removed in 0.3.0. */
export const competencesDeLaSection = listCompetencesDeLaSection;
/** @deprecated since 0.2.0 — use {@link listCompetencesDuCorps}; removed in 0.3.0. */
export const competencesDuCorps = listCompetencesDuCorps;
/** @deprecated since 0.2.0 — use {@link listCompetencesEvaluees}; removed in 0.3.0. */
export const competencesEvaluees = listCompetencesEvaluees;
/** @deprecated since 0.2.0 — use {@link listCompetencesNonEvaluees}; removed in 0.3.0. */
export const competencesNonEvaluees = listCompetencesNonEvaluees;
/** @deprecated since 0.2.0 — use {@link listCompetencesNonPositionnees}; removed in 0.3.0. */
export const competencesNonPositionnees = listCompetencesNonPositionnees;
/** @deprecated since 0.2.0 — use {@link countJoursDeClasse}; removed in 0.3.0. */
export const compterJoursDeClasse = countJoursDeClasse;
/** @deprecated since 0.2.0 — use {@link getDebutAnneeScolaire}; removed in 0.3.0. */
export const debutAnneeScolaire = getDebutAnneeScolaire;
/** @deprecated since 0.2.0 — use {@link filterByAnnee}; removed in 0.3.0. */
export const deLAnnee = filterByAnnee;
/** @deprecated since 0.2.0 — use {@link summarizeDossier}; removed in 0.3.0. */
export const dossierSummary = summarizeDossier;
/** @deprecated since 0.2.0 — use {@link computeEmpreinte}; removed in 0.3.0. */
export const empreinte = computeEmpreinte;
/** @deprecated since 0.2.0 — use {@link coversAnneeScolaire}; removed in 0.3.0. */
export const estDansValidite = coversAnneeScolaire;
/** @deprecated since 0.2.0 — use {@link isJourDeClasse}; removed in 0.3.0. */
export const estJourDeClasse = isJourDeClasse;
/** @deprecated since 0.2.0 — use {@link isNotation}; removed in 0.3.0. */
export const estNotation = isNotation;
/** @deprecated since 0.2.0 — use {@link listEtatsAcceptant}; removed in 0.3.0. */
export const etatsAcceptant = listEtatsAcceptant;
/** @deprecated since 0.2.0 — use {@link listEtatsAtteignables}; removed in 0.3.0. */
export const etatsAtteignables = listEtatsAtteignables;
/** @deprecated since 0.2.0 — use {@link freezeVueJury}; removed in 0.3.0. */
export const figerVueJury = freezeVueJury;
/** @deprecated since 0.2.0 — use {@link selectGrilleEtEchelle}; removed in 0.3.0. */
export const grilleEtEchellePour = selectGrilleEtEchelle;
/** @deprecated since 0.2.0 — use {@link selectGrille}; removed in 0.3.0. */
export const grillePour = selectGrille;
/** @deprecated since 0.2.0 — use {@link listGrillesValides}; removed in 0.3.0. */
export const grillesValides = listGrillesValides;
/** @deprecated since 0.2.0 — use {@link checkInvariantsDossier}; removed in 0.3.0. */
export const invariantsDossier = checkInvariantsDossier;
/** @deprecated since 0.2.0 — use {@link listItemsDuSecondDegre}; removed in 0.3.0. */
export const itemsDuSecondDegre = listItemsDuSecondDegre;
/** @deprecated since 0.2.0 — use {@link indexJoursDeClasse}; removed in 0.3.0. */
export const joursDeClasse = indexJoursDeClasse;
/** @deprecated since 0.2.0 — use {@link countJoursInclus}; removed in 0.3.0. */
export const joursInclus = countJoursInclus;
/** @deprecated since 0.2.0 — use {@link migrateDossierState}; removed in 0.3.0. */
export const migrerDossierState = migrateDossierState;
/** @deprecated since 0.2.0 — use {@link isNiveauSousAttendu}; removed in 0.3.0. */
export const niveauEstSousAttendu = isNiveauSousAttendu;
/** @deprecated since 0.2.0 — use {@link renderPageDiagramme}; removed in 0.3.0. */
export const pageDiagrammeWorkflow = renderPageDiagramme;
/** @deprecated since 0.2.0 — use {@link parseDossierState}; removed in 0.3.0. */
export const parserDossierState = parseDossierState;
/** @deprecated since 0.2.0 — use {@link listPiecesManquantes}; removed in 0.3.0. */
export const piecesManquantes = listPiecesManquantes;
/** @deprecated since 0.2.0 — use {@link listPrealablesAvisManquants}; removed in 0.3.0. */
export const prealablesAvisManquants = listPrealablesAvisManquants;
/** @deprecated since 0.2.0 — use {@link nationalWorkflowRules}; removed in 0.3.0. */
export const reglesNationales = nationalWorkflowRules;
/** @deprecated since 0.2.0 — use {@link getScopeReferentiel}; removed in 0.3.0. */
export const scopeReferentiel = getScopeReferentiel;
/** @deprecated since 0.2.0 — use {@link serializeDossierState}; removed in 0.3.0. */
export const serialiserDossierState = serializeDossierState;
/** @deprecated since 0.2.0 — use {@link listTuteursActuels}; removed in 0.3.0. */
export const tuteursActuels = listTuteursActuels;
/** @deprecated since 0.2.0 — use {@link getUaiActuel}; removed in 0.3.0. */
export const uaiActuel = getUaiActuel;
/** @deprecated since 0.2.0 — use {@link verifyInstantane}; removed in 0.3.0. */
export const verifierInstantane = verifyInstantane;
/** @deprecated since 0.2.0 — use {@link checkPermission}; removed in 0.3.0. */
export const verifierPermission = checkPermission;
/** @deprecated since 0.2.0 — use {@link buildVueJury}; removed in 0.3.0. */
export const vueJury = buildVueJury;
/** @deprecated since 0.2.0 — use {@link buildWorkflowRules}; removed in 0.3.0. */
export const workflowRulesFromRules = buildWorkflowRules;
