import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../errors.js';
import {
  estVerbatim,
  listerCitations,
  type PackCitation,
  parseGuillemets,
  runCitationCheck,
} from '../testing/citations.js';
import { nationalWorkflowRules } from '../workflow/national-rules.js';
import { packNational } from './data/pack-national.js';
import { parseRulePack, type RulePack } from './pack.js';
import { citeSource, citeWording, explainParameter, resolveRules, sourceNature } from './resolve.js';

/** The repository's root (this file is packages/core/src/rules/). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** The reference texts beside the repository: absent from a fresh clone, so the check is then skipped. */
const REFERENCE = join(REPO_ROOT, '..', 'shared', 'reference');
const GUIDE = 'seed-guide-reunion-2022-2023.txt';

function isGuideReunion(source: SourceRef | undefined): boolean {
  return source !== undefined && /Réunion/u.test(source.texte) && /Guide/iu.test(source.texte);
}

/**
 * Where a quotation must be found: the guide's text for a quote of the guide, otherwise the words the reference
 * files give in « » (décret n° 94-874, arrêtés MENH1411675A and MENH1411677A, NS 2015-055, the pages they quote).
 */
function referenceTexts() {
  const guide = readFileSync(join(REFERENCE, GUIDE), 'utf8');
  const segments = readdirSync(REFERENCE)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => parseGuillemets(readFileSync(join(REFERENCE, f), 'utf8')));
  return { guide, segments };
}

describe('quotes', () => {
  const present = existsSync(join(REFERENCE, GUIDE));
  // Skipped only where the reference texts are absent: they live beside the repository (../shared/reference),
  // not in it, so a clone elsewhere cannot check the quotes against them. Every other test of this file runs.

  it.skipIf(!present)(
    'every quote of the national pack and of the workflow’s national rules is found verbatim in ../shared/reference',
    () => {
      const { guide, segments } = referenceTexts();
      const textesDe = (c: PackCitation) =>
        c.nature === 'guillemets' ? [guide, ...segments] : isGuideReunion(c.source) ? [guide] : segments;
      const quotes = listerCitations(packNational).filter((c) => c.nature === 'quote');
      expect(quotes.length).toBeGreaterThan(0);
      const missing = [
        ...runCitationCheck(packNational, textesDe, 'national'),
        ...runCitationCheck(nationalWorkflowRules, textesDe, 'workflow'),
      ].map((c) => `${c.chemin} : « ${c.texte} »`);
      expect(
        missing,
        'citation introuvable telle quelle : corriger les mots, ou en faire une paraphrase (sans guillemets)',
      ).toEqual([]);
    },
  );

  it('finds a quote modulo white space and apostrophes only, and follows […] cuts in order', () => {
    const text = 'Le bilan final est\nà compléter et à déposer pour fin avril 2023.';
    expect(estVerbatim('Le bilan final est à compléter', [text])).toBe(true);
    expect(estVerbatim('Le bilan final est à compléter', ['Le bilan final est a completer'])).toBe(false);
    expect(estVerbatim('l’académie', ["l'académie"])).toBe(true);
    expect(estVerbatim('Le bilan […] fin avril 2023.', [text])).toBe(true);
    expect(estVerbatim('fin avril 2023 […] Le bilan', [text])).toBe(false);
    expect(estVerbatim('Le Bilan final', [text])).toBe(false);
  });

  it('lists entries’ quotes and the words in « » of notes, not the titles of sources', () => {
    const citations = listerCitations({
      parameters: {
        k: [
          {
            source: { texte: 'SNES, « La procédure d’alerte »' },
            quote: 'a',
            paraphrase: 'b',
            note: 'lu « c » et « d « e » »',
          },
        ],
      },
    });
    expect(citations.map((c) => [c.nature, c.texte])).toEqual([
      ['quote', 'a'],
      ['guillemets', 'c'],
      ['guillemets', 'e'],
      ['guillemets', 'd « e »'],
    ]);
  });
});

