/**
 * The vocabulary of the chain of decisions: who finds (the jury académique, the inspecteur général), who gives
 * an avis (the CAP, the conseil de discipline, the conseil médical), who decides (the recteur, the ministre),
 * and on which ground.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 4, 6, 9; arrêté du 22 août 2014 (NOR MENH1411677A)
 * art. 4–7; décret n° 72-581 art. 24, 26; décret n° 94-874 art. 7, 10, 13, 15, 24; décret n° 85-899 art. 3.
 * @packageDocumentation
 */
import { z } from 'zod';
import { personneRefSchema } from './acteurs.js';
import { corpsSchema } from './corps.js';

/**
 * What the jury académique finds about a stagiaire: `apte`, `inapte`, or `non-evalue` when he could not be
 * evaluated at this session (a prolonged stage): the jury of the next session evaluates him.
 *
 * @remarks Arrêté MENH1411675A art. 4 (« Les stagiaires bénéficiant d'une prolongation de stage et qui n'ont
 * pas pu être évalués à cette date le sont par le nouveau jury compétent ») and art. 9 (« estimés aptes »).
 * @category Dossier
 */
export const constatJurySchema = z.enum(['apte', 'inapte', 'non-evalue']);
/**
 * What the jury finds.
 *
 * @category Dossier
 */
export type ConstatJury = z.infer<typeof constatJurySchema>;

/**
 * What the jury proposes for a stagiaire it finds not apte: a second year, a licenciement, or the réintégration
 * of a détaché. An apte stagiaire is proposed for titularisation.
 *
 * @remarks Arrêté MENH1411675A art. 9; décret n° 72-581 art. 26 (« sur proposition du jury »).
 * @category Dossier
 */
export const propositionJurySchema = z.enum([
  'titularisation',
  'renouvellement',
  'licenciement',
  'reintegration',
]);
/**
 * A proposition of the jury.
 *
 * @category Dossier
 */
export type PropositionJury = z.infer<typeof propositionJurySchema>;

/**
 * The authority that pronounces an act: the recteur (or the vice-recteur where he holds the recteur's powers)
 * or the ministre.
 *
 * @remarks Arrêté MENH1411675A art. 9 and 12; décret n° 85-899 art. 3 (cessation de fonctions not delegable).
 * @category Dossier
 */
export const autoriteSchema = z.enum(['recteur', 'vice-recteur', 'ministre']);
/**
 * An authority.
 *
 * @category Dossier
 */
export type Autorite = z.infer<typeof autoriteSchema>;

/**
 * The ground of a decision: the evaluation of the stage (end of stage), insuffisance professionnelle in the
 * course of the stage (décret 94-874 art. 7), inaptitude physique (art. 24).
 *
 * @category Dossier
 */
export const fondementDecisionSchema = z.enum([
  'evaluation',
  'insuffisance-professionnelle',
  'inaptitude-physique',
]);
/**
 * The ground of a decision.
 *
 * @category Dossier
 */
export type FondementDecision = z.infer<typeof fondementDecisionSchema>;

/**
 * The five disciplinary sanctions of a stagiaire, in the order of the text (1° to 5°).
 *
 * @remarks Décret n° 94-874 art. 10: « 1° L'avertissement ; 2° Le blâme ; 3° L'exclusion temporaire, avec retenue
 * de rémunération […], pour une durée maximale de deux mois ; 4° Le déplacement d'office ; 5° L'exclusion
 * définitive de service. »
 * @category Dossier
 */
export const sanctionSchema = z.enum([
  'avertissement',
  'blame',
  'exclusion-temporaire',
  'deplacement-office',
  'exclusion-definitive',
]);
/**
 * A disciplinary sanction.
 *
 * @category Dossier
 */
export type Sanction = z.infer<typeof sanctionSchema>;

/**
 * A commission administrative paritaire: académique (`capa`), nationale (`capn`), or `cap` when the text names
 * only « la commission administrative paritaire » competent for the corps (décret 94-874 art. 29).
 *
 * @category Dossier
 */
export const commissionSchema = z.enum(['capa', 'capn', 'cap']);
/**
 * A commission administrative paritaire.
 *
 * @category Dossier
 */
export type Commission = z.infer<typeof commissionSchema>;

/**
 * How a CAP sits: in its ordinary formation, or as conseil de discipline (décret 94-874 art. 13).
 *
 * @category Dossier
 */
export const formationCommissionSchema = z.enum(['ordinaire', 'conseil-de-discipline']);
/**
 * How a CAP sits.
 *
 * @category Dossier
 */
export type FormationCommission = z.infer<typeof formationCommissionSchema>;

/**
 * The act a CAP gives its avis on.
 *
 * @category Dossier
 */
export const objetAvisCommissionSchema = z.enum([
  'titularisation',
  'renouvellement',
  'licenciement',
  'reintegration',
  'sanction',
]);
/**
 * The act a CAP gives its avis on.
 *
 * @category Dossier
 */
export type ObjetAvisCommission = z.infer<typeof objetAvisCommissionSchema>;

/**
 * The medical body whose avis the texts require: the comité médical and the commission de réforme, replaced by
 * the conseil médical from 14 March 2022 (décret n° 2022-353).
 *
 * @category Dossier
 */
