/**
 * `@tremplin/core/schemas`: the zod schema of every input, event and command the library accepts, and the
 * JSON Schemas generated from them (also shipped as `@tremplin/core/schemas/*.json`).
 *
 * @category Sous-chemins
 * @packageDocumentation
 */
export { calendrierScolaireRowSchema } from '../calendar/calendrier-scolaire-dataset.js';
export { anneeScolaireLabelSchema, localDateSchema } from '../calendar/date-schemas.js';
export { acteurSchema, auteurRefSchema, personneRefSchema, roleSchema } from '../dossier/acteurs.js';
export {
  autoriteSchema,
  categorieMembreJurySchema,
  commissionSchema,
  compositionJurySchema,
  conclusionMedicaleSchema,
  concoursSchema,
  constatJurySchema,
  fonctionSchema,
  fondementDecisionSchema,
  formationCommissionSchema,
  instanceMedicaleSchema,
  membreJurySchema,
  natureTempsPartielSchema,
  objetAvisCommissionSchema,
  propositionJurySchema,
  sanctionSchema,
  voieConcoursSchema,
} from '../dossier/chaine.js';
export { civiliteSchema } from '../dossier/civilite.js';
export { corpsSchema, profilSchema } from '../dossier/corps.js';
export {
  champPersonnelSchema,
  donneesPersonnellesSchema,
  fondementEffacementSchema,
  numenSchema,
  rectificationPersonnelleSchema,
} from '../dossier/donnees-personnelles.js';
export {
  acteurDesigneSchema,
  alerteDeclencheeSchema,
  alerteLeveeSchema,
  autopositionnementEnregistreSchema,
  avisEmisSchema,
  avisMedicalRenduSchema,
  bilanDeposeSchema,
  carnetEntreeAjouteeSchema,
  commissionAvisRenduSchema,
  congeEnregistreSchema,
  decisionPrononceeSchema,
  demissionAccepteeSchema,
  demissionPresenteeSchema,
  disciplineEngageeSchema,
  dossierEventSchema,
  dossierEventTypes,
  dossierOuvertSchema,
  dossierTransmisAuJurySchema,
  dossierTransmisAuMinistreSchema,
  dossierTransmisAuRecteurSchema,
  enregistrementAnnuleSchema,
  enregistrementCorrigeSchema,
  entretienTenuSchema,
  formationEnregistreeSchema,
  identiteEffaceeSchema,
  identiteRectifieeSchema,
  juryEntretienTenuSchema,
  masterJustifieSchema,
  nominationReporteeSchema,
  observationCompetenceSchema,
  propositionJuryEmiseSchema,
  protocoleClosSchema,
  protocoleOuvertSchema,
  remplacementEnregistrementSchema,
  sanctionPrononceeSchema,
  stageProlongeSchema,
  stagiaireAffecteSchema,
  stagiaireNommeSchema,
  tempsPartielEnregistreSchema,
  tuteurDesigneSchema,
  tuteurRetireSchema,
  visiteAnnuleeSchema,
  visitePlanifieeSchema,
  visiteRealiseeSchema,
} from '../dossier/events.js';
export {
  academieSchema,
  anneeScolaireSchema,
  identifiantSchema,
  identifiantSurSchema,
  isoDateSchema,
  isoInstantSchema,
  nomSchema,
  texteLibreSchema,
  uaiSchema,
} from '../dossier/identifiants.js';
export {
  acteursAssignesSchema,
  categorieStagiaireSchema,
  dossierIdentiteSchema,
  quotiteSchema,
  situationMasterSchema,
  stagiaireSchema,
} from '../dossier/identite.js';
export { empreinteSchema, instantaneJurySchema } from '../dossier/instantane-schema.js';
export { positionnementEnregistreSchema, positionnementEntreeSchema } from '../dossier/positionnement.js';
export { dossierStateSchema, etatDossierSchema } from '../dossier/state-schema.js';
export {
  momentAlerteSchema,
  motifAlerteSchema,
  natureBilanSchema,
  natureCongeSchema,
  natureDecisionSchema,
  natureEntretienSchema,
  natureVisiteSchema,
  operateurFormationSchema,
  presenceFormationSchema,
  roleAvisSchema,
  roleEvaluateurSchema,
  sensAvisSchema,
} from '../dossier/vocabulaire.js';
export { competenceCodeSchema } from '../referentiel/codes.js';
export { echelleSchema, grilleSchema } from '../referentiel/configuration.js';
export { positionnementSchema } from '../referentiel/positionnement.js';
export { dateSpecSchema, typeVacancesSchema } from '../rules/date-spec.js';
export { rulePackSchema } from '../rules/pack.js';
export { inputJsonSchema } from '../schemas/input-schemas.js';
export {
  acteSchema,
  autoriteCompetenteSchema,
  exigenceAvisCommissionSchema,
} from '../workflow/chaine-rules.js';
export {
  accepterDemissionSchema,
  annulerEnregistrementSchema,
  annulerVisiteSchema,
  cloreProtocoleSchema,
  commandSchema,
  commandTypes,
  corrigerEnregistrementSchema,
  declencherAlerteSchema,
  delibererSchema,
  deposerBilanSchema,
  designerActeurSchema,
  designerTuteurSchema,
  ecrireCarnetSchema,
  effacerIdentiteSchema,
  emettreAvisSchema,
  engagerDisciplineSchema,
  enregistrerAutopositionnementSchema,
  enregistrerAvisMedicalSchema,
  enregistrerCongeSchema,
  enregistrerEntretienSchema,
  enregistrerFormationSchema,
  enregistrerTempsPartielSchema,
  entendreStagiaireSchema,
  justifierMasterSchema,
  leverAlerteSchema,
  modifierAffectationSchema,
  ouvrirDossierSchema,
  ouvrirProtocoleSchema,
  planifierVisiteSchema,
  presenterDemissionSchema,
  prolongerStageSchema,
  prononcerDecisionSchema,
  prononcerNominationSchema,
  prononcerSanctionSchema,
  realiserVisiteSchema,
  rectifierIdentiteSchema,
  rendreAvisCommissionSchema,
  reporterNominationSchema,
  retirerTuteurSchema,
  saisirJurySchema,
  saisirMinistreSchema,
  saisirRecteurSchema,
} from '../workflow/commands.js';
export {
  exigenceDossierSchema,
  fenetreStageSchema,
  pieceDossierSchema,
  prealableAvisSchema,
  sourceRefSchema,
  traitementCongeSchema,
  workflowRulesSchema,
} from '../workflow/rules.js';
export * from './input-schemas.js';
