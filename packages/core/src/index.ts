/**
 * `@tremplin/core`: the domain of the année de stage — référentiel, dossier, workflow, rules, alerts,
 * calendars — and the service that runs it for a host.
 *
 * Adapter authors find their tooling on subpaths: `@tremplin/core/store-kit` (the store port's helpers),
 * `@tremplin/core/testing` (scenario runners, fixtures, arbitraries) and `@tremplin/core/schemas` (the zod
 * schemas of every input and their JSON Schemas).
 *
 * @mergeModuleWith <project>
 * @packageDocumentation
 */

export type { AlertCode, AlerteFacultative } from './alerts/codes.js';
export { ALERT_CODES, ALERTES_FACULTATIVES } from './alerts/codes.js';
export type { CohortEvaluation, RuleSet, SkippedDossier } from './alerts/evaluate-cohort.js';
export { evaluateCohort } from './alerts/evaluate-cohort.js';
export { evaluateDossier } from './alerts/evaluate-dossier.js';
export type { ExplanationBase } from './alerts/explain.js';
export type * from './alerts/types.js';
export type { AcademieCalendrier } from './calendar/academies.js';
export { ACADEMIES, findAcademie } from './calendar/academies.js';
export type { CalendarSource } from './calendar/calendar-source.js';
export { createStaticCalendarSource } from './calendar/calendar-source.js';
export type {
  CalendrierScolaireRow,
  ImportCalendrierOptions,
} from './calendar/calendrier-scolaire-dataset.js';
export { importCalendrierScolaire } from './calendar/calendrier-scolaire-dataset.js';
export type { CalendrierAbsent } from './calendar/calendriers.js';
export {
  ANNEES_CALENDRIERS,
  CALENDRIERS,
  CALENDRIERS_ABSENTS,
  findCalendrier,
} from './calendar/calendriers.js';
export type { JoursDeClasse } from './calendar/jours-de-classe.js';
export { countJoursDeClasse, indexJoursDeClasse, isJourDeClasse } from './calendar/jours-de-classe.js';
export type { JourFerie, TerritoireFeries } from './calendar/jours-feries.js';
export {
  getDimanchePaques,
  getJoursFeries,
  getTerritoireFeries,
  isJourFerie,
  SOURCE_DECRET_83_1003,
  SOURCE_L3133_1,
  SOURCE_L3134_13,
  SOURCE_LOI_83_550,
} from './calendar/jours-feries.js';
export type { AnneeScolaire, LocalDate } from './calendar/local-date.js';
export {
  addDays,
  daysBetween,
  fromEpochDay,
  isAnneeScolaire,
  isLocalDate,
  lastDayOfMonth,
  toEpochDay,
} from './calendar/local-date.js';
export type * from './calendar/types.js';
export type { EpochMillis } from './calendar/zoned-time.js';
export {
  endOfLocalDay,
  formatInstant,
  isValidTimeZone,
  localDateAt,
  parseInstant,
  startOfLocalDay,
} from './calendar/zoned-time.js';
export * from './deprecated.js';
export type { Acteur, AuteurRef, PersonneRef, Role } from './dossier/acteurs.js';
export { roles } from './dossier/acteurs.js';
export {
  filterByAnnee,
  getAnneeCourante,
  getAnneeStageCourante,
  getUaiActuel,
  listTuteursActuels,
} from './dossier/annee.js';
export type {
  Autorite,
  CategorieMembreJury,
  Commission,
  CompositionJury,
  ConclusionMedicale,
  Concours,
  ConstatJury,
  Fonction,
  FondementDecision,
  FormationCommission,
  InstanceMedicale,
  MembreJury,
  NatureTempsPartiel,
  ObjetAvisCommission,
  PropositionJury,
  Sanction,
  VoieConcours,
} from './dossier/chaine.js';
export type { Civilite } from './dossier/civilite.js';
export { formatMotAccorde, MOTS_ACCORDES } from './dossier/civilite.js';
export type { Corps } from './dossier/corps.js';
export { getFonction, getProfil } from './dossier/corps.js';
export type {
  CorrectionEnregistrement,
  EnregistrementSuivi,
  TypeEvenementCorrigeable,
} from './dossier/corrections.js';
export {
  correctionEnregistrementSchema,
  enregistrementSuiviSchema,
  isEnregistrementAnnule,
  typesEvenementCorrigeable,
} from './dossier/corrections.js';
export type {
  ChampPersonnel,
  DonneesPersonnelles,
  FondementEffacement,
} from './dossier/donnees-personnelles.js';
export { CHAMPS_PERSONNELS } from './dossier/donnees-personnelles.js';
export { computeEmpreinte } from './dossier/empreinte.js';
export type {
  DossierEvent,
  DossierEventOf,
  DossierEventType,
  ObservationCompetence,
  RemplacementEnregistrement,
} from './dossier/events.js';
export type { SequencedEvent } from './dossier/fold.js';
export { applyEvent, foldDossier } from './dossier/fold.js';
export type { IsoDate, IsoInstant } from './dossier/identifiants.js';
export {
  AGE_STAGIAIRE_PLAUSIBLE,
  checkDateNaissance,
  computeCleUai,
  IDENTIFIANT_SUR,
  isIdentifiantSur,
  showControlCharacters,
} from './dossier/identifiants.js';
export type {
  ActeursAssignes,
  CategorieStagiaire,
  DossierIdentite,
  EtablissementDossier,
  Quotite,
  SituationMaster,
  Stagiaire,
} from './dossier/identite.js';
export { etablissementDossierSchema } from './dossier/identite.js';
export type { ReglesUtilisees } from './dossier/instantane.js';
export { buildVueJury, freezeVueJury, verifyInstantane } from './dossier/instantane.js';
export type { InstantaneJury } from './dossier/instantane-schema.js';
export type { PositionnementEnregistre } from './dossier/positionnement.js';
export type { Sensitive } from './dossier/sensitive.js';
export { sensitive, sensitivePaths } from './dossier/sensitive.js';
export type { MigrationDossierState } from './dossier/serialisation.js';
export { migrateDossierState, parseDossierState, serializeDossierState } from './dossier/serialisation.js';
export type {
  ActeursDossier,
  Affectation,
  Alerte,
  AnneeStage,
  Autopositionnement,
  Avis,
  AvisCommission,
  AvisMedical,
  Bilan,
  CompteRenduVisite,
  Conge,
  Decision,
  Demission,
  DesignationTuteur,
  DossierState,
  EntreeCarnet,
  Entretien,
  EntretienJury,
  EtatDossier,
  JourneeFormation,
  PeriodeTempsPartiel,
  ProcedureDisciplinaire,
  ProlongationConges,
  PropositionJuryRecord,
  Protocole,
  Saisine,
  Stage,
  TransmissionJury,
  Visite,
} from './dossier/state.js';
export { DOSSIER_STATE_SCHEMA_VERSION, etatsDossier, etatsFinaux } from './dossier/state.js';
export { summarizeDossier } from './dossier/summary.js';
export type {
  MomentAlerte,
  MotifAlerte,
  NatureBilan,
  NatureConge,
  NatureDecision,
  NatureEntretien,
  NatureVisite,
  OperateurFormation,
  PresenceFormation,
  RoleAvis,
  RoleEvaluateur,
  SensAvis,
} from './dossier/vocabulaire.js';
export type * from './errors.js';
export { issue, validationError } from './errors.js';
export type * from './events.js';
export type * from './ports/append.js';
export type * from './ports/dossier.js';
export type * from './ports/dossier-index.js';
export type * from './ports/exporter.js';
export type * from './ports/personnes.js';
export type { DossierFilter, OneOrMany, Page, PageRequest, StreamOptions } from './ports/query.js';
export type * from './ports/store.js';
export {
  coversAnneeScolaire,
  getDebutAnneeScolaire,
  parseAnneeScolaire,
} from './referentiel/annee-scolaire.js';
export { competenceCodes } from './referentiel/codes.js';
export {
  getCompetence,
  getCorps,
  getItem,
  getScopeReferentiel,
  getSection,
  isCompetenceCode,
  listCompetencesDeLaFamille,
  listCompetencesDeLaSection,
  listCompetencesDuCorps,
  listItemsDuSecondDegre,
} from './referentiel/competences.js';
export { validateEchelle, validateGrille } from './referentiel/configuration.js';
export { referentiel2013 } from './referentiel/data/2013.js';
export { corpsSecondDegre, scopesReferentiel } from './referentiel/data/corps.js';
export { echellesParDefaut } from './referentiel/data/echelles.js';
export { grillesNationales } from './referentiel/data/grilles.js';
export type { NiveauxAttendus } from './referentiel/echelles.js';
export {
  getEchelle,
  getNiveau,
  getNiveauAttendu,
  isNiveauSousAttendu,
  isNotation,
} from './referentiel/echelles.js';
export {
  getBlocDeCompetence,
  getGrille,
  getItemGrille,
  listCompetencesEvaluees,
  listCompetencesNonEvaluees,
  listGrillesValides,
  selectGrille,
} from './referentiel/grilles.js';
export type { ReferentielJsonOptions } from './referentiel/json.js';
export { referentielToJson } from './referentiel/json.js';
export type { BlocLignes, LigneGrille } from './referentiel/lignes.js';
export { listLignesGrille } from './referentiel/lignes.js';
export type {
  PositionnementEntryInput,
  PositionnementInput,
  PositionnementIssueCode,
} from './referentiel/positionnement.js';
export {
  getCibleEntree,
  listCiblesGrille,
  listCiblesNonPositionnees,
  listCompetencesNonPositionnees,
  POSITIONNEMENT_ISSUE_CODES,
  validatePositionnement,
} from './referentiel/positionnement.js';
export type { MentionStatut, MentionsStatut } from './referentiel/statut.js';
export { getMentionEchelle, getMentionGrille, getMentionNiveau } from './referentiel/statut.js';
export type * from './referentiel/types.js';
export type {
  CompiledAcademique,
  CompiledCadence,
  CompiledDue,
  CompiledRules,
  CompileInput,
} from './rules/compile.js';
export { compileRules } from './rules/compile.js';
export { packNational } from './rules/data/pack-national.js';
export type { DateSpec } from './rules/date-spec.js';
export type { Layer, PackNote, PackParameters, ParameterEntry, RulePack, Validity } from './rules/pack.js';
export { defineRulePack, LAYERS, parseRulePack, parseRulePackJson, parseRulePackYaml } from './rules/pack.js';
export type {
  CadenceVisites,
  CreditFormation,
  DestinatairesParameters,
  DispositifAlerte,
  Echeance,
  EcheanceAcademique,
  MergedByIdKey,
  PackValue,
  ParameterKey,
  ParameterValues,
  PartFormation,
  PhaseCadence,
  PreuveEcheance,
  Retrait,
  SessionFormation,
} from './rules/parameters.js';
export { PARAMETER_KEYS } from './rules/parameters.js';
export type { MergeStep, PackRef, ResolvedParameter, ResolvedRules } from './rules/resolve.js';
export { citeSource, citeWording, explainParameter, resolveRules, sourceNature } from './rules/resolve.js';
export { buildWorkflowRules } from './rules/workflow-rules.js';
export * from './service/index.js';
export type { Acte, AutoriteCompetente, ExigenceAvisCommission } from './workflow/chaine-rules.js';
export type { Command, CommandOf, CommandType, TypeCorrection } from './workflow/commands.js';
export { typesCorrection } from './workflow/commands.js';
export { listPiecesManquantes, listPrealablesAvisManquants } from './workflow/conditions.js';
export type { EffetConges } from './workflow/conges.js';
export { computeEffetConges } from './workflow/conges.js';
export type * from './workflow/context.js';
export type * from './workflow/contexte-decision.js';
export { countJoursInclus } from './workflow/dates.js';
export { renderPageDiagramme } from './workflow/diagramme.js';
export type { BornesStage } from './workflow/fenetre-stage.js';
export { COMMANDES_ANTIDATABLES, getBornesStage } from './workflow/fenetre-stage.js';
export type { GardeId, GardeNommee } from './workflow/gardes/index.js';
export { gardes } from './workflow/gardes/index.js';
export type { CommandeDecision, Garde, Handler, TypeDecision } from './workflow/handlers/types.js';
export { typesDecision } from './workflow/handlers/types.js';
export { checkInvariantsDossier } from './workflow/invariants.js';
export { FENETRE_STAGE_PAR_DEFAUT, nationalWorkflowRules } from './workflow/national-rules.js';
export {
  checkPermission,
  formationsParRole,
  matricePermissions,
  visitesParRole,
} from './workflow/permissions.js';
export type { UsagePositionnement } from './workflow/positionnements.js';
export { selectGrilleAvis, selectGrilleEtEchelle } from './workflow/positionnements.js';
export type {
  ExigenceDossier,
  FenetreStage,
  PieceDossier,
  PrealableAvis,
  TraitementConge,
  WorkflowRules,
} from './workflow/rules.js';
export { transition } from './workflow/transition.js';
export type { EtatOuNouveau, LigneTransition } from './workflow/transition-table.js';
export {
  findLigne,
  listEtatsAcceptant,
  listEtatsAtteignables,
  transitionTable,
} from './workflow/transition-table.js';
