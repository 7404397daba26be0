/**
 * A variant of the Réunion pack, for tests only: what the académie would write if it chose the alerts that
 * rest on thresholds no text sets, and listed its training sessions. The real pack switches none on.
 */
import {
  echellesParDefaut,
  packNational,
  type RulePack,
  type RuleSet,
  type SessionFormation,
} from '@tremplin/core';
import { guideReunion, packReunion } from '../src/index.js';

const ANNEE = { schoolYears: ['2022-2023'] } as const;

/** Illustrative sessions (the guide gives the 12 days, not their dates): 8 INSPÉ days and 4 EAFC days. */
const SESSIONS: readonly SessionFormation[] = [
  { id: 'inspe-1', date: '2022-09-15', intitule: 'Analyse de pratiques', heures: 6, organisateur: 'INSPE' },
  { id: 'inspe-2', date: '2022-10-06', intitule: 'Gestion de classe', heures: 6, organisateur: 'INSPE' },
  {
    id: 'eafc-1',
    date: '2022-10-27',
    intitule: 'Journée disciplinaire du PAF',
    heures: 6,
    organisateur: 'EAFC',
  },
  { id: 'inspe-3', date: '2022-11-10', intitule: 'Évaluation des élèves', heures: 6, organisateur: 'INSPE' },
  { id: 'inspe-4', date: '2022-11-24', intitule: 'Différenciation', heures: 6, organisateur: 'INSPE' },
  { id: 'inspe-5', date: '2022-12-08', intitule: 'Analyse de pratiques', heures: 6, organisateur: 'INSPE' },
  {
    id: 'eafc-2',
    date: '2023-01-26',
    intitule: 'Journée disciplinaire du PAF',
    heures: 6,
    organisateur: 'EAFC',
  },
  { id: 'inspe-6', date: '2023-02-09', intitule: 'Climat scolaire', heures: 6, organisateur: 'INSPE' },
  { id: 'inspe-7', date: '2023-03-09', intitule: 'Analyse de pratiques', heures: 6, organisateur: 'INSPE' },
  {
    id: 'eafc-3',
    date: '2023-03-30',
    intitule: 'Journée disciplinaire du PAF',
    heures: 6,
    organisateur: 'EAFC',
  },
  { id: 'inspe-8', date: '2023-04-13', intitule: 'Bilan de l’année', heures: 6, organisateur: 'INSPE' },
  {
    id: 'eafc-4',
    date: '2023-05-04',
    intitule: 'Journée disciplinaire du PAF',
    heures: 6,
    organisateur: 'EAFC',
  },
];

/** The Réunion pack with the optional alerts switched on and sessions listed (test variant). */
export const packReunionAlertesChoisies: RulePack = {
  ...packReunion,
  id: 'academie-reunion-alertes-choisies',
  label: 'Académie de La Réunion — alertes facultatives choisies (variante de test)',
  parameters: {
    ...packReunion.parameters,
    'alertes.facultatives': [
      {
        value: {
          BILAN_SOUS_NIVEAU_ATTENDU: true,
          VISITES_TUTEUR_INSUFFISANTES: true,
          VISITES_CHEZ_TUTEUR_INSUFFISANTES: true,
          FORMATION_EN_RETARD: true,
        },
        validity: ANNEE,
        source: guideReunion(
          '§ 4.4 « L’accompagnement du stagiaire » — « Le dispositif d’aide et d’alerte »',
        ),
        confidence: 'unverified',
        note: 'Variante de test : le guide ne demande pas ces alertes ; une académie qui les veut les active ici.',
      },
    ],
    'formation.sessions': [
      {
        value: SESSIONS,
        validity: ANNEE,
        source: guideReunion('§ 2.2 « Organisation du dispositif »'),
        confidence: 'unverified',
        note: 'Sessions fictives : le guide fixe 12 jours (4 EAFC, 8 INSPÉ) sans en publier les dates.',
      },
    ],
  },
};

/**
 * The rule set of the variant: national pack, the variant, and an intermediate tutor scale whose expected
 * level the académie sets (« à travailler encore »), since no text sets one.
 */
export const ruleSetAlertesChoisies: RuleSet = {
  layers: [packNational, packReunionAlertesChoisies],
  echelles: echellesParDefaut.map((e) =>
    e.id === 'tuteur-intermediaire' ? { ...e, attendu: 'a-travailler-encore' } : e,
  ),
};
