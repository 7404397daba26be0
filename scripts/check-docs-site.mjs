// Checks the built documentation site (`npm run docs` → docs/site) in headless Chromium, as a reader's browser
// would load it: serves docs/site on 127.0.0.1, visits every page reachable from the index (the navigation
// included, which TypeDoc renders with JavaScript), and fails on any HTTP error, any page script error, any
// internal link to a missing page or to a missing #anchor, and any guide page that does not render its title.
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
/** Visited pages: path → { ids, title, h1 }. */
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
    const response = await page.goto(origin + current, { waitUntil: 'load' });
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
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name')),
      title: document.title,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => ({
        href: a.href,
        raw: a.getAttribute('href'),
        text: a.textContent?.trim().slice(0, 60) ?? '',
      })),
    }));
    pages.set(current, { ids: new Set(found.ids), title: found.title, h1: found.h1 });
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
// A guide's page shows its front matter title in the browser's title bar and its first heading as <h1>.
const shown = [...pages.values()];
for (const { file, title, heading } of expectedTitles()) {
  const page = shown.find((p) => p.title === `${title} | Tremplin` || p.title.startsWith(`${title} | `));
  if (page === undefined) problems.push(`${file}: no page of the site is titled « ${title} »`);
  else if (heading !== '' && page.h1 !== heading) {
    problems.push(`${file}: its page shows « ${page.h1} » instead of its heading « ${heading} »`);
  }
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
console.log('docs site: no broken page, link or anchor.');
