export * from './config.js';
export * from './deroulement.js';
export * from './donnees-personnelles.js';
export * from './fiche-bilan.js';
export * from './identite.js';
export * from './labels.js';
export * from './liste-jury.js';
export * from './rapport-visite.js';
