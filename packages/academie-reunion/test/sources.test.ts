import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainParameter, packNational, resolveRules, type SourceRef, sourceNature } from '@tremplin/core';
import { type PackCitation, parseGuillemets, runCitationCheck } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { GUIDE_REUNION_2022_2023, packReunion } from '../src/index.js';

/** The repository's root (this file is packages/academie-reunion/test/). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The reference texts beside the repository: absent from a fresh clone, so the check is then skipped. */
const REFERENCE = join(REPO_ROOT, '..', 'shared', 'reference');
const GUIDE = 'seed-guide-reunion-2022-2023.txt';

/** Common English words, as whole words. */
const ENGLISH = /(?<!\p{L})(?:the|and|is|are|not|when|with|from|which|only|this|by)(?!\p{L})/iu;

describe('packReunion quotes the guide verbatim', () => {
  const present = existsSync(join(REFERENCE, GUIDE));
  // Skipped only where the reference texts are absent: they live beside the repository (../shared/reference),
  // not in it, so a clone elsewhere cannot check the quotes against them. Every other test of this file runs.

  it.skipIf(!present)('every quote of the guide is found verbatim in its text (../shared/reference)', () => {
    const guide = readFileSync(join(REFERENCE, GUIDE), 'utf8');
    const segments = readdirSync(REFERENCE)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => parseGuillemets(readFileSync(join(REFERENCE, f), 'utf8')));
    const textesDe = (c: PackCitation) =>
      c.nature === 'guillemets'
        ? [guide, ...segments]
        : c.source?.texte === GUIDE_REUNION_2022_2023
          ? [guide]
          : segments;
    const missing = runCitationCheck(packReunion, textesDe, 'reunion').map(
      (c) => `${c.chemin} : « ${c.texte} »`,
    );
    expect(
      missing,
      'citation introuvable telle quelle dans le guide : corriger les mots, ou en faire une paraphrase',
    ).toEqual([]);
  });
});

describe('packReunion sources', () => {
  it('cites the guide as the académie’s own document, and no secondary page', () => {
    for (const entries of Object.values(packReunion.parameters)) {
      for (const entry of entries ?? []) {
        expect(sourceNature(entry.source)).not.toBe('secondaire');
        for (const r of entry.references ?? []) expect(sourceNature(r)).not.toBe('secondaire');
      }
    }
    expect(sourceNature(packReunion.parameters['echeances.bilanFinal']?.[0]?.source as SourceRef)).toBe(
      'academique',
    );
  });

  it('explains every parameter and every note in French', () => {
    const rules = resolveRules([packNational, packReunion], '2022-2023')._unsafeUnwrap();
    const english = Object.values(rules.parameters)
      .map((p) => explainParameter(p).replace(/<[^>]*>/gu, ''))
      .filter((text) => ENGLISH.test(text));
    const notes = [
      ...Object.values(packReunion.parameters).flatMap((entries) =>
        (entries ?? []).flatMap((e) => (e.note === undefined ? [] : [e.note])),
      ),
      ...(packReunion.notes ?? []).map((n) => n.texte),
    ];
    expect(notes.length).toBeGreaterThan(3);
    expect([...english, ...notes.filter((n) => ENGLISH.test(n))]).toEqual([]);
  });
});
