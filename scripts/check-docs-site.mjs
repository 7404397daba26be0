// Checks the built documentation site (`npm run docs` → docs/site) in headless Chromium, as a reader's browser
// would load it: serves docs/site on 127.0.0.1, visits every page reachable from the index (the navigation
// included, which TypeDoc renders with JavaScript), and fails on any HTTP error, any page script error, any
// internal link to a missing page or to a missing #anchor, and any guide page that does not render its title.
// It also fails unless every page is `<html lang="fr">` with an ASCII address (no accent, no comma), the home page
// links every guide, the navigation lists guides and packages in the home page's order, and the workflow diagram
// page shows the diagram drawn as a visible SVG naming every state of the dossier.
//
//   node scripts/check-docs-site.mjs
//
// Needs Debian's chromium (/usr/bin/chromium) and playwright-core, which drives it without
// downloading a browser. Outside CI, a missing site or browser skips the check with a message; in CI (`CI`
// set) they are required.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'docs', 'site');
const executablePath = '/usr/bin/chromium';
const inCi = Boolean(process.env.CI);
const MAX_PAGES = 5000;
/** Tabs loading pages at once. */
const TABS = 4;
/** How long one page may take to load and render its navigation before it counts as broken (a hang). */
const PAGE_BUDGET_MS = 300_000;

function skipOrFail(message) {
  if (inCi) {
    console.error(`docs site: ${message}`);
    process.exit(1);
  }
  console.log(`docs site: skipped — ${message}`);
  process.exit(0);
}

if (!existsSync(join(site, 'index.html'))) skipOrFail('docs/site is not built (run `npm run docs`).');
if (!existsSync(executablePath))
  skipOrFail(`no Chromium at ${executablePath} (apt-get install -y chromium).`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skipOrFail('playwright-core is not installed.');
}

/** The states of a dossier, read from the Mermaid text of the generated workflow page. */
function workflowStates() {
  const text = readFileSync(join(root, 'docs', 'workflow-diagram.md'), 'utf8');
  return [...text.matchAll(/^ {2}state "([^"]+)" as /gm)].map((m) => m[1]);
}

/** The packages in the order the home page names them. */
function homePackages() {
  const text = readFileSync(join(root, 'docs', 'index.md'), 'utf8');
  return [...new Set([...text.matchAll(/`(@tremplin\/[a-z0-9-]+)`/g)].map((m) => m[1]))];
}

