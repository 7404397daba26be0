/**
 * The text the pack rests on.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '@tremplin/core';

/**
 * Sgen-CFDT Côte d'Azur, « Planning annuel du professeur stagiaire dans le 2nd degré » (2020-2021): in
 * October, « avant les vacances de la Toussaint, ou peu après », a visite-conseil by the pair tuteur
 * universitaire (INSPÉ) + tuteur terrain, followed by a rapport d'étape. SECONDARY: a union's page, not the
 * académie's own circulaire.
 */
export const SOURCE_SGEN_COTE_D_AZUR: SourceRef = {
  texte: 'Sgen-CFDT Côte d’Azur, « Planning annuel du professeur stagiaire dans le 2nd degré » (2020-2021)',
  url: 'https://cotedazur.sgen-cfdt.fr/actu/planning-annuel-du-professeur-stagiaire-dans-le-2nd-degre/',
};
