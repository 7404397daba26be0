// Lists every error, issue and refusal code the library's sources build, with the files that build it, so that
// the guide « Erreurs » (docs/guides/erreurs.md) can be checked against the code.
//   node scripts/error-codes.mjs           prints the codes, one per line, with their files
//   node scripts/error-codes.mjs --check   exits 1 when a code is missing from docs/guides/erreurs.md
// A code is a string literal given as the code of `issue(…)`, `refusalReason(…)` or of a module's own wrapper of
// them, or as a `code:` property; the codes built from a template (`piece-manquante.${id}`) are listed with
// their pattern (`piece-manquante.<id>`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages whose sources are scanned. */
const PACKAGES = [
  'core',
  'export-calendar',
  'export-case',
  'export-pdf',
  'export-spreadsheet',
  'academie-lyon',
  'academie-reunion',
  'storage-memory',
];

// A code: dotted lower-case words (`competence.inconnue`, `schema.${code}`, `piece-manquante.${exigence.id}`).
const CODE = /^[a-z][a-z0-9-]*(?:\.(?:[a-z0-9-]+|\$\{[^}]+\}))+$/;
// The calls that build an issue or a reason: the registry's constructors and the modules' wrappers of them.
const CALLS = /\b(issue|refusalReason|positionnementIssue|invalid|invalide)\(/g;

/** Reads a string or template literal starting at `i`; returns its end (after the closing quote). */
function literalEnd(text, i) {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\') j += 2;
    else if (quote === '`' && text[j] === '$' && text[j + 1] === '{') j = balancedEnd(text, j + 1, '{', '}');
    else j++;
  }
  return j + 1;
}

/** The index after the bracket closing the one at `i`. */
function balancedEnd(text, i, open, close) {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === "'" || c === '"' || c === '`') {
      j = literalEnd(text, j);
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
    j++;
  }
  return j;
}

/** Splits the arguments of the call whose `(` is at `i`. */
function callArguments(text, i) {
  const end = balancedEnd(text, i, '(', ')');
  const args = [];
  let depth = 0;
  let from = i + 1;
  for (let j = i + 1; j < end - 1; j++) {
    const c = text[j];
    if (c === "'" || c === '"' || c === '`') {
      j = literalEnd(text, j) - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      args.push(text.slice(from, j).trim());
      from = j + 1;
    }
  }
  const last = text.slice(from, end - 1).trim();
  if (last !== '') args.push(last);
  return args;
}

/** The text of a literal argument, `${…}` written `…`; undefined when the argument is not a literal. */
function literalText(arg) {
  if (arg === undefined || !/^['"`]/.test(arg) || literalEnd(arg, 0) !== arg.length) return undefined;
  let out = '';
  for (let j = 1; j < arg.length - 1; j++) {
    if (arg[0] === '`' && arg[j] === '$' && arg[j + 1] === '{') {
      const end = balancedEnd(arg, j + 1, '{', '}');
      out += `\${${arg.slice(j + 2, end - 1)}}`;
      j = end - 1;
    } else out += arg[j];
  }
  return out;
}

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && entry.name !== 'node_modules') yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      yield path;
    }
  }
}

const shown = (code) => code.replace(/\$\{(?:[^}]*\.)?([^}.]+)\}/g, '<$1>');
const words = (message) =>
  message
    .replace(/\$\{[^}]*\}/g, '…')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Collects the codes built by the sources.
 *
 * @returns a map from each code (templates written `<name>`) to its kind (`refus` or `validation`), the French
 * messages it is built with and the files that build it.
 */
