// The getting-started guide's sample is this package's src/premiers-pas.ts, shown verbatim in
// docs/guides/demarrer.md: the test runs it, checks what it prints, and checks the guide still shows it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sample = readFileSync(new URL('../src/premiers-pas.ts', import.meta.url), 'utf8');
const guide = readFileSync(new URL('../../../docs/guides/demarrer.md', import.meta.url), 'utf8');

afterEach(() => vi.restoreAllMocks());

describe('docs/guides/demarrer.md', () => {
  it('shows src/premiers-pas.ts verbatim', () => {
    const block = /<!-- examples\/demarrer\/src\/premiers-pas\.ts -->\n```ts\n([\s\S]*?)```/.exec(guide);
    expect(block?.[1]).toBe(sample);
  });

  it('shows src/ouverture.ts verbatim', () => {
    const ouverture = readFileSync(new URL('../src/ouverture.ts', import.meta.url), 'utf8');
    const block = /<!-- examples\/demarrer\/src\/ouverture\.ts -->\n```ts\n([\s\S]*?)```/.exec(guide);
    expect(block?.[1]).toBe(ouverture);
  });

  it('is at most 30 lines and handles errors without unwrapping', () => {
    expect(sample.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    expect(sample).not.toContain('_unsafeUnwrap');
    expect(sample).not.toContain('expectedSequence');
  });

  it('prints what the guide says it prints', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    await import('../src/premiers-pas.js');
    expect(lines).toContain('2022-11-30 overdue Bilan intermédiaire du tuteur');
    expect(lines).toContain('2023-06-30 upcoming Dossier devant le jury académique');
    expect(lines.some((l) => l.startsWith('BILAN_EN_RETARD → tuteur, chef-etablissement, inspecteur'))).toBe(
      true,
    );
    const shown = /<!-- sortie -->\n```text\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(shown).toBe(`${lines.join('\n')}\n`);
  });
});
