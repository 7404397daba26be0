/**
 * The corps of the second degree and what the référentiel 2013 gives each of them (legal scope).
 * This is NOT what an evaluation grid evaluates: see `grilles.ts`.
 *
 * @packageDocumentation
 */
import type { CorpsInfo, ScopeReferentiel } from '../types.js';
import { deepFreeze } from './freeze.js';
import { sourceArrete2013 } from './sources.js';

/**
 * The six corps of the second degree Tremplin knows, with their labels.
 *
 * @category Référentiel
 */
export const corpsSecondDegre: readonly CorpsInfo[] = deepFreeze([
  { corps: 'certifie', label: 'Professeur certifié' },
  { corps: 'agrege', label: 'Professeur agrégé' },
  { corps: 'plp', label: 'Professeur de lycée professionnel' },
  { corps: 'eps', label: "Professeur d'éducation physique et sportive" },
  { corps: 'documentaliste', label: 'Professeur documentaliste' },
  { corps: 'cpe', label: "Conseiller principal d'éducation" },
]);

const PREAMBULE = sourceArrete2013('annexe, préambule (compétences 1 à 14, P1 à P5, D1 à D4, C1 à C8)');

/**
 * What the référentiel gives each corps. Documentalistes hold CC1–CC14, P1–P5 and D1–D4: « Outre les
 * compétences qu'ils partagent avec l'ensemble des professeurs, telles qu'elles sont énoncées ci-dessus, ils
 * maîtrisent les compétences spécifiques ci-après. »
 *
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A), annexe, préambule and part 3.
 * @category Référentiel
 */
export const scopesReferentiel: readonly ScopeReferentiel[] = deepFreeze([
  { corps: 'certifie', familles: ['commune', 'professeur'], source: PREAMBULE, confidence: 'verified' },
  { corps: 'agrege', familles: ['commune', 'professeur'], source: PREAMBULE, confidence: 'verified' },
  { corps: 'plp', familles: ['commune', 'professeur'], source: PREAMBULE, confidence: 'verified' },
  { corps: 'eps', familles: ['commune', 'professeur'], source: PREAMBULE, confidence: 'verified' },
  {
    corps: 'documentaliste',
    familles: ['commune', 'professeur', 'documentaliste'],
    source: sourceArrete2013(
      'annexe, 3. Compétences spécifiques aux professeurs documentalistes, introduction',
    ),
    confidence: 'verified',
  },
  { corps: 'cpe', familles: ['commune', 'cpe'], source: PREAMBULE, confidence: 'verified' },
]);
