/**
 * The rules this example's académie runs on: La Réunion's pack, plus what this académie chose beyond the texts —
 * the optional alerts on the visits' cadence and on training attendance, and its training sessions. A real
 * académie writes the same entries in its own pack, citing its own decision.
 *
 * @packageDocumentation
 */
import { packReunion } from '@tremplin/academie-reunion';
import type { RulePack } from '@tremplin/core';

const ANNEE = { schoolYears: ['2022-2023'] } as const;
const CHOIX = {
  texte: 'Exemple Tremplin : choix d’une académie fictive, à remplacer par la décision de l’académie',
  nature: 'hypothese',
} as const;

/**
 * La Réunion's pack with the optional alerts switched on and four training sessions listed (illustrative dates).
 *
 * @remarks No text sets the thresholds of these alerts: the académie switches them on, and each alert says so.
 */
export const packAcademieExemple: RulePack = {
  ...packReunion,
  id: 'academie-reunion-exemple-digest',
  label: 'Académie de La Réunion — exemple du traitement de nuit (alertes facultatives choisies)',
  parameters: {
    ...packReunion.parameters,
    'alertes.facultatives': [
      {
        value: {
          BILAN_SOUS_NIVEAU_ATTENDU: false,
          VISITES_TUTEUR_INSUFFISANTES: true,
          VISITES_CHEZ_TUTEUR_INSUFFISANTES: true,
          FORMATION_EN_RETARD: true,
        },
        validity: ANNEE,
        source: CHOIX,
        confidence: 'unverified',
        note: 'Choix de l’académie de l’exemple : suivre la périodicité des visites et l’assiduité en formation.',
      },
    ],
    'formation.sessions': [
      {
        value: [
          {
            id: 'inspe-1',
            date: '2022-09-15',
            intitule: 'Analyse de pratiques',
            heures: 6,
            organisateur: 'INSPE',
          },
          {
            id: 'inspe-2',
            date: '2022-10-06',
            intitule: 'Gestion de classe',
            heures: 6,
            organisateur: 'INSPE',
          },
          {
            id: 'eafc-1',
            date: '2022-10-27',
            intitule: 'Journée disciplinaire',
            heures: 6,
            organisateur: 'EAFC',
          },
          {
            id: 'inspe-3',
            date: '2022-11-10',
            intitule: 'Évaluation des élèves',
            heures: 6,
            organisateur: 'INSPE',
          },
        ],
        validity: ANNEE,
        source: CHOIX,
        confidence: 'unverified',
        note: 'Sessions fictives de l’exemple : le guide fixe le nombre de journées, pas leurs dates.',
      },
    ],
  },
};