export function collectErrorCodes() {
  const codes = new Map();
  const add = (code, kind, message, file) => {
    const key = shown(code);
    const entry = codes.get(key) ?? { kind, messages: new Set(), files: new Set() };
    if (message !== undefined && message !== '') entry.messages.add(words(message));
    entry.files.add(relative(root, file).replace(/^packages\//, ''));
    codes.set(key, entry);
  };
  for (const pkg of PACKAGES) {
    for (const file of sources(join(root, 'packages', pkg, 'src'))) {
      if (file.endsWith(join('core', 'src', 'errors.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(CALLS)) {
        const args = callArguments(text, m.index + m[0].length - 1);
        const kind = m[1] === 'refusalReason' ? 'refus' : 'validation';
        const first = literalText(args[0]);
        const second = literalText(args[1]);
        if (first !== undefined && CODE.test(first)) add(first, kind, second, file);
        else if (second !== undefined && CODE.test(second)) add(second, kind, first, file);
      }
      for (const m of text.matchAll(/\bcode = '([a-z][\w.-]*\.[\w.-]+)'/g))
        add(m[1], 'validation', undefined, file);
      for (const m of text.matchAll(/ISSUE_CODES\s*=\s*\[([\s\S]*?)\]/g)) {
        for (const c of m[1].matchAll(/'([a-z][a-z0-9.-]*)'/g)) add(c[1], 'validation', undefined, file);
      }
    }
  }
  return new Map([...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The store failures' codes, read from the `StoreFailure` type of `errors.ts`. */
function storeCodes() {
  const text = readFileSync(join(root, 'packages/core/src/errors.ts'), 'utf8');
  const union = /interface StoreFailure[\s\S]*?readonly code: ([^;]+);/.exec(text)?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** Meanings of the codes whose message is not a literal at the call (a variable, or built elsewhere). */
const MEANINGS = {
  'calendrier.format':
    'Le calendrier scolaire importé n’a pas le format du jeu de données (un tableau de lignes).',
  'calendrier.ligne': 'Une ligne du jeu de données du calendrier scolaire est invalide.',
  'date-spec.invalide': 'Une date d’une règle (`DateSpec`) ne se résout pas pour cette année.',
  'evenement.incoherent': 'Un événement stocké contredit l’état du dossier quand il est rejoué.',
  'fiche.grille-introuvable': 'Aucune grille utilisable pour la fiche bilan.',
  'json.syntaxe': 'Le texte n’est pas du JSON valide.',
  'permission.perimetre':
    'L’acteur agit hors de son périmètre (son dossier, son établissement, son académie).',
  'schema.<code>':
    'Une valeur ne respecte pas le schéma ; le code zod suit (`schema.invalid_type`, `schema.unrecognized_keys`, …).',
};

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Renders the guide « Erreurs » from the codes in the sources.
 *
 * @returns the page's Markdown.
 */
export function renderErrorPage() {
  const families = new Map();
  for (const [code, entry] of collectErrorCodes()) {
    const family = code.split('.')[0];
    const list = families.get(family) ?? [];
    list.push([code, entry]);
    families.set(family, list);
  }
  const lines = [
    '---',
    'title: Erreurs',
    'group: Référence',
    '---',
    '',
    '<!-- Généré par scripts/error-codes.mjs (npm run docs) ; ne pas modifier à la main. -->',
    '',
    '# Erreurs',
    '',
    'Aucune fonction publique de Tremplin ne lève d’exception pour un échec attendu : elle rend un `Result` dont',
    'l’erreur a un `kind` stable. Les valeurs d’erreur sont toutes construites par les constructeurs de',
    '`errors.ts` (`validationError`, `issue`, `refusal`, `refusalReason`, `permissionDenied`, `conflictError`,',
    '`notFound`, `storeFailure`, `closedStoreFailure`) ; les codes ci-dessous sont stables : un programme peut',
    's’y fier, un message peut changer. Cette page est générée depuis les sources ; un test échoue quand un code',
    'des sources n’y figure pas.',
    '',
    '| `kind` | Type | Sens |',
    '|---|---|---|',
    '| `validation` | `ValidationError` | Une entrée est invalide ; `issues` liste chaque problème (`code`, `message`, `path`). |',
    '| `refusal` | `Refusal` | Le workflow refuse la commande ; `reasons` liste chaque raison (`code`, `message`, `source`). |',
    '| `permission` | `PermissionDenied` | L’acteur n’a pas le droit d’émettre la commande ; `reasons` dit pourquoi. |',
    '| `conflict` | `ConflictError` | Le dossier a changé depuis sa lecture (séquence attendue ≠ séquence réelle). |',
    '| `not-found` | `NotFoundError` | Le dossier (ou la grille, le calendrier) demandé n’existe pas. |',
    '| `store` | `StoreFailure` | Le stockage a échoué ; `code` dit comment (ci-dessous). |',
    '',
    '## Stockage — `StoreFailure.code`',
    '',
    '| Code | Sens |',
    '|---|---|',
  ];
  const storeMeaning = {
    unavailable: 'Le stockage est injoignable (connexion, verrou).',
    corrupt: 'Une donnée stockée est illisible ou incohérente.',
    integrity:
      'Le journal d’un dossier a été modifié hors de Tremplin (chaîne d’empreintes rompue) ; `dossierId` et `sequence` disent où.',
    'schema-too-new': 'Le schéma stocké est plus récent que le code.',
    closed: 'Le stockage est fermé.',
    driver: 'Le pilote a échoué autrement (son erreur est dans `cause`).',
  };
  for (const code of storeCodes()) lines.push(`| \`${code}\` | ${storeMeaning[code] ?? '—'} |`);
  lines.push(
    '',
    '## Codes des problèmes et des refus',
    '',
    'Le message est celui que le code écrit (`…` : une valeur du cas) ; « refus » : une raison d’un `Refusal` ou',
    'd’un `PermissionDenied`, « validation » : un problème d’une `ValidationError`.',
  );
  for (const [family, list] of families) {
    lines.push('', `### ${family}`, '', '| Code | Genre | Message | Où |', '|---|---|---|---|');
    for (const [code, entry] of list) {
      const message = [...entry.messages].join(' / ') || MEANINGS[code] || '—';
      lines.push(
        `| \`${code}\` | ${entry.kind} | ${cell(message)} | ${[...entry.files].map((f) => `\`${f}\``).join(', ')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The codes missing from a page.
 *
 * @param page - the page's text.
 * @returns the codes not written as `` `code` `` in it.
 */
export function missingErrorCodes(page) {
  return [...collectErrorCodes().keys()].filter((code) => !page.includes(`\`${code}\``));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const missing = missingErrorCodes(readFileSync(join(root, 'docs/guides/erreurs.md'), 'utf8'));
    for (const code of missing) console.error(`missing from docs/guides/erreurs.md: ${code}`);
    process.exit(missing.length === 0 ? 0 : 1);
  }
  for (const [code, entry] of collectErrorCodes())
    console.log(`${code}\t${entry.kind}\t${[...entry.files].join(', ')}`);
}
