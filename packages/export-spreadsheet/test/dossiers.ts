import {
  type CompositionJury,
  DOSSIER_STATE_SCHEMA_VERSION,
  type DonneesPersonnelles,
  type DossierState,
  type MembreJury,
  sensitive,
} from '@tremplin/core';

const HASH = `sha256:${'0'.repeat(64)}`;

/** Personal identifiers of the fixtures: none may leak into an export unless named. */
export const NUMENS = ['12E1234567ABC', '34F7654321XYZ', '56G1111111QQQ'] as const;
export const NAISSANCES = ['1994-03-12', '1990-07-01', '1998-11-30'] as const;
export const COURRIELS = [
  'marie.dupont@ac-reunion.fr',
  'leo.hoarau@ac-reunion.fr',
  'zoe.payet@ac-reunion.fr',
] as const;

/**
 * The fixtures' personal data as the register of persons holds them, keyed by stagiaire id: what a caller
 * passes explicitly (`donneesPersonnelles`) for an export to fill its NUMEN, birth date and e-mail columns.
 */
export const DONNEES_PERSONNELLES: ReadonlyMap<string, DonneesPersonnelles> = new Map(
  ([0, 1, 2] as const).map((i) => [
    `S-${i + 1}`,
    {
      numen: sensitive(NUMENS[i]),
      dateNaissance: sensitive(NAISSANCES[i]),
      courriel: sensitive(COURRIELS[i]),
    },
  ]),
);

interface Personne {
  readonly id: string;
  readonly civilite?: 'madame' | 'monsieur';
  readonly nom: string;
  readonly prenom: string;
}

const TUTEUR: Personne = { id: 'T-1', civilite: 'monsieur', nom: 'Grondin', prenom: 'Paul' };
const TUTEUR_2: Personne = { id: 'T-2', civilite: 'madame', nom: 'Técher', prenom: 'Anne' };
const CHEF: Personne = { id: 'C-1', civilite: 'monsieur', nom: 'Rivière', prenom: 'Joël' };

/**
 * A dossier in the state the fold would give, with overrides.
 *
 * @param index - which fixture person (0–2).
 * @param overrides - fields to replace.
 */
