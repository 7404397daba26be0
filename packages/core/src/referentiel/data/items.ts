/**
 * A small builder that numbers the items of a competency in source order (`CC6.1`, `CC6.2`, …).
 *
 * @packageDocumentation
 */
import type { CompetenceCode, ContexteItem, ItemCompetence } from '../types.js';

/**
 * An item as written in the data files: its text, or its text with a context and notes.
 *
 * @category Référentiel
 */
export type ItemSource =
  | string
  | {
      readonly texte: string;
      readonly contexte?: ContexteItem;
      readonly paraphrased?: true;
      readonly note?: string;
    };

/**
 * Numbers the items of one competency in the order given.
 *
 * @param code - the competency code, prefix of every item id.
 * @param sources - the items in source order.
 * @returns the items with `id` (`CODE.n`) and `rang` (1-based).
 * @category Référentiel
 */
export function numberItems(code: CompetenceCode, sources: readonly ItemSource[]): ItemCompetence[] {
  return sources.map((source, index) => {
    const rang = index + 1;
    const base = { id: `${code}.${rang}`, rang };
    return typeof source === 'string' ? { ...base, texte: source } : { ...base, ...source };
  });
}
