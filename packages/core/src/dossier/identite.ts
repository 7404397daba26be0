/**
 * The identity and context of a stagiaire's dossier: who he is, his corps, discipline, académie, EPLE,
 * quotité, school year, category and the actors assigned to him.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { personneRefSchema } from './acteurs.js';
import { concoursSchema, fonctionSchema } from './chaine.js';
import { civiliteSchema } from './civilite.js';
import { corpsSchema } from './corps.js';
import {
  academieSchema,
  anneeScolaireSchema,
  identifiantSchema,
  isoDateSchema,
  nomSchema,
  uaiSchema,
} from './identifiants.js';

/**
 * The category of a stagiaire, which sets his service, training and evaluation.
 *
 * - `master-meef`: lauréat holding a master MEEF, full time with a training credit;
 * - `experience-enseignement`: lauréat with at least 18 months FTE of teaching in the discipline during the
 *   three years before nomination, full time, training « si besoin »;
 * - `autre-master`: lauréat with another master (or an earlier-session lauréat still to validate one), mi-temps
 *   with INSPÉ training;
 * - `detache`: titulaire of another corps, doing the stage in détachement (réintégration if not titularised);
 * - `ue-qualifie`: lauréat « réputé qualifié » by an EU/EEA title (décret n° 2000-129 du 16 février 2000),
 *   titularised on the inspecteur's avis without a jury.
 *
 * @remarks Réunion guide 2022-2023 § 2.1; circulaire du 13 juillet 2022 (NOR MENH2218500C); arrêté du
 * 22 août 2014 (NOR MENH1411675A) art. 9 and 11; décret n° 94-874 art. 7.
 * @category Dossier
 */
export const categorieStagiaireSchema = z.enum([
  'master-meef',
  'experience-enseignement',
  'autre-master',
  'detache',
  'ue-qualifie',
]);
/**
 * The category of a stagiaire (see {@link categorieStagiaireSchema}).
 *
 * @category Dossier
 */
export type CategorieStagiaire = z.infer<typeof categorieStagiaireSchema>;

/**
 * Service in the EPLE: full time (the corps' ORS) or half time with training at the INSPÉ.
 *
 * @category Dossier
 */
export const quotiteSchema = z.enum(['temps-plein', 'mi-temps']);
/**
 * Service in the EPLE.
 *
 * @category Dossier
 */
export type Quotite = z.infer<typeof quotiteSchema>;

/**
 * Whether the stagiaire must still justify a master: `detenu` (held at nomination), `a-justifier`
 * (required but not yet held: an apt stagiaire is then prolonged one year), `non-requis` (dispensed).
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9: « le recteur prolonge d'un an le stage des
 * stagiaires … aptes à être titularisés devant justifier d'un master … qui ne rempliraient pas … cette exigence ».
 * @category Dossier
 */
export const situationMasterSchema = z.enum(['detenu', 'a-justifier', 'non-requis']);
/**
 * Whether the stagiaire must still justify a master.
 *
 * @category Dossier
 */
export type SituationMaster = z.infer<typeof situationMasterSchema>;

/**
 * The stagiaire as the log knows him: his id and his name. His personal data (NUMEN, date of birth, e-mail)
 * live in the register of persons (`RegistrePersonnes`, see `donneesPersonnellesSchema`), never in an event.
 *
 * @remarks Règlement (UE) 2016/679 (RGPD), art. 5 § 1 c and e, 16 and 17: the log is kept for appeals, so
 * what must stay rectifiable and erasable is kept out of it.
 * @category Dossier
 */
export const stagiaireSchema = z
  .object({
    id: identifiantSchema,
    /** Madame or Monsieur; documents agree with it (absent: both forms). */
    civilite: civiliteSchema.exactOptional(),
    nom: nomSchema(200),
    prenom: nomSchema(200),
  })
  .strict();
/**
 * The stagiaire as a person.
 *
 * @category Dossier
 */
export type Stagiaire = z.infer<typeof stagiaireSchema>;

/**
 * The actors assigned to a stagiaire when his dossier is opened. Later changes are events
 * (`tuteur.designe`, `tuteur.retire`, `acteur.designe`).
 *
 * @remarks The tuteur is « nommé par la Rectrice sur proposition de l'inspecteur de discipline, en accord avec
 * le chef d'établissement » (Réunion guide § 4.3); some académies give two tuteurs.
 * @category Dossier
 */