export function dossier(index: 0 | 1 | 2, overrides: Partial<DossierState> = {}): DossierState {
  const personnes = [
    { nom: 'Dupont', prenom: 'Marie' },
    { nom: 'Hoarau', prenom: 'Léo' },
    { nom: 'Payet', prenom: 'Zoé' },
  ] as const;
  const p = personnes[index];
  return {
    schemaVersion: DOSSIER_STATE_SCHEMA_VERSION,
    dossierId: `D-000${index + 1}`,
    sequence: 10 + index,
    etat: 'devant-jury',
    identite: {
      stagiaire: {
        id: `S-${index + 1}`,
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
        { tuteur: TUTEUR_2, depuis: '2022-09-01', jusquau: '2022-10-15', motifRetrait: 'mutation' },
        { tuteur: TUTEUR, depuis: '2022-10-16', jusquau: null, motifRetrait: null },
      ],
      chefEtablissement: CHEF,
      inspecteur: null,
      formateursInspe: [],
      directeurInspe: null,
    },
    affectations: [{ uai: '9740001H', depuis: null }],
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

export const INSTANTANE = {
  version: 1,
  sequence: 40,
  regles: { version: '1', empreinte: HASH },
  vue: {},
  empreinte: HASH,
} as const;

/** The jury académique of the certifiés, session 2023: six members, one president, none from the INSPÉ. */
const membre = (
  id: string,
  nom: string,
  prenom: string,
  qualite: MembreJury['qualite'],
  categorie: MembreJury['categorie'],
): MembreJury => ({
  personne: { id, nom, prenom },
  qualite,
  categorie,
  affecteEtablissementFormation: false,
});

export const JURY_CERTIFIES: CompositionJury = {
  juryId: 'jury-certifies-2023',
  corps: 'certifie',
  session: 2023,
  membres: [
    membre('P-1', 'Lebon', 'Hélène', 'president', null),
    membre('P-2', 'Maillot', 'Éric', 'vice-president', 'corps-inspection'),
    membre('P-3', 'Fontaine', 'Inès', 'membre', 'chef-etablissement'),
    membre('P-4', 'Nativel', 'Paul', 'membre', 'formateur-academique'),
    membre('P-5', 'Boyer', 'Lina', 'membre', 'enseignant-chercheur'),
    membre('P-6', 'Robert', 'Yves', 'membre', 'corps-inspection'),
  ],
};

/**
 * A documentaliste (certifié, fonction documentaliste) found inapte, the jury proposing a second year, the
 * recteur renewing the stage.
 */
export function documentalisteRenouvele(): DossierState {
  const base = dossier(2);
  return {
    ...base,
    identite: { ...base.identite, fonction: 'documentaliste', discipline: 'documentation' },
    etat: 'en-stage',
    transmissionsJury: [{ annee: 1, date: '2023-05-25', le: '2023-05-25T08:00:00+04:00' }],
    propositionsJury: [
      {
        annee: 1,
        constat: 'inapte',
        proposition: 'renouvellement',
        motivation: 'Compétences D1 et D3 à consolider.',
        jury: JURY_CERTIFIES,
        instantane: INSTANTANE,
        auteur: { role: 'jury', id: 'J-1' },
        le: '2023-06-14T10:00:00+04:00',
      },
    ],
    decisions: [
      {
        decision: 'renouvellement',
        instance: 'recteur',
        fondement: 'evaluation',
        date: '2023-06-20',
        arrete: null,
        annee: 1,
        motivation: null,
        dateEffet: null,
        periodeSuivante: { dateDebut: '2023-09-01', dateFinStatutaire: '2024-08-31' },
        instantane: INSTANTANE,
        auteur: { role: 'rectorat', id: 'R-1' },
        le: '2023-06-20T10:00:00+04:00',
      },
    ],
  };
}

/** An agrégé whose avis went to the recteur, the CAPA giving a favourable avis before the titularisation. */
export function agregeTitularise(): DossierState {
  const base = dossier(1);
  return {
    ...base,
    identite: { ...base.identite, corps: 'agrege', discipline: 'lettres-classiques' },
    etat: 'titularise',
    saisines: [
      {
        annee: 1,
        destinataire: 'recteur',
        date: '2023-05-30',
        motif: null,
        instantane: INSTANTANE,
        auteur: { role: 'rectorat', id: 'R-1' },
        le: '2023-05-30T08:00:00+04:00',
      },
    ],
    avisCommissions: [
      {
        avisId: 'CAPA-1',
        annee: 1,
        commission: 'capa',
        formation: 'ordinaire',
        objet: 'titularisation',
        sens: 'favorable',
        motivation: null,
        date: '2023-06-22',
        procedureId: null,
        auteur: { role: 'cap', id: 'capa-reunion-agreges' },
        le: '2023-06-22T08:00:00+04:00',
      },
    ],
    decisions: [
      {
        decision: 'titularisation',
        instance: 'recteur',
        fondement: 'evaluation',
        date: '2023-06-29',
        arrete: 'ARR-2023-118',
        annee: 1,
        motivation: null,
        dateEffet: '2023-09-01',
        periodeSuivante: null,
        instantane: INSTANTANE,
        auteur: { role: 'rectorat', id: 'R-1' },
        le: '2023-06-29T10:00:00+04:00',
      },
    ],
  };
}

/** Three dossiers of certifiés before the jury, one with avis, alerts, leave and a decision. */
export function cohorte(): DossierState[] {
  const complet = dossier(0, {
    avis: [
      {
        avisId: 'A1',
        annee: 1,
        role: 'inspecteur',
        auteurId: 'I-1',
        sens: 'defavorable',
        motivation: null,
        date: '2023-05-10',
        secondeAnnee: null,
        grilleId: 'ns-2023-enseignants',
        positionnement: {
          grilleId: 'ns-2023-enseignants',
          echelleId: 'degres-acquisition',
          entries: [{ item: 'B1.1', niveau: 'degre-1' }],
        },
        le: '2023-05-10T10:00:00+04:00',
      },
      {
        avisId: 'A2',
        annee: 1,
        role: 'inspecteur',
        auteurId: 'I-1',
        sens: 'favorable',
        motivation: 'révisé',
        date: '2023-05-20',
        secondeAnnee: null,
        grilleId: 'ns-2023-enseignants',
        positionnement: null,
        le: '2023-05-20T10:00:00+04:00',
      },
      {
        avisId: 'A3',
        annee: 1,
        role: 'chef-etablissement',
        auteurId: 'C-1',
        sens: 'defavorable',
        motivation: null,
        date: '2023-05-12',
        secondeAnnee: null,
        grilleId: 'ns-2023-enseignants',
        positionnement: null,
        le: '2023-05-12T10:00:00+04:00',
      },
    ],
    alertes: [
      {
        alerteId: 'AL1',
        annee: 1,
        moment: 'precoce',
        motifs: ['gestion-de-classe'],
        date: '2022-10-03',
        description: 'Difficultés de gestion de classe',
        declenchePar: { role: 'tuteur', id: 'T-1' },
        levee: null,
        protocole: {
          date: '2022-10-10',
          mesures: ['visites supplémentaires'],
          dateBilanPrevue: '2022-12-01',
          ouvertPar: { role: 'inspecteur', id: 'I-1' },
          cloture: null,
        },
      },
      {
        alerteId: 'AL2',
        annee: 1,
        moment: 'en-cours-annee',
        motifs: ['autre'],
        date: '2023-01-20',
        description: 'Absences',
        declenchePar: { role: 'chef-etablissement', id: 'C-1' },
        levee: { date: '2023-02-20', motif: 'résolu', par: { role: 'chef-etablissement', id: 'C-1' } },
        protocole: null,
      },
    ],
    stage: {
      dateNomination: '2022-09-01',
      reportNomination: null,
      annees: [{ numero: 1, dateDebut: '2022-09-01', dateFinStatutaire: '2023-08-31' }],
      prolongationsConges: [
        {
          annee: 1,
          joursCongesRemuneres: 50,
          joursNonComptes: 14,
          joursTempsPartiel: 0,
          joursProlongation: 14,
          dateFinEffective: '2023-09-14',
          dateFinPourTitularisation: '2023-09-14',
          le: '2023-03-01T08:00:00+04:00',
        },
      ],
      prolongationMaster: null,
      masterJustifie: null,
    },
    transmissionsJury: [{ annee: 1, date: '2023-05-25', le: '2023-05-25T08:00:00+04:00' }],
    entretiensJury: [
      { annee: 1, date: '2023-06-12', compteRendu: null, auteur: { role: 'jury', id: 'J-1' } },
    ],
    decisions: [
      {
        // Recorded before Tremplin 0.2: the jury's deliberation and the recteur's act in one record.
        decision: 'titularisation',
        instance: 'jury',
        fondement: null,
        date: '2023-06-15',
        arrete: null,
        annee: 1,
        motivation: null,
        dateEffet: '2023-09-15',
        periodeSuivante: null,
        instantane: {
          version: 1,
          sequence: 40,
          regles: { version: '1', empreinte: HASH },
          vue: {},
          empreinte: HASH,
        },
        auteur: { role: 'jury', id: 'J-1' },
        le: '2023-06-15T10:00:00+04:00',
      },
    ],
    etat: 'titularise',
  });
  const renouvele = dossier(1, {
    identite: {
      ...dossier(1).identite,
      stageRenouvele: true,
      quotite: 'mi-temps',
      categorie: 'autre-master',
    },
    stage: { ...dossier(1).stage, annees: [] },
    etat: 'ouvert',
  });
  return [dossier(2), complet, renouvele];
}
