/**
 * Every command, option and page a hint or the help names exists for someone who installed `@tremplin/cli` from
 * npm: the commands of the registry, their options, the guides of the docs site; never a file of the repository
 * nor `npm run`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { CommandSpec, OptionSpec } from './command.js';
import { COMMANDS } from './commands/registry.js';
import { DOCS_URL } from './docs-url.js';
import { commandHelp, GLOBAL_OPTIONS, generalHelp } from './help.js';
import { createStyle } from './output/style.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const GUIDES = fileURLToPath(new URL('../../../docs/guides/', import.meta.url));
const plain = createStyle(false);
const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A text of the sources: a string or template literal (its substitutions read « … »), and whether it is a hint. */
interface Literal {
  readonly file: string;
  readonly text: string;
  readonly hint: boolean;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join('');
  return null;
}

/** Whether a literal is what to do next: a `hint:`, the second argument of `usage(`, a sentence of a step. */
function isHint(node: ts.Node, file: string): boolean {
  if (/(next-step|store-step)\.ts$/.test(file)) return true;
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name.getText() === 'hint') return true;
  return (
    ts.isCallExpression(parent) && parent.expression.getText() === 'usage' && parent.arguments[1] === node
  );
}

function literals(): Literal[] {
  const out: Literal[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== null) out.push({ file: file.slice(SRC.length), text, hint: isHint(node, file) });
      else ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function optionsOf(spec: CommandSpec | undefined, words: readonly string[]): Record<string, OptionSpec> {
  return { ...GLOBAL_OPTIONS, ...spec?.options, ...spec?.optionsFor?.(words) };
}

/** What is wrong in the commands a text names (`tremplin <commande> … --option`). */
function badCommands(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\btremplin ([a-z][a-z-]*)([^«»\n]*)/g)) {
    const [, name = '', tail = ''] = m;
    const words = tail
      .trim()
      .split(/[\s…]+/)
      .filter((w) => w !== '');
    if (name === 'help') {
      const target = words[0];
      if (target !== undefined && /^[a-z]/.test(target) && !BY_NAME.has(target))
        problems.push(`« tremplin help ${target} » : commande inconnue`);
      continue;
    }
    const spec = BY_NAME.get(name);
    if (spec === undefined) {
      problems.push(`« tremplin ${name} » : commande inconnue`);
      continue;
    }
    const known = optionsOf(spec, words);
    for (const o of tail.matchAll(/(?:^|[\s(])--([a-z][a-z0-9.-]*[a-z0-9])/g))
      if (!((o[1] ?? '') in known)) problems.push(`« tremplin ${name} » n’a pas d’option --${o[1]}`);
  }
  return problems;
}

/**
 * Every option some command takes: the common ones, each command's own, and those a command adds for a word of
 * its line (`record`: the fields of each command type its help lists).
 */
const ALL_OPTIONS: ReadonlySet<string> = (() => {
  const words = new Set(
    COMMANDS.flatMap((c) => commandHelp(c, plain)).flatMap(
      (l) => l.match(/\b[a-z][a-z-]*(?:\.[a-z-]+)+\b/g) ?? [],
    ),
  );
  const dynamic = COMMANDS.flatMap((c) => [...words].map((w) => c.optionsFor?.([w]) ?? {}));
  return new Set(
    [GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options), ...dynamic].flatMap((o) => Object.keys(o)),
  );
})();

/** What is wrong in the options and pages a hint names. */
function badReferences(text: string): string[] {
  const problems: string[] = [];
  const outsideCommands = text.replace(/\btremplin [a-z][a-z-]*[^«»\n]*/g, '');
  for (const o of outsideCommands.matchAll(/(?:^|[\s(])--([a-z][a-z0-9.-]*[a-z0-9])/g))
    if (!ALL_OPTIONS.has(o[1] ?? '')) problems.push(`option --${o[1]} inconnue`);
  for (const page of text.matchAll(/documents\/([A-Za-z0-9_-]+)\.html/g))
    if (!existsSync(join(GUIDES, `${page[1]}.md`)))
      problems.push(`page ${page[0]} : pas de guide ${page[1]}.md`);
  if (/docs\/guides|\.\.\/docs|npm run /.test(text))
    problems.push('renvoie à un fichier du dépôt ou à npm run');
  return problems;
}

function helpTexts(): string[] {
  return [
    ...generalHelp(COMMANDS, '0.0.0', plain),
    ...COMMANDS.flatMap((c) => commandHelp(c, plain)),
    // `record`'s help for each command type its examples name.
    ...COMMANDS.flatMap((c) =>
      (c.examples ?? []).flatMap((e) => {
        const extra = c.optionsFor?.(e.split(/\s+/).slice(2)) ?? {};
        return Object.keys(extra).length === 0
          ? []
          : commandHelp({ ...c, options: { ...c.options, ...extra } }, plain);
      }),
    ),
  ];
}

describe('the help and the hints name what exists', () => {
  const all = literals();

  it('reads the sources’ hints (the extraction works)', () => {
    expect(all.filter((l) => l.hint).length).toBeGreaterThan(40);
    expect(all.some((l) => l.text.includes('tremplin init --db'))).toBe(true);
  });

  it('names only commands of the registry, with their options', () => {
    const problems = all.flatMap((l) => badCommands(l.text).map((p) => `${l.file} : ${p}`));
    expect(problems).toEqual([]);
  });

  it('names only options and guide pages that exist, never a repository file, in every hint', () => {
    const problems = all
      .filter((l) => l.hint)
      .flatMap((l) => badReferences(l.text).map((p) => `${l.file} : ${p}`));
    expect(problems).toEqual([]);
  });

  it('the rendered help names only commands, options and pages that exist', () => {
    const problems = helpTexts().flatMap((line) => [...badCommands(line), ...badReferences(line)]);
    expect(problems).toEqual([]);
  });

  it('the help points to the docs site and to « tremplin demo »', () => {
    const general = generalHelp(COMMANDS, '0.0.0', plain).join('\n');
    expect(general).toContain(`${DOCS_URL}documents/cli.html`);
    expect(general).toContain('tremplin demo');
  });

  it('catches a wrong command, option or page (the checks can fail)', () => {
    expect(badCommands('Lancez « tremplin nope ».')).toHaveLength(1);
    expect(badCommands('Lancez « tremplin status --nope ».')).toHaveLength(1);
    expect(badCommands('« tremplin help nope »')).toHaveLength(1);
    expect(badReferences('avec --nope')).toHaveLength(1);
    expect(badReferences(`${DOCS_URL}documents/nope.html`)).toHaveLength(1);
    expect(badReferences('voir docs/guides/cli.md ou npm run demo')).toHaveLength(1);
    expect(badCommands('« tremplin init --db x »')).toEqual([]);
  });
});