export const instanceMedicaleSchema = z.enum(['comite-medical', 'commission-de-reforme', 'conseil-medical']);
/**
 * A medical body.
 *
 * @category Dossier
 */
export type InstanceMedicale = z.infer<typeof instanceMedicaleSchema>;

/**
 * What the medical body finds: the stagiaire may resume, or is placed in congé sans traitement, or is in
 * « l'impossibilité définitive et absolue de reprendre ses fonctions » (décret 94-874 art. 24 2° and 3°).
 *
 * @category Dossier
 */
export const conclusionMedicaleSchema = z.enum([
  'apte-reprise',
  'conge-sans-traitement',
  'impossibilite-definitive-et-absolue',
]);
/**
 * What the medical body finds.
 *
 * @category Dossier
 */
export type ConclusionMedicale = z.infer<typeof conclusionMedicaleSchema>;

/**
 * The kinds of temps partiel: on authorisation or by right (décret 94-874 art. 15, which lengthens the stage),
 * and for therapeutic reasons (art. 24 bis, counted in full).
 *
 * @category Dossier
 */
export const natureTempsPartielSchema = z.enum(['sur-autorisation', 'de-droit', 'therapeutique']);
/**
 * A kind of temps partiel.
 *
 * @category Dossier
 */
export type NatureTempsPartiel = z.infer<typeof natureTempsPartielSchema>;

/**
 * The fonction a stagiaire holds within his corps: `enseignant`, `documentaliste` (a professeur certifié of the
 * documentation section) or `cpe`. The fonction chooses the référentiel's scope and the grid; the corps chooses
 * the jury, the lists and the texts.
 *
 * @remarks Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1 (« Section documentation » of the CAPES);
 * décret n° 2014-940 art. 2 III; arrêté du 1er juillet 2013 (référentiel), parts 3 and 4.
 * @category Dossier
 */
export const fonctionSchema = z.enum(['enseignant', 'documentaliste', 'cpe']);
/**
 * A fonction.
 *
 * @category Dossier
 */
export type Fonction = z.infer<typeof fonctionSchema>;

/**
 * The concours through which the stagiaire was recruited: `externe`, `interne`, `troisieme-concours`, or
 * `reserve` (recrutements réservés, loi n° 2012-347). Lists d'aptitude and détachements are not concours; a
 * détaché records his category on the dossier.
 *
 * @remarks Décret n° 72-581 art. 5, 8, 9, 10 (CAPES externe, interne, troisième concours).
 * @category Dossier
 */
export const voieConcoursSchema = z.enum(['externe', 'interne', 'troisieme-concours', 'reserve']);
/**
 * A voie of concours.
 *
 * @category Dossier
 */
export type VoieConcours = z.infer<typeof voieConcoursSchema>;

/**
 * The concours d'accès: its voie and its session (the year of the admission list).
 *
 * @remarks Arrêté MENH1411675A art. 9 (the master prolongation concerns « lauréats des concours externes »).
 * @category Dossier
 */
export const concoursSchema = z
  .object({ voie: voieConcoursSchema, session: z.number().int().min(2000).max(2100) })
  .strict();
/**
 * The concours d'accès.
 *
 * @category Dossier
 */
export type Concours = z.infer<typeof concoursSchema>;

/**
 * The categories among which the recteur chooses the jury's vice-president and members.
 *
 * @remarks Arrêté MENH1411675A art. 4: « choisis parmi les membres des corps d'inspection, les chefs
 * d'établissement, les enseignants-chercheurs, les professeurs des écoles et les formateurs académiques ».
 * @category Dossier
 */
export const categorieMembreJurySchema = z.enum([
  'corps-inspection',
  'chef-etablissement',
  'enseignant-chercheur',
  'professeur-des-ecoles',
  'formateur-academique',
]);
/**
 * A category of jury member.
 *
 * @category Dossier
 */
export type CategorieMembreJury = z.infer<typeof categorieMembreJurySchema>;

/**
 * One member of a jury académique: the president (the recteur or his representative), the vice-president, or a
 * member; whether he is assigned to the higher-education institution that trains the stagiaires (which the text
 * forbids).
 *
 * @category Dossier
 */
export const membreJurySchema = z
  .object({
    personne: personneRefSchema,
    qualite: z.enum(['president', 'vice-president', 'membre']),
    /** Null for the president, who is the recteur or his representative. */
    categorie: categorieMembreJurySchema.nullable(),
    affecteEtablissementFormation: z.boolean(),
  })
  .strict();
/**
 * One member of a jury académique.
 *
 * @category Dossier
 */
export type MembreJury = z.infer<typeof membreJurySchema>;

/**
 * The jury académique that deliberated: its corps d'accès, its session and its members (the president
 * included). The workflow checks it against the text (see the `jury.composition` guard).
 *
 * @remarks Arrêté MENH1411675A art. 4: « un jury académique par corps d'accès de cinq à huit membres nommés par
 * le recteur. Le recteur ou son représentant préside le jury. »
 * @category Dossier
 */
export const compositionJurySchema = z
  .object({
    juryId: z.string().min(1).max(200),
    corps: corpsSchema,
    session: z.number().int().min(2000).max(2100),
    membres: z.array(membreJurySchema).min(1).max(20),
  })
  .strict();
/**
 * The jury académique that deliberated.
 *
 * @category Dossier
 */
export type CompositionJury = z.infer<typeof compositionJurySchema>;
