/**
 * Dossiers for the tests, built the way a host application builds them: domain events folded by
 * the core's `foldDossier`.
 */
import {
  type Civilite,
  type Corps,
  computeCleUai,
  type DonneesPersonnelles,
  type DossierEvent,
  type DossierState,
  type Fonction,
  foldDossier,
  getGrille,
  listCiblesGrille,
  listCompetencesEvaluees,
  type PersonneRef,
  sensitive,
} from '@tremplin/core';
import type { PdfExportConfig } from '../src/index.js';

export const NUMEN = '07E1234567ABC';
export const COURRIEL = 'marie-helene.dupont@ac-reunion.fr';
export const DATE_NAISSANCE = '1996-03-12';

/**
 * The fixtures' personal data as the register of persons holds them, for the given dossiers: what a caller
 * passes explicitly (`donneesPersonnelles`) so that a document may print or mask them.
 *
 * @param dossiers - the dossiers.
 * @param numen - the NUMEN (null: not known).
 * @returns the map, keyed by stagiaire id.
 */
export function donneesPersonnellesDe(
  dossiers: readonly DossierState[],
  numen: string | null = NUMEN,
): ReadonlyMap<string, DonneesPersonnelles> {
  const donnees: DonneesPersonnelles = {
    numen: numen === null ? null : sensitive(numen),
    dateNaissance: sensitive(DATE_NAISSANCE),
    courriel: sensitive(COURRIEL),
  };
  return new Map(dossiers.map((d) => [d.identite.stagiaire.id, donnees]));
}

/** A valid UAI from seven digits. */
export function uai(chiffres: string): string {
  return `${chiffres}${computeCleUai(chiffres)}`;
}

export const UAI_LYCEE = uai('9740001');