/** What each guide's page must show: its title (front matter `title`, else the file's name) and its first heading. */
function expectedTitles() {
  const files = [
    ...readdirSync(join(root, 'docs', 'guides'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', 'guides', f)),
    join('docs', 'glossary.md'),
    join('docs', 'workflow-diagram.md'),
  ];
  return files.map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const fromFront = /^title:\s*(.+)$/m.exec(front)?.[1]?.trim();
    const heading = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? '';
    // Without a front matter title, TypeDoc names the page after the file.
    const title =
      fromFront?.replace(/^(["'])(.*)\1$/, '$2') ?? file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
    return { file, title, heading };
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A static server for docs/site; records every path it could not serve. */
function serve() {
  const missing = new Set();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(site, path));
    if (file !== site && !file.startsWith(site + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      missing.add(path);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, missing, port: server.address().port }));
  });
}

const { server, missing, port } = await serve();
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const problems = [];
/** Visited pages: path → { ids, title, h1, lang, svgs, content, navigation }. */
const pages = new Map();
/** Distinct links to check once every page is known, by `path#hash`: [first page, path, hash, text]. */
const links = new Map();
const queue = ['/index.html'];
const queued = new Set(queue);

/** Visits pages from the queue in one tab until the queue is empty. */
async function worker(context, limit = Number.POSITIVE_INFINITY) {
  let visited = 0;
  const page = await context.newPage();
  // These budgets only catch a hang: on a loaded machine (one core shared with another suite) a page of the
  // API reference can take far longer than Playwright's default 30 s, and slowness is not a broken page.
  page.setDefaultTimeout(PAGE_BUDGET_MS);
  page.setDefaultNavigationTimeout(PAGE_BUDGET_MS);
  let current = '';
  page.on('pageerror', (error) => problems.push(`${current}: script error: ${error.message}`));
  page.on('response', (response) => {
    const path = response.url().slice(origin.length);
    if (response.url().startsWith(origin) && response.status() >= 400 && path !== '/favicon.ico') {
      problems.push(`${current}: HTTP ${response.status()} for ${path}`);
    }
  });
  while (queue.length > 0 && pages.size < MAX_PAGES && visited < limit) {
    visited++;
    current = queue.shift();
    // A navigation aborted by the browser (a detached frame on a starved machine) is tried once more.
    const response = await page
      .goto(origin + current, { waitUntil: 'load' })
      .catch(() => page.goto(origin + current, { waitUntil: 'load' }))
      .catch((error) => {
        problems.push(`${current}: could not load (${error.message.split('\n')[0]})`);
        return undefined;
      });
    if (response === undefined) continue;
    if (response === null || response.status() !== 200) {
      problems.push(`${current}: HTTP ${response?.status() ?? 'no response'}`);
      continue;
    }
    // TypeDoc builds the navigation tree from a compressed script after load: wait until it is there.
    await page
      .waitForFunction(() => document.querySelector('.tsd-navigation a') !== null, null, {
        timeout: PAGE_BUDGET_MS,
      })
      .catch(() => problems.push(`${current}: the navigation did not render`));
    // The page is hidden until TypeDoc's script shows it: measure drawings only once it is shown.
    await page
      .waitForFunction(() => document.body.style.display !== 'none', null, { timeout: PAGE_BUDGET_MS })
      .catch(() => problems.push(`${current}: the page was never shown`));
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name')),
      title: document.title,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      lang: document.documentElement.getAttribute('lang') ?? '',
      // Drawings of the content (TypeDoc's icons are SVGs without text).
      svgs: [...document.querySelectorAll('.col-content svg')]
        .filter((svg) => svg.querySelector('text') !== null)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const style = getComputedStyle(svg);
          return {
            width: box.width,
            height: box.height,
            visible: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0,
            texts: [...svg.querySelectorAll('text')].map((t) => t.textContent?.trim() ?? ''),
          };
        }),
      content: [...document.querySelectorAll('.col-content a[href]')].map((a) => new URL(a.href).pathname),
      navigation: [...document.querySelectorAll('.tsd-navigation a[href]')].map((a) => ({
        path: new URL(a.href).pathname,
        text: a.textContent?.trim() ?? '',
      })),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => ({
        href: a.href,
        raw: a.getAttribute('href'),
        text: a.textContent?.trim().slice(0, 60) ?? '',
      })),
    }));
    pages.set(current, {
      ids: new Set(found.ids),
      title: found.title,
      h1: found.h1,
      lang: found.lang,
      svgs: found.svgs,
      content: found.content,
      navigation: found.navigation,
    });
    for (const { href, raw, text } of found.hrefs) {
      if (raw.startsWith('javascript:') || raw === '#') continue;
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      const hash = decodeURIComponent(url.hash.slice(1));
      const key = `${path}#${hash}`;
      if (!links.has(key)) links.set(key, [current, path, hash, `${raw} (« ${text} »)`]);
      if (!queued.has(path) && (path.endsWith('.html') || path.endsWith('/'))) {
        queued.add(path);
        queue.push(path);
      }
    }
  }
  await page.close();
}

try {
  const context = await browser.newContext();
  // The index first, alone: it fills the queue for the tabs.
  await worker(context, 1);
  await Promise.all(Array.from({ length: TABS }, () => worker(context)));
  await context.close();
} finally {
  await browser.close();
  server.close();
}

