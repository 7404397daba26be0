/**
 * Export of the whole référentiel (competencies, corps scopes, grids, scales) as plain JSON data.
 *
 * @packageDocumentation
 */

import { referentiel2013 } from './data/2013.js';
import { corpsSecondDegre, scopesReferentiel } from './data/corps.js';
import { echellesParDefaut } from './data/echelles.js';
import { grillesNationales } from './data/grilles.js';
import type { Echelle, Grille, ReferentielJson } from './types.js';

/**
 * What to put in the JSON besides the référentiel itself.
 *
 * @category Référentiel
 */
export interface ReferentielJsonOptions {
  /** The grids to include; the national ones by default. */
  readonly grilles?: readonly Grille[];
  /** The scales to include; the shipped defaults by default. */
  readonly echelles?: readonly Echelle[];
}

/**
 * The whole référentiel 2013 with the corps, their legal scopes, the grids and the scales, as a fresh plain
 * object (no class, no `undefined`, not frozen) that survives `JSON.stringify` / `JSON.parse` unchanged.
 *
 * @param options - grids and scales to include instead of the shipped ones.
 * @returns a JSON-serialisable object, `format: 'tremplin.referentiel'`, `formatVersion: 2`.
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A); NS 2015-055; NS du 21-6-2023.
 * @example
 * ```ts
 * const json = JSON.stringify(referentielToJson(), null, 2);
 * ```
 * @category Référentiel
 */
export function referentielToJson(options: ReferentielJsonOptions = {}): ReferentielJson {
  const data: ReferentielJson = {
    format: 'tremplin.referentiel',
    formatVersion: 2,
    referentiel: referentiel2013,
    corps: corpsSecondDegre,
    scopes: scopesReferentiel,
    grilles: options.grilles ?? grillesNationales,
    echelles: options.echelles ?? echellesParDefaut,
  };
  return JSON.parse(JSON.stringify(data)) as ReferentielJson;
}
