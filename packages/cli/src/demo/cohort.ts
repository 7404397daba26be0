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
  type CategorieStagiaire,
  type Corps,
  computeCleUai,
  type DossierIdentite,
  type PersonneRef,
  type Quotite,
  type SituationMaster,
  sensitive,
} from '@tremplin/core';
import { COMMUNES, CORPS_WEIGHTS, DISCIPLINES, NOMS, NOMS_ECOLE, PRENOMS } from './data.js';
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
  | 'prolongation-master'
  | 'demission';

/** A stagiaire of the demo, with the actors who act on his dossier. */
export interface DemoStagiaire {
  readonly index: number;
  readonly dossierId: string;
  readonly identite: DossierIdentite;
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
  };
}

/** The whole cohort. */
export interface DemoCohort {
  readonly etablissements: readonly DemoEple[];
  readonly stagiaires: readonly DemoStagiaire[];
  readonly tuteurs: number;
  readonly inspecteurs: number;
  readonly formateurs: number;
  /** The rectorat (DPE) of the académie. */
  readonly rectorat: Acteur;
  readonly directeurInspe: Acteur;
  /** The jury académique of each corps. */
  readonly jurys: Readonly<Record<Corps, Acteur>>;
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
  const out: Scenario[] = new Array<Scenario>(size).fill('standard');
  const free = rng.shuffle([...Array(size).keys()]);
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
  corps: Corps,
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
        ['detache', corps === 'cpe' || corps === 'documentaliste' ? 0 : 4],
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

function inspecteurId(corps: Corps, discipline: string): string {
  if (corps === 'documentaliste' || corps === 'cpe') return 'ipr-evs';
  return corps === 'plp' ? `ien-${discipline}` : `ipr-${discipline}`;
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
  const corpsList = Array.from({ length: size }, () => rng.weighted(CORPS_WEIGHTS));
  const plan = scenarios(rng.fork('scenarios'), size, corpsList);
  const tuteurs = new Map<string, { ref: PersonneRef; stagiaires: number }[]>();
  let tuteurCount = 0;
  const inspecteurs = new Map<string, PersonneRef>();
  const formateurs = Array.from({ length: Math.max(4, Math.round(size / 16)) }, (_, i) =>
    personne(people, `fi-${pad(i + 1, 2)}`),
  );
  const directeur = personne(people, 'dir-inspe-reunion');
  const stagiaires: DemoStagiaire[] = [];
  for (let i = 0; i < size; i++) {
    const corps = corpsList[i] ?? 'certifie';
    const scenario = plan[i] ?? 'standard';
    const discipline = rng.weighted(DISCIPLINES[corps]);
    const type: DemoEple['type'] =
      corps === 'plp'
        ? 'lp'
        : corps === 'agrege'
          ? 'lycee'
          : rng.chance(corps === 'certifie' ? 0.62 : 0.55)
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
    const inspId = inspecteurId(corps, discipline);
    let inspecteur = inspecteurs.get(inspId);
    if (inspecteur === undefined) {
      inspecteur = personne(people, inspId);
      inspecteurs.set(inspId, inspecteur);
    }
    const formateur = rng.pick(formateurs);
    const sit = situation(rng, scenario, corps);
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
        numen: null,
        dateNaissance: null,
        courriel: sensitive(courriel),
      },
      academie: ACADEMIE,
      anneeScolaire: ANNEE,
      corps,
      discipline,
      uai: eple.uai,
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
      },
    });
  }
  const jury = (corps: Corps): Acteur => ({
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
    directeurInspe: { role: 'directeur-inspe', id: directeur.id, academie: ACADEMIE },
    jurys: {
      certifie: jury('certifie'),
      agrege: jury('agrege'),
      plp: jury('plp'),
      eps: jury('eps'),
      documentaliste: jury('documentaliste'),
      cpe: jury('cpe'),
    },
  };
}