for (const [from, path, hash, shown] of links.values()) {
  const target = pages.get(path.endsWith('/') ? `${path}index.html` : path);
  const isFile = existsSync(join(site, path));
  if (target === undefined && !isFile) problems.push(`${from}: broken link ${shown}`);
  else if (hash !== '' && target !== undefined && !target.ids.has(hash)) {
    problems.push(`${from}: missing anchor #${hash} in ${path} (${shown})`);
  }
}
for (const path of missing) if (path !== '/favicon.ico') problems.push(`requested but absent: ${path}`);
// Every page in French, at an ASCII address without comma.
for (const [path, page] of pages) {
  if (page.lang !== 'fr') problems.push(`${path}: <html lang="${page.lang}">, expected lang="fr"`);
  if (!/^[\x21-\x7e]*$/.test(path) || path.includes(',')) problems.push(`${path}: address not plain ASCII`);
}
// A guide's page shows its front matter title in the browser's title bar and its first heading as <h1>.
const home = pages.get('/index.html');
/** Guide file → its page's path. */
const guidePaths = new Map();
for (const { file, title, heading } of expectedTitles()) {
  const found = [...pages].find(
    ([, p]) => p.title === `${title} | Tremplin` || p.title.startsWith(`${title} | `),
  );
  if (found === undefined) {
    problems.push(`${file}: no page of the site is titled « ${title} »`);
    continue;
  }
  const [path, page] = found;
  guidePaths.set(file, path);
  if (heading !== '' && page.h1 !== heading) {
    problems.push(`${file}: its page shows « ${page.h1} » instead of its heading « ${heading} »`);
  }
  if (home !== undefined && !home.content.includes(path))
    problems.push(`${file}: not linked from the home page`);
}
if (home !== undefined) {
  // The navigation lists the guides in the order the home page links them, and the packages in its order.
  const linked = home.content.filter(
    (p, i, all) => all.indexOf(p) === i && [...guidePaths.values()].includes(p),
  );
  const navigated = home.navigation.map((n) => n.path).filter((p, i, all) => all.indexOf(p) === i);
  const inNavigation = navigated.filter((p) => linked.includes(p));
  const inHome = linked.filter((p) => navigated.includes(p));
  for (const group of groupsOf(home.navigation, guidePaths)) {
    const expected = inHome.filter((p) => group.includes(p));
    const actual = inNavigation.filter((p) => group.includes(p));
    if (expected.join() !== actual.join()) {
      problems.push(
        `navigation: guides in the order ${actual.join(', ')} instead of the home page's ${expected.join(', ')}`,
      );
    }
  }
  const packages = homePackages();
  const listed = home.navigation
    .map((n) => n.text)
    .filter((t, i, all) => packages.includes(t) && all.indexOf(t) === i);
  if (listed.join() !== packages.filter((p) => listed.includes(p)).join()) {
    problems.push(
      `navigation: packages in the order ${listed.join(', ')} instead of the home page's ${packages.join(', ')}`,
    );
  }
  if (listed.length !== packages.length)
    problems.push(`navigation: lists ${listed.length} of the home page's ${packages.length} packages`);
}
// The workflow diagram page shows the diagram drawn (not its Mermaid source only), naming every state.
const diagram = pages.get(guidePaths.get(join('docs', 'workflow-diagram.md')) ?? '');
if (diagram !== undefined) {
  const states = workflowStates();
  const drawn = diagram.svgs.find((s) => s.visible && s.width > 100 && s.height > 100);
  if (drawn === undefined) problems.push('docs/workflow-diagram.md: its page shows no visible SVG drawing');
  else {
    const absent = states.filter((state) => !drawn.texts.includes(state));
    if (states.length === 0) problems.push('docs/workflow-diagram.md: no state found in its Mermaid text');
    if (absent.length > 0)
      problems.push(`docs/workflow-diagram.md: the drawing does not name ${absent.join(', ')}`);
  }
}

/**
 * The guides' pages grouped as the navigation groups them (TypeDoc may put each group in its own folder): the
 * order is checked within each group, since groups follow `groupOrder`.
 */
function groupsOf(navigation, guides) {
  const guidePages = new Set(guides.values());
  const titleOf = new Map(navigation.map((n) => [n.path, n.text]));
  const files = [...guides.keys()].map((file) => [file, guides.get(file)]);
  const groups = new Map();
  for (const [file, path] of files) {
    if (!guidePages.has(path) || !titleOf.has(path)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const group = /^group:\s*(.+)$/m.exec(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '')?.[1]?.trim() ?? '';
    groups.set(group, [...(groups.get(group) ?? []), path]);
  }
  return [...groups.values()];
}

const unique = [...new Set(problems)];
console.log(
  `docs site: ${pages.size} pages, ${links.size} distinct internal links, ${expectedTitles().length} guide pages checked with ${executablePath}`,
);
if (unique.length > 0) {
  for (const p of unique.slice(0, 200)) console.error(`  ✗ ${p}`);
  console.error(`docs site: ${unique.length} problem(s).`);
  process.exit(1);
}
console.log(
  'docs site: no broken page, link or anchor; every page in French at an ASCII address; guides and packages in the home page’s order; the workflow drawn.',
);
