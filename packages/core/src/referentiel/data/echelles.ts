/**
 * Default rating scales. The official grids' levels and fiche 14's degrees are UNVERIFIED, so every scale
 * here is configuration with a documented default; only the avis scale rests on a (secondary) source.
 *
 * @packageDocumentation
 */
import type { Echelle } from '../types.js';
import { deepFreeze } from './freeze.js';
import {
  APPLICATION_TIERCE_RAPPORT_TUTEUR,
  PRATIQUES_ACADEMIQUES_ACQUISITION,
  SNES_FICHE_14,
  SNES_LYON_AVIS,
} from './sources.js';

/**
 * The scales Tremplin ships. Every one but `avis` is marked `assumption: true`: an académie replaces them with
 * its own (same shape) when it knows the official ones.
 *
 * - `tuteur-intermediaire`: « à investir / à travailler encore / à entretenir » (intermediate tutor report);
 * - `tuteur-final`: « insuffisant / suffisant », plus « non observé », which is not a rating;
 * - `degres-acquisition`: four degrees in the spirit of NS 2015-055 fiche 14, names and expected degree assumed;
 * - `acquisition`: « non acquis / en cours d'acquisition / acquis », seen in some académies;
 * - `avis`: « défavorable / favorable », the binary avis of the inspecteur, chef d'établissement and INSPÉ.
 *
 * @remarks Rating scales are UNVERIFIED for the NS 2015-055 and NS du 21-6-2023 grids (see the reference
 * evaluation-titularisation § 8.4 and § 9). The data is frozen.
 * @category Référentiel
 */
export const echellesParDefaut: readonly Echelle[] = deepFreeze([
  {
    id: 'tuteur-intermediaire',
    label: 'Positionnement intermédiaire : à investir / à travailler encore / à entretenir',
    usage: 'bilan-intermediaire',
    niveaux: [
      { kind: 'notation', code: 'a-investir', label: 'À investir', rang: 1 },
      { kind: 'notation', code: 'a-travailler-encore', label: 'À travailler encore', rang: 2 },
      { kind: 'notation', code: 'a-entretenir', label: 'À entretenir', rang: 3 },
    ],
    attendu: 'a-travailler-encore',
    assumption: true,
    note: 'Scale of a third-party tutor-report application (académie not identified). The expected level at mid-year (« à travailler encore ») is an assumption: « à investir » is flagged as below expected.',
    source: APPLICATION_TIERCE_RAPPORT_TUTEUR,
    confidence: 'secondary',
  },
  {
    id: 'tuteur-final',
    label: 'Positionnement final : insuffisant / suffisant / non observé',
    usage: 'bilan-final',
    niveaux: [
      { kind: 'notation', code: 'insuffisant', label: 'Insuffisant', rang: 1 },
      { kind: 'notation', code: 'suffisant', label: 'Suffisant', rang: 2 },
      {
        kind: 'hors-notation',
        code: 'non-observe',
        label: 'Non observé',
        description: 'The assessor could not observe the competency: this is not a rating.',
      },
    ],
    attendu: 'suffisant',
    assumption: true,
    note: "Scale of a third-party tutor-report application. « Suffisant » as the expected level echoes NS 2015-055: competencies are acquired « à un niveau suffisant au titre de l'année de stage ».",
    source: APPLICATION_TIERCE_RAPPORT_TUTEUR,
    confidence: 'secondary',
  },
  {
    id: 'degres-acquisition',
    label: "Degrés d'acquisition des compétences (4 degrés, sur le modèle de la fiche 14)",
    usage: 'degres-acquisition',
    niveaux: [
      { kind: 'notation', code: 'degre-1', label: 'Degré 1', rang: 1 },
      { kind: 'notation', code: 'degre-2', label: 'Degré 2', rang: 2 },
      { kind: 'notation', code: 'degre-3', label: 'Degré 3', rang: 3 },
      { kind: 'notation', code: 'degre-4', label: 'Degré 4', rang: 4 },
    ],
    attendu: 'degre-3',
    assumption: true,
    note: "Fiche 14 of NS 2015-055 (« Outil d'accompagnement : descripteurs des degrés d'acquisition des compétences à l'entrée dans le métier ») exists, but the number and names of its degrees and the « niveau attendu à l'entrée dans le métier » are UNVERIFIED. Four neutral degrees and « Degré 3 » as the expected one are assumptions: fill them from BO n°13 du 26 mars 2015, fiche 14.",
    source: SNES_FICHE_14,
    confidence: 'unverified',
  },
  {
    id: 'acquisition',
    label: "Acquisition : non acquis / en cours d'acquisition / acquis",
    usage: 'acquisition',
    niveaux: [
      { kind: 'notation', code: 'non-acquis', label: 'Non acquis', rang: 1 },
      { kind: 'notation', code: 'en-cours-d-acquisition', label: "En cours d'acquisition", rang: 2 },
      { kind: 'notation', code: 'acquis', label: 'Acquis', rang: 3 },
    ],
    attendu: 'acquis',
    assumption: true,
    note: 'Used by some académies (UNVERIFIED). « Acquis » as the expected level at the end of the year is an assumption.',
    source: PRATIQUES_ACADEMIQUES_ACQUISITION,
    confidence: 'unverified',
  },
  {
    id: 'avis',
    label: 'Avis : favorable / défavorable',
    usage: 'avis',
    niveaux: [
      { kind: 'notation', code: 'defavorable', label: 'Défavorable', rang: 1 },
      { kind: 'notation', code: 'favorable', label: 'Favorable', rang: 2 },
    ],
    attendu: 'favorable',
    assumption: false,
    note: "Each avis to the jury (inspecteur, chef d'établissement, directeur de l'INSPÉ) is favorable or défavorable (SNES Lyon). The avis themselves are required by the arrêté du 22 août 2014 (NOR MENH1411675A), art. 5.",
    source: SNES_LYON_AVIS,
    confidence: 'secondary',
  },
]);
