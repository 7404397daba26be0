/**
 * The demo's cohort: EPLEs of the 974 académie with real-looking UAI codes, stagiaires across corps and
 * disciplines, their tuteurs, chefs d'établissement, inspecteurs and INSPÉ formateurs, and the scenario each
 * stagiaire's year follows. Everything is generated from the seed: no real person or school.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type ActeursAssignes,
  type CategorieMembreJury,
  type CategorieStagiaire,
  type CompositionJury,
  type Corps,
  computeCleUai,
  type DonneesPersonnelles,
  type DossierIdentite,
  type MembreJury,
  type PersonneRef,
  type Profil,
  type Quotite,
  type SituationMaster,
  sensitive,
} from '@tremplin/core';
import {
  COMMUNES,
  DISCIPLINES,
  LIBELLES_DISCIPLINES,
  NOMS,
  NOMS_ECOLE,
  PRENOMS,
  PROFIL_WEIGHTS,
} from './data.js';
import type { Prng } from './prng.js';

/** The académie code of the demo. */
export const ACADEMIE = 'reunion';
/** The school year of the demo. */
export const ANNEE = '2022-2023';

/** A school of the demo. */
export interface DemoEple {
  readonly uai: string;
  readonly nom: string;
  readonly commune: string;
  readonly type: 'college' | 'lycee' | 'lp';
  readonly chef: PersonneRef;
}

/**
 * How a stagiaire's year goes.
 *
 * - `standard`: pieces on time, titularisation;
 * - `bilan-en-retard`: a bilan filed after its deadline, titularisation;
 * - `avis-tardif`: an avis given late, the first saisine of the jury is refused, titularisation;
 * - `difficulte-levee`: an early alert, a protocole d'accompagnement renforcé, lifted in March, titularisation;
 * - `renouvellement`: an in-year alert, insufficient progress, avis défavorables, entretien, renouvellement;
 * - `licenciement`: a second year (renouvellement already granted) that fails: licenciement;
 * - `reintegration`: a détaché who fails: réintégration in his corps;
 * - `conge-long`: sick leave beyond 36 days: the stage is prolonged, titularisation later;
 * - `maternite`: maternity leave: the stage is prolonged, the titularisation date is not;
 * - `ue-qualifie`: an EU-qualified lauréat, titularised by the recteur without a jury;
 * - `agrege`: an agrégé (no jury académique): avis of an inspecteur général, avis and reports to the recteur,
 *   avis of the CAPA, titularisation by the recteur (arrêté MENH1411677A art. 4 to 7);
 * - `prolongation-master`: apt but still without the required master: prolonged one year;
 * - `demission`: resigns in February.
 */
export type Scenario =
  | 'standard'
  | 'bilan-en-retard'
  | 'avis-tardif'
  | 'difficulte-levee'
  | 'renouvellement'
  | 'licenciement'
  | 'reintegration'
  | 'conge-long'
  | 'maternite'
  | 'ue-qualifie'
  | 'agrege'
  | 'prolongation-master'
  | 'demission';

/** A stagiaire of the demo, with the actors who act on his dossier. */
export interface DemoStagiaire {
  readonly index: number;
  readonly dossierId: string;
  readonly identite: DossierIdentite;
  /** His personal data, given when the dossier is opened and kept in the register of persons (not the log). */
  readonly donnees: DonneesPersonnelles;
  readonly acteurs: ActeursAssignes;
  readonly scenario: Scenario;
  /** How well the year goes, 0 (badly) to 1: drives the levels of the bilans. */
  readonly qualite: number;
  /** A tuteur who lets visits lapse now and then (raises cadence alerts). */
  readonly tuteurIrregulier: boolean;
  readonly as: {
    readonly stagiaire: Acteur;
    readonly tuteur: Acteur;
    readonly chef: Acteur;
    readonly inspecteur: Acteur;
    readonly formateur: Acteur;
    /**
     * Who evaluates the stagiaire and gives the avis of the corps d'inspection: the inspecteur of the
     * discipline, or an inspecteur général for an agrégé (arrêté MENH1411677A art. 4).
     */
    readonly evaluateur: Acteur;
  };
}

/** The corps that have a jury académique (all but the agrégés). */
export type CorpsAvecJury = Exclude<Corps, 'agrege'>;

