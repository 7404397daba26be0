/**
 * Checking that a pack quotes its texts verbatim: the quotations a pack (or the workflow's rules) holds, and
 * whether each is found word for word in the text it quotes.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

/**
 * A quotation held by a rule pack or by the workflow's rules.
 *
 * @category Scénarios
 */
export interface PackCitation {
  /** Where it is, e.g. `parameters/echeances.bilanFinal/0/quote`. */
  readonly chemin: string;
  /**
   * `quote`: an entry's `quote`; `citation`: a pack note's `citation`; `guillemets`: words in « » inside a
   * `note` or a pack note's `texte`, which a reader takes for a quotation too.
   */
  readonly nature: 'quote' | 'citation' | 'guillemets';
  /** The quoted words. */
  readonly texte: string;
  /** The source of the object that holds it. */
  readonly source: SourceRef | undefined;
}

function isSourceRef(value: unknown): value is SourceRef {
  return (
    value !== null &&
    typeof value === 'object' &&
    'texte' in value &&
    typeof (value as { texte: unknown }).texte === 'string'
  );
}

/**
 * The words in « » of a text, nested ones included (« a « b » c » gives `a « b » c` and `b`).
 *
 * @param text - any text.
 * @returns the quoted segments, in order of their closing guillemet.
 * @category Scénarios
 */
export function parseGuillemets(text: string): string[] {
  const segments: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') open.push(i);
    else if (text[i] === '»') {
      const start = open.pop();
      if (start !== undefined) segments.push(text.slice(start + 1, i).trim());
    }
  }
  return segments;
}

/**
 * Normalises a text for a verbatim comparison, and nothing more: every run of white space (line breaks
 * included) becomes one space, and the typographic apostrophes (’ ‘) become the straight one (').
 *
 * @param text - a quotation or the text it quotes.
 * @returns the normalised text.
 * @category Scénarios
 */
export function normaliserCitation(text: string): string {
  return text.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a quotation is found verbatim in one of the texts, after `normaliserCitation` on both sides.
 * `[…]` marks a cut: each part must then be found, in order, in the same text.
 *
 * @param citation - the quotation.
 * @param textes - the texts it may come from.
 * @returns `true` when found.
 * @example
 * ```ts
 * estVerbatim('Le bilan final est à compléter […] pour fin avril 2023.', [guide]);
 * ```
 * @category Scénarios
 */
export function estVerbatim(citation: string, textes: readonly string[]): boolean {
  const parts = normaliserCitation(citation)
    .split(/\s*\[…\]\s*/u)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return textes.some((t) => {
    const text = normaliserCitation(t);
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  });
}

/**
 * Every quotation a rule pack or the workflow's rules hold: entries' `quote`, pack notes' `citation`, and the
 * words in « » of every `note` and of pack notes' `texte`. A source's title and article are not read: they name
 * a text or a section, they do not quote it.
 *
 * @param value - a `RulePack`, `WorkflowRules` or any part of them.
 * @param chemin - the path of `value`, prefixed to each result's.
 * @returns the quotations, each with the source of the object that holds it.
 * @category Scénarios
 */
export function listerCitations(value: unknown, chemin = ''): PackCitation[] {
  const found: PackCitation[] = [];
  const walk = (v: unknown, path: string, source: SourceRef | undefined): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, `${path}/${i}`, source);
      });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const record = v as Record<string, unknown>;
    const own = isSourceRef(record.source) ? record.source : source;
    const holdsNotes = 'source' in record;
    for (const [key, child] of Object.entries(record)) {
      const at = `${path}/${key}`;
      if (typeof child === 'string' && (key === 'quote' || key === 'citation')) {
        found.push({ chemin: at, nature: key, texte: child, source: own });
      } else if (typeof child === 'string' && (key === 'note' || (key === 'texte' && holdsNotes))) {
        for (const texte of parseGuillemets(child)) {
          found.push({ chemin: at, nature: 'guillemets', texte, source: own });
        }
      } else if (key !== 'source' && key !== 'references') {
        walk(child, at, own);
      }
    }
  };
  walk(value, chemin, undefined);
  return found;
}

/**
 * Checks that every quotation of a rule pack (or of the workflow's rules) is found verbatim in the text it
 * quotes. What is read: entries' `quote`, pack notes' `citation`, and the words in « » of every `note` and of
 * pack notes' `texte` (a source's title and article are not read). How it is compared: every run of white space
 * becomes one space and typographic apostrophes become straight ones, on both sides, nothing more; `[…]` marks
 * a cut, each part being then found in order in the same text.
 *
 * @param value - a `RulePack`, `WorkflowRules` or any part of them.
 * @param textesDe - the texts a quotation may come from, given its source (e.g. the académie's guide for a
 * quote of the guide, the words in « » of a file of notes otherwise).
 * @param chemin - the path of `value`, prefixed to each result's.
 * @returns the quotations found in none of their texts (empty when all hold).
 * @example
 * ```ts
 * const guide = readFileSync('guide.txt', 'utf8');
 * expect(runCitationCheck(packMonAcademie, () => [guide])).toEqual([]);
 * ```
 * @category Scénarios
 */
export function runCitationCheck(
  value: unknown,
  textesDe: (citation: PackCitation) => readonly string[],
  chemin = '',
): PackCitation[] {
  return listerCitations(value, chemin).filter((c) => !estVerbatim(c.texte, textesDe(c)));
}