describe('secondary sources', () => {
  it('labels union, press, private and mirror pages secondary, and official texts as such', () => {
    expect(sourceNature({ texte: 'x', url: 'https://www.snes.edu/La-procedure-d-alerte-35729.html' })).toBe(
      'secondaire',
    );
    expect(sourceNature({ texte: 'x', url: 'https://mairieventouse.fr/?xml=F1895' })).toBe('secondaire');
    expect(
      sourceNature({ texte: 'x', url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000366828' }),
    ).toBe('officielle');
    expect(sourceNature({ texte: 'x', url: 'https://www.ac-reunion.fr' })).toBe('academique');
    expect(sourceNature({ texte: 'x', nor: 'MENH1411675A' })).toBe('officielle');
    expect(sourceNature({ texte: 'x' })).toBeUndefined();
    expect(sourceNature({ texte: 'x', url: 'https://www.snes.edu/', nature: 'officielle' })).toBe(
      'officielle',
    );
    expect(citeSource({ texte: 'SNE-OC', url: 'https://www.sne-oc.com/p' })).toBe(
      'source secondaire : SNE-OC <https://www.sne-oc.com/p>',
    );
    expect(citeSource({ texte: 'Décret', article: 'art. 7', nor: 'FPPA9400088D' })).toBe(
      'Décret, art. 7 (NOR FPPA9400088D)',
    );
  });

  it('never rests a value on a secondary page alone unless it is marked an assumption with a note', () => {
    const problems: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          walk(x, `${path}/${i}`);
        });
        return;
      }
      if (v === null || typeof v !== 'object') return;
      const r = v as {
        source?: SourceRef;
        references?: readonly SourceRef[];
        confidence?: string;
        note?: string;
      };
      if (r.source !== undefined && r.confidence !== undefined) {
        const primary = (r.references ?? []).some((s) => sourceNature(s) === 'officielle');
        if (sourceNature(r.source) === 'secondaire') {
          if (primary)
            problems.push(`${path} : le texte officiel d’abord (source), la page secondaire ensuite`);
          // The brief's rule: a secondary source is labelled (confidence, note) or backed by a primary text.
          if (!primary && !(['secondary', 'unverified'].includes(r.confidence) && r.note)) {
            problems.push(`${path} : source secondaire sans texte officiel ni note`);
          }
          // Stricter, since every value may be printed on a fiche or an alert: alone, it is an assumption.
          if (!primary && r.confidence !== 'unverified') {
            problems.push(`${path} : source secondaire seule, mais confidence ${r.confidence}`);
          }
        }
        if (r.confidence !== 'verified' && !r.note && sourceNature(r.source) !== 'officielle') {
          problems.push(`${path} : ${r.confidence} sans note`);
        }
      }
      for (const [k, child] of Object.entries(v)) if (k !== 'source') walk(child, `${path}/${k}`);
    };
    walk(packNational.parameters, 'national');
    walk(nationalWorkflowRules, 'workflow');
    expect(problems).toEqual([]);
  });

  it('states the nature of every source of the national rules', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          walk(x, `${path}/${i}`);
        });
        return;
      }
      if (v === null || typeof v !== 'object') return;
      const r = v as { source?: SourceRef; references?: readonly SourceRef[] };
      for (const s of [...(r.source ? [r.source] : []), ...(r.references ?? [])]) {
        if (s.nature === undefined) missing.push(`${path} : ${s.texte}`);
      }
      for (const [k, child] of Object.entries(v))
        if (k !== 'source' && k !== 'references') walk(child, `${path}/${k}`);
    };
    walk(packNational.parameters, 'national');
    walk(nationalWorkflowRules, 'workflow');
    expect(missing).toEqual([]);
  });

  it('accepts a paraphrase, other references and a nature in a pack, and prints a paraphrase as such', () => {
    const pack: RulePack = {
      id: 'academie-test',
      version: '1.0.0',
      layer: 'academie',
      academie: 'test',
      label: 'Académie de test',
      parameters: {
        'echeances.jury': [
          {
            value: { due: { kind: 'end-of-month', month: 6 } },
            validity: { from: '2022-09-01' },
            source: { texte: 'Page syndicale', url: 'https://exemple.org/jury', nature: 'secondaire' },
            references: [{ texte: 'Arrêté du 22 août 2014', article: 'art. 4', nor: 'MENH1411675A' }],
            confidence: 'unverified',
            paraphrase: 'les jurys siègent en juin',
            note: 'Hypothèse à confirmer.',
          },
        ],
      },
    };
    expect(parseRulePack(pack).isOk()).toBe(true);
    const rules = resolveRules([packNational, pack], '2022-2023')._unsafeUnwrap();
    const jury = rules.parameters['echeances.jury'];
    expect(citeWording(jury)).toBe('les jurys siègent en juin (paraphrase)');
    expect(citeWording({ quote: 'Le recteur préside le jury.' })).toBe('« Le recteur préside le jury. »');
    expect(explainParameter(jury)).toContain(
      'source secondaire : Page syndicale <https://exemple.org/jury> ; voir aussi : Arrêté du 22 août 2014, art. 4 (NOR MENH1411675A)',
    );
  });
});

/** Common English words, as whole words (a French « thé » or « is » inside a word is not one). */
const ENGLISH = /(?<!\p{L})(?:the|and|is|are|not|when|with|from|which|only|this|by)(?!\p{L})/iu;

describe('explain in French', () => {
  it('detects an English note (the test can fail)', () => {
    expect(ENGLISH.test('Not a legal value: the day of an instant is read in the académie’s zone')).toBe(
      true,
    );
    expect(ENGLISH.test('Un an pour les corps du second degré ; thé, island, byte, fromage.')).toBe(false);
  });

  it('prints every national parameter and every note of the workflow’s rules in French', () => {
    const rules = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    const english = Object.values(rules.parameters)
      .map((p) => explainParameter(p).replace(/<[^>]*>/gu, ''))
      .filter((text) => ENGLISH.test(text));
    const notes: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        for (const [k, child] of Object.entries(v)) {
          if (k === 'note' && typeof child === 'string') notes.push(child);
          else walk(child);
        }
      }
    };
    walk(nationalWorkflowRules);
    walk(packNational.parameters);
    expect(notes.length).toBeGreaterThan(20);
    expect([...english, ...notes.filter((n) => ENGLISH.test(n))]).toEqual([]);
  });
});