export const acteursAssignesSchema = z
  .object({
    tuteurs: z.array(personneRefSchema).max(4),
    chefEtablissement: personneRefSchema.nullable(),
    inspecteur: personneRefSchema.nullable(),
    formateursInspe: z.array(personneRefSchema).max(8),
    directeurInspe: personneRefSchema.nullable(),
  })
  .strict();
/**
 * The actors assigned to a stagiaire.
 *
 * @category Dossier
 */
export type ActeursAssignes = z.infer<typeof acteursAssignesSchema>;

/**
 * An EPLE as staff name it: its name and, if given, its town. Names of establishments are public (the
 * Annuaire de l'éducation publishes them by UAI): they are not personal data and stay in the events.
 *
 * @category Dossier
 */
export const etablissementDossierSchema = z
  .object({
    /** Its name, e.g. « Lycée Leconte-de-Lisle ». */
    nom: nomSchema(200),
    /** Its town, e.g. « Saint-Denis ». */
    commune: nomSchema(200).exactOptional(),
  })
  .strict();
/**
 * An EPLE as staff name it (see {@link etablissementDossierSchema}).
 *
 * @category Dossier
 */
export type EtablissementDossier = z.infer<typeof etablissementDossierSchema>;

/**
 * The identity and context of a dossier, as the rectorat opens it.
 *
 * @remarks `stageRenouvele` is true when the dossier opens on a second year of stage already granted
 * (« seconde année de stage », arrêté du 22 août 2014 art. 9): no further renouvellement is then possible
 * (décret n° 94-874 art. 5). `fonction` (absent: that of the corps, see `getFonction`) separates the
 * professeurs documentalistes from the other certifiés; `concours` (absent: not recorded) drives the master
 * prolongation (arrêté MENH1411675A art. 9). `quotite` is the service pattern of the year of stage
 * (`mi-temps` in alternance with the INSPÉ); temps partiel (décret n° 94-874 art. 15) is recorded by periods.
 * @category Dossier
 */
export const dossierIdentiteSchema = z
  .object({
    stagiaire: stagiaireSchema,
    academie: academieSchema,
    anneeScolaire: anneeScolaireSchema,
    corps: corpsSchema,
    /** The fonction within the corps; absent: `cpe` for a CPE, `enseignant` otherwise. */
    fonction: fonctionSchema.exactOptional(),
    /** The concours d'accès (voie and session); absent when not recorded. */
    concours: concoursSchema.exactOptional(),
    /** Discipline of recruitment, as the académie codes it (e.g. `mathematiques`, `documentation`). */
    discipline: nomSchema(200),
    /** The discipline's label as the académie writes it (e.g. « Mathématiques »); absent when not given. */
    disciplineLibelle: nomSchema(200).exactOptional(),
    /** UAI of the EPLE of affectation when the dossier is opened. */
    uai: uaiSchema,
    /** The name (and town) of that EPLE; absent when not given (documents then print the UAI). */
    etablissement: etablissementDossierSchema.exactOptional(),
    quotite: quotiteSchema,
    categorie: categorieStagiaireSchema,
    master: situationMasterSchema,
    stageRenouvele: z.boolean(),
    /** Date of nomination planned by the rectorat, normally 1 September of the school year. */
    dateNominationPrevue: isoDateSchema,
  })
  .strict()
  .superRefine((identite, ctx) => {
    const fonction = identite.fonction;
    if (fonction === undefined) return;
    const attendu = identite.corps === 'cpe' ? 'cpe' : fonction === 'cpe' ? null : fonction;
    if (fonction !== attendu || (fonction === 'documentaliste' && identite.corps !== 'certifie')) {
      ctx.addIssue({
        code: 'custom',
        path: ['fonction'],
        message:
          'Fonction incompatible avec le corps : un professeur documentaliste est un certifié, un CPE relève du corps des CPE.',
      });
    }
  });
/**
 * The identity and context of a dossier.
 *
 * @category Dossier
 */
export type DossierIdentite = z.infer<typeof dossierIdentiteSchema>;