/** The whole cohort. */
export interface DemoCohort {
  readonly etablissements: readonly DemoEple[];
  readonly stagiaires: readonly DemoStagiaire[];
  readonly tuteurs: number;
  readonly inspecteurs: number;
  readonly formateurs: number;
  /** The rectorat (DPE) of the académie: the recteur's acts are recorded as the rectorat's. */
  readonly rectorat: Acteur;
  /** The ministre's services (DGRH): licenciement and réintégration (arrêté MENH1411675A art. 9). */
  readonly ministre: Acteur;
  readonly directeurInspe: Acteur;
  /** The jury académique of each corps d'accès but the agrégés, as an actor. */
  readonly jurys: Readonly<Record<CorpsAvecJury, Acteur>>;
  /** Who sits on each jury (arrêté MENH1411675A art. 4: five to eight members, the recteur's representative presiding). */
  readonly compositions: Readonly<Record<CorpsAvecJury, CompositionJury>>;
  /** The CAPA of the agrégés, which gives its avis before the recteur's act (arrêté MENH1411677A art. 7). */
  readonly capa: Acteur;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function uai(number: number): string {
  const digits = `974${pad(number, 4)}`;
  return digits + computeCleUai(digits);
}

function personne(rng: Prng, id: string): PersonneRef {
  return { id, nom: rng.pick(NOMS), prenom: rng.pick(PRENOMS) };
}

function etablissements(rng: Prng): DemoEple[] {
  const out: DemoEple[] = [];
  const used = new Set<string>();
  const make = (type: DemoEple['type'], count: number, from: number, span: number) => {
    for (let i = 0; i < count; i++) {
      let n = from + rng.int(0, span - 1);
      while (used.has(uai(n))) n = from + ((n - from + 1) % span);
      const code = uai(n);
      used.add(code);
      const commune = rng.pick(COMMUNES);
      const prefix = type === 'college' ? 'Collège' : type === 'lycee' ? 'Lycée' : 'Lycée professionnel';
      out.push({
        uai: code,
        nom: `${prefix} ${rng.pick(NOMS_ECOLE)}`,
        commune,
        type,
        chef: personne(rng, `ce-${code}`),
      });
    }
  };
  make('college', 48, 100, 500);
  make('lycee', 20, 600, 200);
  make('lp', 14, 800, 200);
  return out.sort((a, b) => (a.uai < b.uai ? -1 : 1));
}

const SPECIAL: readonly (readonly [Scenario, number])[] = [
  ['ue-qualifie', 1],
  ['licenciement', 1],
  ['reintegration', 1],
  ['prolongation-master', 1],
  ['demission', 1],
  ['maternite', 1],
  ['conge-long', 2],
];

function scenarios(rng: Prng, size: number, corps: readonly Corps[]): Scenario[] {
  // Agrégés follow their own chain (no jury): the `agrege` scenario, with now and then a lifted difficulty
  // or a late bilan.
  const out: Scenario[] = corps.map((c) => (c === 'agrege' ? 'agrege' : 'standard'));
  const free = rng.shuffle([...Array(size).keys()].filter((i) => corps[i] !== 'agrege'));
  const take = (fits: (i: number) => boolean): number | undefined => {
    const at = free.findIndex(fits);
    if (at < 0) return undefined;
    const [i] = free.splice(at, 1);
    return i;
  };
  for (const [scenario, count] of SPECIAL) {
    for (let k = 0; k < count; k++) {
      // The détaché who is réintégré and the EU-qualified lauréat are certifiés or PLP; the others any corps.
      const i = take((j) => scenario !== 'reintegration' || corps[j] === 'certifie' || corps[j] === 'plp');
      if (i !== undefined) out[i] = scenario;
    }
  }
  const share = (scenario: Scenario, ratio: number, min: number) => {
    for (let k = 0; k < Math.max(min, Math.round(size * ratio)); k++) {
      const i = take(() => true);
      if (i !== undefined) out[i] = scenario;
    }
  };
  share('renouvellement', 0.03, 2);
  share('difficulte-levee', 0.05, 2);
  share('avis-tardif', 0.03, 1);
  share('bilan-en-retard', 0.12, 2);
  return out;
}

function situation(
  rng: Prng,
  scenario: Scenario,
  profil: Profil,
): { categorie: CategorieStagiaire; quotite: Quotite; master: SituationMaster; stageRenouvele: boolean } {
  switch (scenario) {
    case 'ue-qualifie':
      return {
        categorie: 'ue-qualifie',
        quotite: 'temps-plein',
        master: 'non-requis',
        stageRenouvele: false,
      };
    case 'reintegration':
      return { categorie: 'detache', quotite: 'temps-plein', master: 'non-requis', stageRenouvele: false };
    case 'licenciement':
      return { categorie: 'master-meef', quotite: 'temps-plein', master: 'detenu', stageRenouvele: true };
    case 'prolongation-master':
      return { categorie: 'autre-master', quotite: 'mi-temps', master: 'a-justifier', stageRenouvele: false };
    default: {
      const categorie = rng.weighted<CategorieStagiaire>([
        ['master-meef', 80],
        ['experience-enseignement', 8],
        ['autre-master', 8],
        ['detache', profil === 'cpe' || profil === 'documentaliste' ? 0 : 4],
      ]);
      return {
        categorie,
        quotite: categorie === 'autre-master' ? 'mi-temps' : 'temps-plein',
        master: categorie === 'detache' || categorie === 'experience-enseignement' ? 'non-requis' : 'detenu',
        stageRenouvele: false,
      };
    }
  }
}

function qualite(rng: Prng, scenario: Scenario): number {
  switch (scenario) {
    case 'renouvellement':
    case 'reintegration':
      return 0.1 + rng.next() * 0.15;
    case 'licenciement':
      return 0.05;
    case 'difficulte-levee':
      return 0.35 + rng.next() * 0.2;
    default:
      return 0.55 + rng.next() * 0.45;
  }
}

function inspecteurId(profil: Profil, discipline: string): string {
  if (profil === 'documentaliste' || profil === 'cpe') return 'ipr-evs';
  return profil === 'plp' ? `ien-${discipline}` : `ipr-${discipline}`;
}

/** The profils of the cohort, with at least two agrégés and one documentaliste however small it is. */
function profils(rng: Prng, size: number): Profil[] {
  const out = Array.from({ length: size }, () => rng.weighted(PROFIL_WEIGHTS));
  for (const [profil, min] of [
    ['agrege', 2],
    ['documentaliste', 1],
  ] as const) {
    let missing = min - out.filter((p) => p === profil).length;
    for (const i of rng.shuffle([...Array(size).keys()])) {
      if (missing <= 0) break;
      if (out[i] !== 'certifie') continue;
      out[i] = profil;
      missing--;
    }
  }
  return out;
}

const CATEGORIES_JURY: readonly CategorieMembreJury[] = [
  'corps-inspection',
  'chef-etablissement',
  'formateur-academique',
  'enseignant-chercheur',
  'corps-inspection',
  'chef-etablissement',
  'professeur-des-ecoles',
];

/**
 * A jury académique for a corps: the rectrice's representative presides, a vice-president from the corps
 * d'inspection, members from the categories of the text; none assigned to the INSPÉ.
 *
 * @remarks Arrêté MENH1411675A art. 4.
 */
function composition(rng: Prng, corps: CorpsAvecJury, taille: number): CompositionJury {
  const membres: MembreJury[] = Array.from({ length: taille }, (_, i) => ({
    personne: personne(rng, `jury-${corps}-${pad(i + 1, 2)}`),
    qualite: i === 0 ? 'president' : i === 1 ? 'vice-president' : 'membre',
    categorie: i === 0 ? null : (CATEGORIES_JURY[(i - 1) % CATEGORIES_JURY.length] ?? 'corps-inspection'),
    affecteEtablissementFormation: false,
  }));
  return { juryId: `jury-${corps}-2023`, corps, session: 2023, membres };
}

/**
 * Generates the cohort.
 *
 * @param rng - the seeded generator.
 * @param size - the number of stagiaires (at least 12, so that every scenario has its stagiaire).
 * @returns the cohort.
 */
export function generateCohort(rng: Prng, size: number): DemoCohort {
  const eples = etablissements(rng.fork('etablissements'));
  const people = rng.fork('personnes');
  const profilList = profils(rng, size);
  const corpsList: Corps[] = profilList.map((p) => (p === 'documentaliste' ? 'certifie' : p));
  const plan = scenarios(rng.fork('scenarios'), size, corpsList);
  const tuteurs = new Map<string, { ref: PersonneRef; stagiaires: number }[]>();
  let tuteurCount = 0;
  const inspecteurs = new Map<string, PersonneRef>();
  const formateurs = Array.from({ length: Math.max(4, Math.round(size / 16)) }, (_, i) =>
    personne(people, `fi-${pad(i + 1, 2)}`),
  );
  const directeur = personne(people, 'dir-inspe-reunion');
  const jurys = rng.fork('jurys');
  const stagiaires: DemoStagiaire[] = [];
  for (let i = 0; i < size; i++) {
    const profil = profilList[i] ?? 'certifie';
    const corps = corpsList[i] ?? 'certifie';
    const scenario = plan[i] ?? 'standard';
    const discipline = rng.weighted(DISCIPLINES[profil]);
    const type: DemoEple['type'] =
      corps === 'plp'
        ? 'lp'
        : corps === 'agrege'
          ? 'lycee'
          : rng.chance(profil === 'certifie' ? 0.62 : 0.55)
            ? 'college'
            : 'lycee';
    const eple = rng.pick(eples.filter((e) => e.type === type));
    const pool = tuteurs.get(discipline) ?? [];
    let tuteur = pool.find((t) => t.stagiaires < 2 && rng.chance(0.3));
    if (tuteur === undefined) {
      tuteurCount++;
      tuteur = { ref: personne(people, `tut-${pad(tuteurCount, 4)}`), stagiaires: 0 };
      pool.push(tuteur);
      tuteurs.set(discipline, pool);
    }
    tuteur.stagiaires++;
    const inspId = inspecteurId(profil, discipline);
    let inspecteur = inspecteurs.get(inspId);
    if (inspecteur === undefined) {
      inspecteur = personne(people, inspId);
      inspecteurs.set(inspId, inspecteur);
    }
    const formateur = rng.pick(formateurs);
    const sit = situation(rng, scenario, profil);
    const nom = people.pick(NOMS);
    const prenom = people.pick(PRENOMS);
    const dossierId = `974-${ANNEE.slice(0, 4)}-${pad(i + 1, 4)}`;
    const courriel = `${prenom}.${nom}${i + 1}@ac-reunion.example`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.@-]/g, '')
      .toLowerCase();
    const identite: DossierIdentite = {
      stagiaire: {
        id: `stg-${pad(i + 1, 4)}`,
        nom,
        prenom,
      },
      academie: ACADEMIE,
      anneeScolaire: ANNEE,
      corps,
      // A professeur documentaliste is a certifié of the documentaliste fonction (no corps of his own).
      ...(profil === 'documentaliste' ? { fonction: 'documentaliste' as const } : {}),
      discipline,
      // The names staff read, as an import with the EPLE-name and discipline-label columns stores them.
      ...(LIBELLES_DISCIPLINES[discipline] === undefined
        ? {}
        : { disciplineLibelle: LIBELLES_DISCIPLINES[discipline] }),
      uai: eple.uai,
      etablissement: { nom: eple.nom, commune: eple.commune },
      quotite: sit.quotite,
      categorie: sit.categorie,
      master: sit.master,
      stageRenouvele: sit.stageRenouvele,
      dateNominationPrevue: '2022-09-01',
    };
    const acteurs: ActeursAssignes = {
      tuteurs: [tuteur.ref],
      chefEtablissement: eple.chef,
      inspecteur,
      formateursInspe: [formateur],
      directeurInspe: directeur,
    };
    stagiaires.push({
      index: i,
      dossierId,
      identite,
      donnees: { numen: null, dateNaissance: null, courriel: sensitive(courriel) },
      acteurs,
      scenario,
      qualite: qualite(rng, scenario),
      tuteurIrregulier: scenario === 'bilan-en-retard' ? rng.chance(0.5) : rng.chance(0.05),
      as: {
        stagiaire: { role: 'stagiaire', id: identite.stagiaire.id },
        tuteur: { role: 'tuteur', id: tuteur.ref.id },
        chef: { role: 'chef-etablissement', id: eple.chef.id, uai: eple.uai },
        inspecteur: {
          role: 'inspecteur',
          id: inspecteur.id,
          academie: ACADEMIE,
          disciplines: inspId === 'ipr-evs' ? ['documentation', 'education'] : [discipline],
        },
        formateur: { role: 'formateur-inspe', id: formateur.id },
        evaluateur:
          corps === 'agrege'
            ? { role: 'inspecteur-general', id: `igesr-${discipline}`, disciplines: [discipline] }
            : {
                role: 'inspecteur',
                id: inspecteur.id,
                academie: ACADEMIE,
                disciplines: inspId === 'ipr-evs' ? ['documentation', 'education'] : [discipline],
              },
      },
    });
  }
  const jury = (corps: CorpsAvecJury): Acteur => ({
    role: 'jury',
    id: `jury-${corps}`,
    academie: ACADEMIE,
    corps: [corps],
  });
  return {
    etablissements: eples,
    stagiaires,
    tuteurs: tuteurCount,
    inspecteurs: inspecteurs.size,
    formateurs: formateurs.length,
    rectorat: { role: 'rectorat', id: 'dpe-974', academie: ACADEMIE },
    ministre: { role: 'ministre', id: 'dgrh-1' },
    directeurInspe: { role: 'directeur-inspe', id: directeur.id, academie: ACADEMIE },
    // One jury per corps d'accès; the documentalistes sit before the certifiés' jury.
    jurys: {
      certifie: jury('certifie'),
      plp: jury('plp'),
      eps: jury('eps'),
      cpe: jury('cpe'),
    },
    compositions: {
      certifie: composition(jurys, 'certifie', 8),
      plp: composition(jurys, 'plp', 7),
      eps: composition(jurys, 'eps', 6),
      cpe: composition(jurys, 'cpe', 5),
    },
    capa: { role: 'cap', id: 'capa-agreges-974', academie: ACADEMIE, corps: ['agrege'] },
  };
}