export const config: PdfExportConfig = {
  academie: 'Académie de La Réunion',
  service: 'École académique de la formation continue',
  timeZone: 'Indian/Reunion',
  etablissements: { [UAI_LYCEE]: { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' } },
  disciplines: { 'lettres-modernes': 'Lettres modernes', mathematiques: 'Mathématiques' },
  choixGrilles: { certifie: { grilleId: 'ns-2015-055-enseignants' } },
  mentions: { ficheBilan: 'Fiche à compléter et à déposer sur COMPAS pour fin novembre 2022.' },
};

const rectorat = { role: 'rectorat', id: 'rectorat-974' } as const;

export interface DossierOptions {
  readonly dossierId?: string;
  readonly nom?: string;
  readonly prenom?: string;
  readonly corps?: Corps;
  /** The fonction within the corps (a documentaliste is a certifié of the documentaliste fonction). */
  readonly fonction?: Fonction;
  readonly discipline?: string;
  readonly anneeScolaire?: string;
  /** Deposit the intermediate bilans of the tuteur and the chef d'établissement. */
  readonly bilans?: boolean;
  /** Appréciation of the tuteur (default: a French text with typography). */
  readonly appreciationTuteur?: string;
  readonly visite?: boolean;
  readonly avis?: boolean;
  /** Grid id the bilans claim (default: the 2015 enseignant grid). */
  readonly grilleId?: string;
  /** The stagiaire's civilité (default: none recorded). */
  readonly civilite?: Civilite;
  /** The tuteur (default: Jean-Noël Martin, Monsieur). */
  readonly tuteur?: PersonneRef;
  /** Record the bilans per competency, as before grids had item ids (default: per item). */
  readonly parCompetence?: boolean;
}

function grille2015() {
  const grille = getGrille('ns-2015-055-enseignants');
  if (grille === undefined) throw new Error('The national grid ns-2015-055-enseignants is missing.');
  return grille;
}

function codesGrille() {
  return listCompetencesEvaluees(grille2015());
}

/** The items of the 2015 grid (every block has items), in order. */
function ciblesGrille(): readonly string[] {
  return listCiblesGrille(grille2015());
}

const NIVEAUX_INTERMEDIAIRES = ['a-travailler-encore', 'a-entretenir', 'a-investir'] as const;
const LABELS_INTERMEDIAIRES = ['À travailler encore', 'À entretenir', 'À investir'] as const;

/**
 * The intermediate bilans given per item: the tuteur leaves every third item blank (from the third), the chef
 * every third from the first; levels turn through the scale.
 */
function entreeIntermediaire(role: 'tuteur' | 'chef', i: number): number | null {
  if (role === 'tuteur') return i % 3 === 2 ? null : i % 3;
  return i % 3 === 0 ? null : (i + 1) % 3;
}

/** The events of a typical first-year dossier (certifié, lettres modernes, Réunion 2022-2023). */
export function evenements(options: DossierOptions = {}): DossierEvent[] {
  const dossierId = options.dossierId ?? 'D0042';
  const anneeScolaire = options.anneeScolaire ?? '2022-2023';
  const y = Number.parseInt(anneeScolaire.slice(0, 4), 10);
  const corps = options.corps ?? 'certifie';
  const le = (date: string): string => `${date}T10:00:00+04:00`;
  const events: DossierEvent[] = [
    {
      type: 'dossier.ouvert',
      v: 1,
      le: le(`${y}-07-15`),
      auteur: rectorat,
      dossierId,
      identite: {
        stagiaire: {
          id: `stg-${dossierId}`,
          ...(options.civilite !== undefined ? { civilite: options.civilite } : {}),
          nom: options.nom ?? 'Dupont',
          prenom: options.prenom ?? 'Marie-Hélène',
        },
        academie: 'reunion',
        anneeScolaire,
        corps,
        ...(options.fonction !== undefined ? { fonction: options.fonction } : {}),
        discipline: options.discipline ?? 'lettres-modernes',
        uai: UAI_LYCEE,
        quotite: 'temps-plein',
        categorie: 'master-meef',
        master: 'detenu',
        stageRenouvele: false,
        dateNominationPrevue: `${y}-09-01`,
      },
      acteurs: {
        tuteurs: [
          options.tuteur ?? { id: 'tut-1', civilite: 'monsieur', nom: 'Martin', prenom: 'Jean-Noël' },
        ],
        chefEtablissement: { id: 'chef-1', civilite: 'madame', nom: 'Payet', prenom: 'Françoise' },
        inspecteur: { id: 'ipr-1', civilite: 'monsieur', nom: 'Hoarau', prenom: 'Gérard' },
        formateursInspe: [{ id: 'form-1', nom: 'Grondin', prenom: 'Anaïs' }],
        directeurInspe: { id: 'dir-1', nom: 'Técher', prenom: 'Loïc' },
      },
    },
    {
      type: 'stagiaire.nomme',
      v: 1,
      le: le(`${y}-09-01`),
      auteur: rectorat,
      dateNomination: `${y}-09-01`,
      dateDebutStage: `${y}-09-01`,
      dateFinStatutaire: `${y + 1}-08-31`,
    },
  ];
  if (options.visite ?? true) {
    events.push({
      type: 'visite.realisee',
      v: 1,
      le: le(`${y}-10-14`),
      auteur: { role: 'tuteur', id: 'tut-1' },
      visiteId: 'V1',
      nature: 'visite-formative',
      date: `${y}-10-13`,
      visiteur: { role: 'tuteur', id: 'tut-1' },
      pointsAppui: [
        {
          competence: 'CC1',
          observation: 'Posture d’adulte responsable ; la classe est « tenue » dès l’entrée.',
        },
        { competence: 'P3', observation: 'Séance bien construite : objectifs annoncés, consignes claires.' },
      ],
      competencesATravailler: [
        {
          competence: 'CC4',
          observation: 'Différencier davantage : trois élèves décrochent en fin d’heure.',
        },
        { competence: null, observation: 'Gestion du temps : la synthèse a été écourtée.' },
      ],
      conseils: ['Prévoir une trace écrite plus courte.', 'Observer une séance du tuteur en 4e B.'],
      axesDeTravail: ['Évaluation formative : construire une grille avec les élèves.'],
      compteRendu: null,
    });
  }
  if (options.bilans ?? true) {
    const codes = codesGrille();
    const niveaux = NIVEAUX_INTERMEDIAIRES;
    const entries = (offset: number) =>
      options.parCompetence === true
        ? codes.map((competence, i) => ({
            competence,
            niveau: niveaux[(i + offset) % niveaux.length] ?? 'a-entretenir',
            ...(i === 3 && offset === 0 ? { commentaire: 'Progrès nets depuis la Toussaint.' } : {}),
          }))
        : ciblesGrille().flatMap((item, i) => {
            const n = entreeIntermediaire(offset === 0 ? 'tuteur' : 'chef', i);
            if (n === null) return [];
            return [
              {
                item,
                niveau: niveaux[n] ?? 'a-entretenir',
                ...(i === 3 && offset === 0 ? { commentaire: 'Progrès nets depuis la Toussaint.' } : {}),
              },
            ];
          });
    events.push(
      {
        type: 'bilan.depose',
        v: 1,
        le: le(`${y}-11-25`),
        auteur: { role: 'tuteur', id: 'tut-1' },
        bilanId: 'B1',
        nature: 'intermediaire',
        date: `${y}-11-25`,
        positionnement: {
          grilleId: options.grilleId ?? 'ns-2015-055-enseignants',
          echelleId: 'tuteur-intermediaire',
          entries: entries(0),
        },
        appreciation:
          options.appreciationTuteur ??
          'Stagiaire investie ; l’autorité est « naturelle » et le cœur des séances est solide. Œuvrer à la différenciation : c’est l’axe prioritaire !',
      },
      {
        type: 'bilan.depose',
        v: 1,
        le: le(`${y}-11-28`),
        auteur: { role: 'chef-etablissement', id: 'chef-1' },
        bilanId: 'B2',
        nature: 'intermediaire',
        date: `${y}-11-28`,
        positionnement: {
          grilleId: options.grilleId ?? 'ns-2015-055-enseignants',
          echelleId: 'tuteur-intermediaire',
          entries: entries(1),
        },
        appreciation: 'Intégration réussie dans l’équipe ; participe aux conseils de classe.',
      },
    );
  }
  if (options.avis ?? false) {
    events.push(
      {
        type: 'bilan.depose',
        v: 1,
        le: le(`${y + 1}-04-20`),
        auteur: { role: 'tuteur', id: 'tut-1' },
        bilanId: 'B3',
        nature: 'final',
        date: `${y + 1}-04-20`,
        positionnement: {
          grilleId: 'ns-2015-055-enseignants',
          echelleId: 'tuteur-final',
          entries: ciblesGrille().map((item, i) => ({
            item,
            niveau: i === 5 ? 'non-observe' : i === 7 ? 'insuffisant' : 'suffisant',
          })),
        },
        appreciation: 'Compétences acquises à un niveau suffisant.',
      },
      {
        type: 'avis.emis',
        v: 1,
        le: le(`${y + 1}-05-10`),
        auteur: { role: 'chef-etablissement', id: 'chef-1' },
        avisId: 'A1',
        sens: 'favorable',
        motivation: null,
        date: `${y + 1}-05-10`,
        grilleId: 'ns-2015-055-enseignants',
      },
      {
        type: 'avis.emis',
        v: 1,
        le: le(`${y + 1}-05-20`),
        auteur: { role: 'inspecteur', id: 'ipr-1' },
        avisId: 'A2',
        sens: 'defavorable',
        motivation: 'Maîtrise didactique encore fragile ; voir le rapport d’inspection.',
        date: `${y + 1}-05-20`,
        grilleId: 'ns-2015-055-enseignants',
        positionnement: {
          grilleId: 'ns-2015-055-enseignants',
          echelleId: 'tuteur-final',
          entries: [
            { item: 'B3.1', niveau: 'insuffisant' },
            { item: 'B3.2', niveau: 'insuffisant' },
            { item: 'B4.2', niveau: 'suffisant' },
          ],
        },
      },
    );
  }
  return events;
}

/** The levels the fixture's intermediate bilans give, per competency, for the tuteur and the chef (`parCompetence`). */
export function niveauxIntermediaires(): { competence: string; tuteur: string; chef: string }[] {
  const niveaux = LABELS_INTERMEDIAIRES;
  return codesGrille().map((competence, i) => ({
    competence,
    tuteur: niveaux[i % 3] ?? '',
    chef: niveaux[(i + 1) % 3] ?? '',
  }));
}

/** The levels the fixture's intermediate bilans give per item: `null` where the assessor left it blank. */
export function niveauxParItem(): { item: string; tuteur: string | null; chef: string | null }[] {
  const label = (n: number | null) => (n === null ? null : (LABELS_INTERMEDIAIRES[n] ?? ''));
  return ciblesGrille().map((item, i) => ({
    item,
    tuteur: label(entreeIntermediaire('tuteur', i)),
    chef: label(entreeIntermediaire('chef', i)),
  }));
}

export { ciblesGrille, codesGrille, grille2015 };

/** Folds events into a dossier state; fails the test when the core refuses them. */
export function dossier(options: DossierOptions = {}): DossierState {
  const folded = foldDossier(evenements(options).map((event, index) => ({ sequence: index + 1, event })));
  if (folded.isErr()) throw new Error(JSON.stringify(folded.error.issues));
  return folded.value;
}
