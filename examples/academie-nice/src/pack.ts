/**
 * An académie's own rule pack, as an académie (or its vendor) writes it: only what differs from the national
 * rules, each value with its validity, its source and how sure it is.
 *
 * @packageDocumentation
 */
import { defineRulePack, type RulePack, type Validity } from '@tremplin/core';
import { SOURCE_SGEN_COTE_D_AZUR } from './sources.js';

/** The planning is that of 2020-2021 and describes a standing practice: read as applying from then on. */
const DEPUIS_2020: Validity = { from: '2020-09-01' };

const AVANT_TOUSSAINT = 'avant les vacances de la Toussaint, ou peu après';

/**
 * The Nice pack (`academie: 'nice'`, zone B, `Europe/Paris`, inherited from the national pack).
 *
 * @remarks Two changes, both from the Sgen-CFDT Côte d'Azur planning (SECONDARY):
 * - **a deadline overridden**: the rapport d'étape (`echeances.bilanIntermediaire`) is due before the Toussaint
 *   holidays instead of the national « before the December holidays »;
 * - **a milestone added, with its alerts**: the joint visite-conseil of the INSPÉ tutor and the tuteur terrain
 *   before the Toussaint holidays (`echeances.academiques`). It becomes the deadline
 *   `academique/visite-conseil-conjointe`, met by a recorded `visite-formateur-inspe`, and raises
 *   `ECHEANCE_ACADEMIQUE_A_RENDRE` as it nears and `ECHEANCE_ACADEMIQUE_EN_RETARD` once missed.
 *
 * « Ou peu après » is not a date: the pack keeps the eve of the holidays, and says so in the entry's note.
 * @example
 * ```ts
 * const rules = createRulesRegistry({ packs: [packNice] }); // then createTremplin({ store, rules: rules.value })
 * const evaluated = evaluateCohort(states, '2022-10-24T08:00:00+02:00', packNice);
 * ```
 */
export const packNice: RulePack = defineRulePack({
  id: 'academie-nice-exemple',
  version: '2022.1.0',
  layer: 'academie',
  academie: 'nice',
  label: 'Académie de Nice (exemple)',
  description: 'Visite-conseil conjointe et rapport d’étape avant les vacances de la Toussaint.',
  parameters: {
    'echeances.bilanIntermediaire': [
      {
        value: { due: { kind: 'before-holiday', holidays: ['toussaint'] }, wording: AVANT_TOUSSAINT },
        validity: DEPUIS_2020,
        source: SOURCE_SGEN_COTE_D_AZUR,
        confidence: 'secondary',
        quote:
          'Octobre : visite-conseil par le binôme tuteur universitaire + tuteur terrain, puis rapport d’étape',
        note: '« Ou peu après » n’est pas une date : l’échéance retenue est le début des vacances de la Toussaint.',
      },
    ],
    'echeances.academiques': [
      {
        value: [
          {
            id: 'visite-conseil-conjointe',
            libelle: 'Visite-conseil conjointe du tuteur INSPÉ et du tuteur terrain',
            due: { kind: 'before-holiday', holidays: ['toussaint'] },
            preuve: { kind: 'visite', natures: ['visite-formateur-inspe'], count: 1 },
            responsable: 'formateur-inspe',
            wording: AVANT_TOUSSAINT,
          },
        ],
        validity: DEPUIS_2020,
        source: SOURCE_SGEN_COTE_D_AZUR,
        confidence: 'secondary',
        quote: 'Octobre : visite-conseil par le binôme tuteur universitaire + tuteur terrain',
        note: 'Le tuteur universitaire est le formateur INSPÉ : sa visite, faite avec le tuteur terrain, tient lieu de preuve.',
      },
    ],
  },
});
