/**
 * La Réunion 2025-2026, decoded from rows of the ministry's dataset (VERIFIED: calendriers.md § 1 and
 * § 4.2, matching a published list).
 *
 * @packageDocumentation
 */
import { SOURCE_DATASET_CALENDRIER } from '../sources.js';
import type { CalendrierScolaire } from '../types.js';

/**
 * La Réunion 2025-2026: été austral from 19 December 2025 to 21 January 2026.
 *
 * @category Calendriers
 */
export const REUNION_2025_2026: CalendrierScolaire = {
  academie: 'Réunion',
  anneeScolaire: '2025-2026',
  zone: 'Réunion',
  timeZone: 'Indian/Reunion',
  vacances: [
    {
      type: 'apres-periode-1',
      libelle: 'Vacances après 1ère période',
      population: 'tous',
      finDesCours: '2025-10-11',
      reprise: '2025-10-27',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
    {
      type: 'ete-austral',
      libelle: "Vacances d'Été austral",
      population: 'tous',
      finDesCours: '2025-12-19',
      reprise: '2026-01-21',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
    {
      type: 'apres-periode-3',
      libelle: 'Vacances après 3ème période',
      population: 'tous',
      finDesCours: '2026-02-28',
      reprise: '2026-03-16',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
    {
      type: 'apres-periode-4',
      libelle: 'Vacances après 4ème période',
      population: 'tous',
      finDesCours: '2026-05-02',
      reprise: '2026-05-18',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
    {
      type: 'hiver-austral',
      libelle: "Vacances d'Hiver austral",
      population: 'enseignants',
      finDesCours: '2026-07-04',
      reprise: '2026-08-17',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
    {
      type: 'hiver-austral',
      libelle: "Vacances d'Hiver austral",
      population: 'eleves',
      finDesCours: '2026-07-04',
      reprise: '2026-08-18',
      confidence: 'verified',
      source: SOURCE_DATASET_CALENDRIER,
    },
  ],
  remarques: ['Rentrée 2025 non relevée dans l’extrait du jeu de données.'],
};
