/**
 * Test support: arbitraries for the input schemas whose refinements random values almost never pass
 * (a UAI's check letter, two consecutive years, an IANA zone). `@tremplin/core/testing`'s
 * `buildInputArbitrary` uses them.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { anneeScolaireLabelSchema } from '../../calendar/date-schemas.js';
import { anneeScolaireSchema, computeCleUai, uaiSchema } from '../../dossier/identifiants.js';
import { PARAMETER_SCHEMAS } from '../../rules/parameters.js';
import type { Overrides } from './zod-arbitrary.js';

const uai = fc.integer({ min: 0, max: 9_999_999 }).map((n) => {
  const chiffres = String(n).padStart(7, '0');
  return `${chiffres}${computeCleUai(chiffres)}`;
});

const anneeScolaire = fc.integer({ min: 1990, max: 2098 }).map((y) => `${y}-${y + 1}`);

/** The overrides the published-schema tests use. */
export const inputOverrides: Overrides = new Map<unknown, fc.Arbitrary<unknown>>([
  [uaiSchema, uai],
  [anneeScolaireSchema, anneeScolaire],
  [anneeScolaireLabelSchema, anneeScolaire],
  [
    PARAMETER_SCHEMAS['calendrier.fuseauHoraire'],
    fc.constantFrom('Europe/Paris', 'Indian/Reunion', 'America/Cayenne', 'Indian/Mayotte', 'Pacific/Noumea'),
  ],
]);
