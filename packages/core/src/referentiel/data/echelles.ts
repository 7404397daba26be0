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

const ORIGINE_APPLICATION =
  "d'après une application tierce de rapport de tuteur (2025-2026, académie non identifiée)";

/**
 * The scales Tremplin ships. Every one but `avis` is marked `assumption: true`: an académie replaces them with
 * its own (same shape) when it knows the official ones.
 *
 * - `tuteur-intermediaire`: « à investir / à travailler encore / à entretenir » (intermediate tutor report);
 * - `tuteur-final`: « insuffisant / suffisant », plus « non observé », which is not a rating;
 * - `degres-acquisition`: four degrees in the spirit of NS 2015-055 fiche 14, names assumed;
 * - `acquisition`: « non acquis / en cours d'acquisition / acquis », seen in some académies;
 * - `avis`: « défavorable / favorable », the binary avis of the inspecteur, chef d'établissement and INSPÉ.
 *
 * No scale has an expected level (`attendu`): no national text sets one; a pack may, per scale, with the
 * `evaluation.niveauxAttendus` parameter. Every scale and level has `statut: 'assumption'`.
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
      { kind: 'notation', code: 'a-investir', label: 'À investir', rang: 1, statut: 'assumption' },
      {
        kind: 'notation',
        code: 'a-travailler-encore',
        label: 'À travailler encore',
        rang: 2,
        statut: 'assumption',
      },
      { kind: 'notation', code: 'a-entretenir', label: 'À entretenir', rang: 3, statut: 'assumption' },
    ],
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_APPLICATION,
    note: 'Scale of a third-party tutor-report application (académie not identified). No expected level: no text sets one (a pack may, with `evaluation.niveauxAttendus`).',
    source: APPLICATION_TIERCE_RAPPORT_TUTEUR,
    confidence: 'secondary',
  },
  {
    id: 'tuteur-final',
    label: 'Positionnement final : insuffisant / suffisant / non observé',
    usage: 'bilan-final',
    niveaux: [
      { kind: 'notation', code: 'insuffisant', label: 'Insuffisant', rang: 1, statut: 'assumption' },
      { kind: 'notation', code: 'suffisant', label: 'Suffisant', rang: 2, statut: 'assumption' },
      {
        kind: 'hors-notation',
        code: 'non-observe',
        label: 'Non observé',
        description: "L'évaluateur n'a pas pu observer l'item ou la compétence : ce n'est pas une note.",
        statut: 'assumption',
      },
    ],
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_APPLICATION,
    note: "Scale of the final report of a third-party tutor-report application, with « non observé » as that report has it (reference evaluation-titularisation § 8.4). No expected level by default (NS 2015-055 speaks of « un niveau suffisant au titre de l'année de stage », but sets no level of a scale).",
    source: APPLICATION_TIERCE_RAPPORT_TUTEUR,
    confidence: 'secondary',
  },
  {
    id: 'degres-acquisition',
    label: "Degrés d'acquisition des compétences (4 degrés, sur le modèle de la fiche 14)",
    usage: 'degres-acquisition',
    niveaux: [
      { kind: 'notation', code: 'degre-1', label: 'Degré 1', rang: 1, statut: 'assumption' },
      { kind: 'notation', code: 'degre-2', label: 'Degré 2', rang: 2, statut: 'assumption' },
      { kind: 'notation', code: 'degre-3', label: 'Degré 3', rang: 3, statut: 'assumption' },
      { kind: 'notation', code: 'degre-4', label: 'Degré 4', rang: 4, statut: 'assumption' },
    ],
    assumption: true,
    statut: 'assumption',
    origine: "sur le modèle de la fiche 14 de la NS 2015-055, dont les degrés n'ont pas été consultés",
    note: "Fiche 14 of NS 2015-055 (« Outil d'accompagnement : descripteurs des degrés d'acquisition des compétences à l'entrée dans le métier ») exists, but the number and names of its degrees and the « niveau attendu à l'entrée dans le métier » are UNVERIFIED. Four neutral degrees are an assumption, with no expected degree: fill them from BO n°13 du 26 mars 2015, fiche 14.",
    source: SNES_FICHE_14,
    confidence: 'unverified',
  },
  {
    id: 'acquisition',
    label: "Acquisition : non acquis / en cours d'acquisition / acquis",
    usage: 'acquisition',
    niveaux: [
      { kind: 'notation', code: 'non-acquis', label: 'Non acquis', rang: 1, statut: 'assumption' },
      {
        kind: 'notation',
        code: 'en-cours-d-acquisition',
        label: "En cours d'acquisition",
        rang: 2,
        statut: 'assumption',
      },
      { kind: 'notation', code: 'acquis', label: 'Acquis', rang: 3, statut: 'assumption' },
    ],
    assumption: true,
    statut: 'assumption',
    origine: "d'après des pratiques académiques non vérifiées",
    note: 'Used by some académies (UNVERIFIED). No expected level by default.',
    source: PRATIQUES_ACADEMIQUES_ACQUISITION,
    confidence: 'unverified',
  },
  {
    id: 'avis',
    label: 'Avis : favorable / défavorable',
    usage: 'avis',
    niveaux: [
      { kind: 'notation', code: 'defavorable', label: 'Défavorable', rang: 1, statut: 'assumption' },
      { kind: 'notation', code: 'favorable', label: 'Favorable', rang: 2, statut: 'assumption' },
    ],
    assumption: false,
    statut: 'assumption',
    origine:
      "d'après le SNES Lyon (avis favorable ou défavorable), aucun texte officiel consulté ne fixant l'échelle",
    note: "Each avis to the jury (inspecteur, chef d'établissement, directeur de l'INSPÉ) is favorable or défavorable (SNES Lyon). The avis themselves are required by the arrêté du 22 août 2014 (NOR MENH1411675A), art. 5.",
    source: SNES_LYON_AVIS,
    confidence: 'secondary',
  },
]);
