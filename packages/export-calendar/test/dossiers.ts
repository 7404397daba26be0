import {
  type Deadline,
  DOSSIER_STATE_SCHEMA_VERSION,
  type DossierEvaluation,
  type DossierState,
  type Role,
} from '@tremplin/core';
import type { EvaluatedDossier } from '../src/index.js';

export const ZONE = 'Indian/Reunion';
export const NUMENS = ['12E1234567ABC', '34F7654321XYZ'] as const;

/**
 * A deadline as the core's evaluation gives it (end of day in La Réunion unless `dueAt` is given).
 */
export function deadline(
  id: string,
  kind: Deadline['kind'],
  label: string,
  due: string,
  options: { doneOn?: string; responsible?: Role | null; informative?: boolean; dueAt?: string } = {},
): Deadline {
  return {
    id,
    kind,
    label,
    due,
    dueAt: options.dueAt ?? `${due}T23:59:59.999+04:00`,
    status: options.doneOn === undefined ? 'upcoming' : 'done',
    doneOn: options.doneOn ?? null,
    responsible: options.responsible === undefined ? 'tuteur' : options.responsible,
    informative: options.informative ?? false,
    explanation: {
      summary: `${label} : échéance fixée par le pack, « fin novembre ».`,
      parameters: [],
      facts: [],
      sources: [
        { texte: 'Arrêté du 22 août 2014', article: 'art. 5', nor: 'MENH1411675A' },
        { texte: 'Guide de l’année de stage 2022-2023, académie de La Réunion', article: '§ 5' },
      ],
    },
  };
}

/**
 * A dossier of the Réunion 2022-2023 cohort with two tuteurs over time and a chef d'établissement.
 */
export function dossier(n: 0 | 1, overrides: Partial<DossierState> = {}): DossierState {
  const people = [
    { nom: 'Dupont', prenom: 'Marie', civilite: 'madame' },
    { nom: 'Hoarau', prenom: 'Léo', civilite: 'monsieur' },
  ] as const;
  const p = people[n];
  return {
    schemaVersion: DOSSIER_STATE_SCHEMA_VERSION,
    dossierId: `D-000${n + 1}`,
    sequence: 12 + n,
    etat: 'en-stage',
    identite: {
      stagiaire: {
        id: `S-${n + 1}`,
        civilite: p.civilite,
        nom: p.nom,
        prenom: p.prenom,
      },
      academie: 'reunion',
      anneeScolaire: '2022-2023',
      corps: 'certifie',
      discipline: 'mathematiques',
      uai: '9740001H',
      quotite: 'temps-plein',
      categorie: 'master-meef',
      master: 'detenu',
      stageRenouvele: false,
      dateNominationPrevue: '2022-09-01',
    },
    acteurs: {
      tuteurs: [
        {
          tuteur: { id: 'T-2', civilite: 'madame', nom: 'Técher', prenom: 'Anne' },
          depuis: '2022-09-01',
          jusquau: '2022-10-15',
          motifRetrait: 'mutation',
        },
        {
          tuteur: { id: 'T-1', civilite: 'monsieur', nom: 'Grondin', prenom: 'Paul' },
          depuis: '2022-10-16',
          jusquau: null,
          motifRetrait: null,
        },
      ],
      chefEtablissement: { id: 'C-1', nom: 'Rivière', prenom: 'Joël' },
      inspecteur: null,
      formateursInspe: [],
      directeurInspe: null,
    },
    affectations: [{ uai: n === 0 ? '9740001H' : '9740002J', depuis: null }],
    stage: {
      dateNomination: '2022-09-01',
      reportNomination: null,
      annees: [{ numero: 1, dateDebut: '2022-09-01', dateFinStatutaire: '2023-08-31' }],
      prolongationsConges: [],
      prolongationMaster: null,
      masterJustifie: null,
    },
    autopositionnements: [],
    visites: [],
    entretiens: [],
    formations: [],
    bilans: [],
    avis: [],
    alertes: [],
    conges: [],
    carnet: [],
    transmissionsJury: [],
    entretiensJury: [],
    tempsPartiel: [],
    propositionsJury: [],
    saisines: [],
    avisCommissions: [],
    procedures: [],
    avisMedicaux: [],
    decisions: [],
    demission: null,
    enregistrements: [],
    ...overrides,
  };
}

/** The evaluation of a dossier at 2 November 2022 with the given deadlines. */
export function evaluated(state: DossierState, deadlines: readonly Deadline[]): EvaluatedDossier {
  const evaluation: DossierEvaluation = {
    dossierId: state.dossierId,
    academie: state.identite.academie,
    anneeScolaire: '2022-2023',
    instant: '2022-11-02T08:00:00.000+04:00',
    today: '2022-11-02',
    deadlines,
    alerts: [],
  };
  return { state, evaluation };
}

/** Two dossiers with bilans, avis, the jury and informative dates. */
export function cohorte(): EvaluatedDossier[] {
  return [
    evaluated(dossier(0), [
      deadline('bilan-intermediaire/tuteur', 'bilan', 'Bilan intermédiaire du tuteur', '2022-11-30', {
        doneOn: '2022-11-28',
      }),
      deadline(
        'bilan-intermediaire/chef-etablissement',
        'bilan',
        'Bilan intermédiaire du chef d’établissement',
        '2022-11-30',
        {
          responsible: 'chef-etablissement',
        },
      ),
      deadline('mi-stage', 'mi-stage', 'Mi-stage', '2023-03-02', { responsible: null, informative: true }),
      deadline('jury', 'jury', 'Dépôt au jury avant 17 h', '2023-06-05', {
        responsible: 'rectorat',
        dueAt: '2023-06-05T17:00:00.000+04:00',
      }),
    ]),
    evaluated(dossier(1), [
      deadline('bilan-intermediaire/tuteur', 'bilan', 'Bilan intermédiaire du tuteur', '2022-11-30'),
      deadline('avis/chef-etablissement', 'avis', 'Avis du chef d’établissement', '2023-05-15', {
        responsible: 'chef-etablissement',
      }),
    ]),
  ];
}
