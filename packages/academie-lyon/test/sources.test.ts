import {
  citeSource,
  citeWording,
  explainParameter,
  packNational,
  resolveRules,
  type SourceRef,
  sourceNature,
} from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { packLyon, SOURCE_SNES_LYON } from '../src/index.js';

/** Common English words, as whole words. */
const ENGLISH = /(?<!\p{L})(?:the|and|is|are|not|when|with|from|which|only|this|by)(?!\p{L})/iu;

describe('packLyon sources', () => {
  it('labels the SNES-FSU Lyon page a secondary source, printed as such', () => {
    expect(sourceNature(SOURCE_SNES_LYON)).toBe('secondaire');
    expect(citeSource(SOURCE_SNES_LYON)).toMatch(/^source secondaire : SNES-FSU Lyon/u);
  });

  it('quotes nothing it has not read verbatim: the page’s words are paraphrases, printed as such', () => {
    // The SNES-FSU Lyon page is not in ../shared/reference: its words cannot be checked, so none is a `quote`.
    for (const [key, entries] of Object.entries(packLyon.parameters)) {
      for (const entry of entries ?? []) expect(entry.quote, key).toBeUndefined();
    }
    const bilan = packLyon.parameters['echeances.bilanFinal']?.[0];
    expect(bilan && citeWording(bilan)).toBe('rapports du tuteur en décembre et en avril (paraphrase)');
  });

  it('rests no value on the secondary page alone without marking it an assumption, with a note', () => {
    const problems: string[] = [];
    const check = (path: string, r: { confidence: string; note?: string | undefined }) => {
      if (r.confidence !== 'unverified' || !r.note) problems.push(path);
    };
    for (const [key, entries] of Object.entries(packLyon.parameters)) {
      for (const entry of entries ?? []) {
        const primary = (entry.references ?? []).some((s) => sourceNature(s) === 'officielle');
        if (sourceNature(entry.source) === 'secondaire' && !primary) check(key, entry);
        if (Array.isArray(entry.value)) {
          for (const item of entry.value as readonly unknown[]) {
            const r = item as { id?: string; source?: SourceRef; confidence?: string; note?: string };
            if (
              r.source !== undefined &&
              r.confidence !== undefined &&
              sourceNature(r.source) === 'secondaire'
            ) {
              check(`${key}/${r.id ?? '?'}`, { confidence: r.confidence, note: r.note });
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('explains every parameter and every note in French', () => {
    const rules = resolveRules([packNational, packLyon], '2022-2023')._unsafeUnwrap();
    const english = Object.values(rules.parameters)
      .map((p) => explainParameter(p).replace(/<[^>]*>/gu, ''))
      .filter((text) => ENGLISH.test(text));
    expect(english).toEqual([]);
    expect(explainParameter(rules.parameters['echeances.bilanFinal'])).toContain(
      'source secondaire : SNES-FSU Lyon',
    );
  });
});
