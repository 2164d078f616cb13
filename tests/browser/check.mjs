#!/usr/bin/env node
// Real-browser checks of a site built by leafpress with the default theme.
//
//   node tests/browser/check.mjs <built-site-folder>
//
// Serves the folder on 127.0.0.1 (a random free port), opens every *.html page in Debian's
// Chromium through playwright-core, and checks each page for: accessibility (axe-core, WCAG
// 2.2 AA, light and dark colour schemes), reflow (320 px wide; 200% text at 1280 px), use
// without JavaScript, keyboard use (skip link, language switcher), page weight (leaflet pages),
// the urgent-help box on a 360 x 780 phone (a tappable emergency number within the first two
// screens, in the page's language), language marking (no English prose inside an element
// whose language is not English), navigation (breadcrumb, rel="prev"/"next" leaflet links),
// line length (no line of leaflet text over 80 characters at 1280 px) and HTML validity (the
// Nu HTML checker, vnu.jar).
//
// Every page, on ONE page at 1280 x 800 and two loads (checkPage), gets each check that
// depends on its own text: the first load, light colour scheme, is weighed as it arrives
// (leaflets), then measured as loaded for language marking, navigation and line length, run
// through axe, narrowed to 320 px (reflow-320), given 200% text over CDP (reflow-text-200:
// Chromium restyles and reflows a loaded page at once, the same as a page loaded at that size),
// checked for reduced motion (computed styles, which follow the emulated preference at once)
// and, for leaflets, in print media (print, alert-card-print); the second load, dark colour
// scheme, goes through axe again; vnu.jar checks every file. Each step puts the page back
// (viewport, font size, media, <details> closed) before the next.
//
// A sample, printed at the start, also gets the checks that depend on the template and the
// language but not on a page's text, each on a fresh page as before: urgent-help (a touch phone
// is a context of its own), no-javascript (JS off), keyboard, and a PDF (every alert card, and
// one leaflet per language). The sample, read from the HTML (slugs are translated): every page
// that is not a leaflet (home pages, editors' reports, the language chooser, 404, the
// translators' page), every leaflet of the default language and of one right-to-left language
// (ar in the guide), and in every other language the longest leaflet of each kind (alert card
// or not, audience label, own text or fallback, notice or none): the side-effects page, the
// alert card, the page for health professionals; and in each language the leaflet with the most
// text above its urgent-help box (title, notice, summary). These checks test what the templates and a
// language's strings make (the skip link, the switcher, the urgent-help box and its number,
// the print stylesheet), and every template meets every language in the sample; where the
// emergency number lands on a phone depends on the text above the box, so the page with the
// most of it in each language is sampled too.
//
//   --expect-urgent-help   every leaflet and home page must have the urgent-help box (the site
//                          declares `emergency:`); without it, only pages that have one are checked
//   --file-pages=A,B,...   instead of the whole suite: open only these pages (paths in the folder,
//                          e.g. `en/side-effects/index.html`) over file://, as from a USB stick
//                          (a `--portable` build), and run the urgent-help and language-marking
//                          checks on them; with SCREENSHOTS=<dir>, also save a 360 x 780 and a
//                          1280 x 800 screenshot of each
//   --search=<cases.json>  instead of the whole suite: search as a patient does, each case over
//                          http (the folder served) AND over file:// (the folder must be a
//                          `--portable` build), and each case's language once without
//                          JavaScript (see checkSearch); with SCREENSHOTS=<dir>, also save the
//                          results page at 320 px
//
// Prints every violation with its page and a last line `browser: N passed, M failed` (N and M count checks x pages; the
// --search mode prints `search: N passed, M failed` before it, N and M counting cases x {http, file}). Exit code 0 when
// everything passed, 1 when anything failed, 2 when it could not run.

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// bytes: HTML + CSS + JS + fonts of one leaflet page, uncompressed (a bucket may not compress).
// 48 KiB (from 40, from 30): the urgent-help box, the handout header, the navigation and the
// two-language alert card came, then the guide's fuller safety text (steroids, fever, more
// warning signs) in every language. The heaviest page, the Greek alert card, is 45.4 KB: 15 KB
// shared stylesheet (cached after the first page), 30 KB of page, most of it two-byte Greek
// letters; about 12 KB over a compressing host. A minified stylesheet would win back ~3 KB.
const WEIGHT_BUDGET = 48 * 1024;
const MAX_LINE_CHARACTERS = 80; // comfortable reading is 50-75 characters a line
const WEIGHED_TYPES = new Set(['document', 'stylesheet', 'script', 'font']);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.xlf': 'application/xml',
};

// ---------------------------------------------------------------------------------------------
// Arguments and prerequisites

const args = process.argv.slice(2);
const expectUrgentHelp = args.includes('--expect-urgent-help');
const filePages = (args.find((a) => a.startsWith('--file-pages=')) || '').slice('--file-pages='.length)
  .split(',').filter(Boolean);
const searchCasesFile = (args.find((a) => a.startsWith('--search=')) || '').slice('--search='.length);
const folder = args.find((a) => !a.startsWith('--'));
const root = folder ? resolve(folder) : null;
if (!root || !existsSync(root) || !statSync(root).isDirectory()) {
  console.error('usage: node tests/browser/check.mjs [--expect-urgent-help] [--file-pages=A,B,... | --search=<cases.json>] <built-site-folder>');
  process.exit(1);
}
const chromiumPath = process.env.CHROMIUM || findOnPath(['chromium', 'chromium-browser']) ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
if (!chromiumPath) {
  console.error('chromium not found (set CHROMIUM=/path/to/chromium)');
  process.exit(1);
}
const vnuJar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const axeSource = require.resolve('axe-core/axe.min.js');
const { chromium } = require('playwright-core');

function findOnPath(names) {
  for (const dir of (process.env.PATH || '').split(':')) {
    for (const name of names) {
      const candidate = join(dir || '.', name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Pages and the static server

function htmlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** The page's path in the site: `en/side-effects/index.html` is `en/side-effects/`. */
function sitePath(file) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

/** How the report names a page: its file in the built site. */
function pageLabel(file) {
  return relative(root, file).split(sep).join('/');
}

/** The page's URL path on the test server (under the site's base path). */
function urlPath(file) {
  return basePath + sitePath(file);
}

/**
 * The path of the site's base_url (`https://example.org/leaflets` -> `/leaflets/`), read from
 * the canonical links of the pages. The site is served under it, as in production: pages such
 * as 404.html, which can be shown at any address, link to it with root-relative URLs.
 */
function detectBasePath(files) {
  for (const file of files) {
    const match = readFileSync(file, 'utf8').match(/<link rel="canonical" href="([^"]+)"/);
    if (!match) continue;
    let canonical;
    try {
      canonical = new URL(match[1].replace(/&amp;/g, '&')).pathname;
    } catch {
      continue;
    }
    const own = sitePath(file);
    if (own && canonical.endsWith('/' + own)) return canonical.slice(0, -own.length);
    if (!own && canonical.endsWith('/')) return canonical;
  }
  return '/';
}

function serve() {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = null;
    if (path.startsWith(basePath)) {
      file = resolve(root, '.' + path.slice(basePath.length - 1));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
    }
    let status = 200;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    response.writeHead(status, {
      'content-type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

// ---------------------------------------------------------------------------------------------
// Results

const CHECKS = [
  ['axe-light', 'axe-core WCAG 2.2 AA, light colour scheme'],
  ['axe-dark', 'axe-core WCAG 2.2 AA, dark colour scheme'],
  ['reduced-motion', 'prefers-reduced-motion: no animation, transition or smooth scrolling'],
  ['reflow-320', 'reflow at 320 px wide (no horizontal scroll, language switcher open too)'],
  ['reflow-text-200', '200% text at 1280 px wide (no horizontal scroll)'],
  ['no-javascript', 'without JavaScript: main text visible, language links present and usable'],
  ['keyboard', 'keyboard: skip link first and moves focus to main; language switcher opens'],
  ['urgent-help', 'phone 360 x 780: a tappable tel: emergency number within two screens, box in the page language'],
  ['language-marking', 'no English prose inside an element whose language (lang) is not English'],
  ['navigation', 'leaflet pages: a breadcrumb, rel="prev"/"next" links to the leaflets before and after in the home list (none on a leaflet for professionals, listed apart)'],
  ['line-length', `leaflet text at 1280 x 800: no line of a paragraph or list item over ${MAX_LINE_CHARACTERS} characters`],
  ['weight', `leaflet page weight (HTML + CSS + JS + fonts) under ${WEIGHT_BUDGET} bytes`],
  ['print', 'print: no navigation chrome; 12 pt text, web address, warning signs, link targets, review dates and sources on paper; A4 PDF'],
  ['alert-card-print', 'alert card on paper: first, 171.2 x 54 mm folding into two 85.6 x 54 mm faces, nothing cut off, text >= 7 pt, writing lines >= 6 mm, clinician note in a second language'],
  ['html-valid', 'Nu HTML checker (vnu.jar --errors-only): no errors'],
];
// The --search mode's checks: each on every case over http and over file:// (reported as
// `http de "Durchfall"`), except no-javascript, once per language and way (`file de`).
const SEARCH_CHECKS = [
  ['search-finds', 'typed into the header\'s search box + Enter: a link to the expected page in #search-results within 3 s, ' +
    'the query in #search-q, the count in #search-status, a fallback\'s label and lang, dir of the language, no script error'],
  ['search-axe-light', 'the results page: axe-core WCAG 2.2 AA, light colour scheme'],
  ['search-axe-dark', 'the results page: axe-core WCAG 2.2 AA, dark colour scheme'],
  ['search-reflow-320', 'the results page at 320 px wide: no horizontal scroll'],
  ['search-keyboard', 'keyboard only: Tab to the header\'s search box (15 Tabs at most), type, Enter; on the results page, Tab ' +
    'from the search box goes to its button, then to the first result'],
  ['search-no-javascript', 'without JavaScript: the header\'s search box leads to the search page, which shows its <noscript> ' +
    'notice and links to every leaflet of the home page\'s lists'],
];
const results = new Map([...CHECKS, ...SEARCH_CHECKS].map(([id]) => [id, { pages: 0, failures: [] }]));
const notes = [];

/** Prints each of `checks` with its violations; returns the checks x pages passed and failed. */
function reportChecks(checks) {
  let passed = 0;
  let failed = 0;
  for (const [id, title] of checks) {
    const result = results.get(id);
    const failedPages = result.failedPages || 0;
    passed += result.pages - failedPages;
    failed += failedPages;
    const status = failedPages ? 'FAIL' : 'ok';
    console.log(`${status.padEnd(4)} ${id}: ${title}: ${result.pages} pages checked, ${result.failures.length} violations on ${failedPages} pages`);
    for (const { page, problem } of result.failures) console.log(`       ${page}: ${problem}`);
  }
  return { passed, failed };
}

function record(check, page, problems) {
  const result = results.get(check);
  result.pages += 1;
  for (const problem of problems) result.failures.push({ page, problem });
  if (problems.length) result.failedPages = (result.failedPages || 0) + 1;
}

// ---------------------------------------------------------------------------------------------
// The checks

async function runAxe(page) {
  await page.addScriptTag({ path: axeSource });
  const run = () =>
    page.evaluate(async (tags) => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    }, AXE_TAGS);
  const closed = await run();
  // Once more with every <details> open, so the language list is checked too.
  const opened = await openDetails(page);
  const open = opened ? await run() : [];
  if (opened) await closeDetails(page);
  const seen = new Set();
  const problems = [];
  for (const violation of [...closed, ...open]) {
    for (const node of violation.nodes) {
      const key = `${violation.id} ${node.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(
        `${violation.id} (${violation.impact}): ${violation.help} at \`${node.target}\`: ` +
          node.summary.replace(/\s*\n\s*/g, ' '),
      );
    }
  }
  return problems;
}

/** A fresh browser context (its own cookies, cache and storage) with short timeouts. */
async function newContext(browser, options) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * The page printed to PDF. Under load, Chromium's stream of the PDF back to the driver can fail
 * (`Protocol error (IO.read): Read failed`: seen once in 364 pages with the two cores busy);
 * that says nothing about the page, so the print is tried once more before it counts.
 */
async function printedPdf(page) {
  const options = { preferCSSPageSize: true, printBackground: false };
  try {
    return await page.pdf(options);
  } catch (error) {
    if (!/Protocol error/.test(String(error.message || error))) throw error;
    return await page.pdf(options);
  }
}

/** Runs one check; a check that throws (a timeout, a crash) is a failure, not the end of the run. */
async function guarded(check) {
  try {
    return await check();
  } catch (error) {
    return [`the check could not finish: ${String(error.message || error).split('\n')[0]}`];
  }
}

/**
 * Every check that depends on the page's own text, on one page at 1280 x 800 and two loads:
 * the first load (light colour scheme) is weighed as it arrives, then measured for language
 * marking, navigation and line length as loaded, run through axe, narrowed to 320 px (reflow),
 * given 200% text (reflow), switched to reduced motion and to print media (and printed to PDF
 * when `pdf` is set); the second load, in the dark colour scheme, goes through axe again.
 * Each step leaves the page as loaded (viewport, font size, media, <details> closed again)
 * for the next; each is guarded, so one that fails or throws does not stop the others.
 */
async function checkPage(browser, url, pdf) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const pageErrors = [];
  const broken = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      broken.push(`${new URL(response.url()).pathname} (HTTP ${response.status()})`);
    }
  });
  page.on('requestfailed', (request) => broken.push(`${request.url()} (${request.failure()?.errorText})`));
  const out = {
    isLeaflet: false, language: [], navigation: [], lineLength: [], reflow: [], textZoom: [],
    motion: [], print: null, weight: null, pageErrors,
  };
  const loaded = await guarded(async () => {
    const weighed = weighNextLoad(page);
    await page.goto(url, { waitUntil: 'load' });
    out.weight = await weighed();
    return [];
  });
  if (loaded.length) {
    // Not loaded: every check of the page says so.
    await context.close().catch(() => {});
    return { ...out, light: loaded, dark: loaded, motion: loaded, language: loaded, reflow: loaded, textZoom: loaded };
  }
  out.isLeaflet = (await guarded(async () => (await page.locator('article.leaflet').count()) > 0)) === true;
  out.language = await guarded(() => languageMarkingProblems(page));
  // On the page as loaded at 1280 x 800, before axe opens anything.
  if (out.isLeaflet) {
    out.navigation = await guarded(() => navigationProblems(page));
    out.lineLength = await guarded(() => lineLengthProblems(page));
  }
  out.light = await guarded(async () => {
    const problems = await runAxe(page);
    if (broken.length) problems.unshift(`the page's own files did not load, so it was checked unstyled: ${broken.join(', ')}`);
    return problems;
  });
  out.reflow = await guarded(() => reflow320Problems(page));
  out.textZoom = await guarded(async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    return textZoomProblems(page, cdp);
  });
  // With reduced motion asked for, nothing animates, transitions or scrolls smoothly (the
  // computed styles follow the emulated preference at once, as media queries do).
  out.motion = await guarded(async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      return await page.evaluate(() => {
        const moving = [];
        const seconds = (list) => Math.max(...list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
        for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
          const style = getComputedStyle(el);
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
          const transition = seconds(style.transitionDuration) > 0.01;
          const smooth = style.scrollBehavior === 'smooth';
          if (animated || transition || smooth) {
            moving.push(`<${el.tagName.toLowerCase()}${el.className ? ' class="' + el.className + '"' : ''}> ${animated ? 'animates' : transition ? 'has a transition' : 'scrolls smoothly'}`);
          }
          if (moving.length >= 5) break;
        }
        return moving;
      });
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });
  if (out.isLeaflet) {
    const printed = await guarded(() => printProblems(page, pdf));
    out.print = Array.isArray(printed) ? { problems: printed, card: null } : printed;
  }
  // A fresh load in the dark colour scheme (a script could read it at load).
  out.dark = await guarded(async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url, { waitUntil: 'load' });
    return runAxe(page);
  });
  await context.close().catch(() => {});
  return out;
}

async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    // Name the elements that stick out, or whose content does, to make the report useful.
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const style = getComputedStyle(el);
      const sticksOut = rect.right > width + 0.5 || rect.left < -0.5;
      const spills = style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if (sticksOut || spills) {
        let name = el.tagName.toLowerCase();
        if (el.id) name += '#' + el.id;
        if (el.classList.length) name += '.' + [...el.classList].join('.');
        const how = sticksOut ? `[${Math.round(rect.left)}..${Math.round(rect.right)}]` : `content ${el.scrollWidth} px in ${el.clientWidth} px`;
        culprits.push(`${name} ${how}`);
        if (culprits.length >= 5) break;
      }
    }
    return `scrollWidth ${scrollWidth} > innerWidth ${width}; wider elements: ${culprits.join(', ') || 'none found'}`;
  });
}

/**
 * Runs `check(page, context, problems)` on a new page in a new context, which is closed
 * whatever happens; returns the problems the check pushed.
 */
async function onFreshPage(browser, options, check) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const problems = [];
  try {
    await check(page, context, problems);
  } finally {
    await context.close();
  }
  return problems;
}

/**
 * Opens every closed <details> (the language switcher) and remembers which, so that
 * `closeDetails` can put the page back as it was loaded: several checks share one page.
 */
function openDetails(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('details:not([open])')];
    all.forEach((d) => (d.open = true));
    window.__leafpressOpened = [...(window.__leafpressOpened || []), ...all];
    return all.length;
  });
}

function closeDetails(page) {
  return page.evaluate(() => {
    (window.__leafpressOpened || []).forEach((d) => (d.open = false));
    window.__leafpressOpened = [];
  });
}

/** Horizontal overflow as the page is, then with every <details> (the switcher) open. */
async function overflowProblems(page, label) {
  const problems = [];
  const closed = await horizontalOverflow(page);
  if (closed) problems.push(`${label}: ${closed}`);
  const opened = await page.evaluate(() => document.querySelectorAll('details').length);
  if (opened) {
    await openDetails(page);
    const open = await horizontalOverflow(page);
    if (open) problems.push(`${label} with the language switcher open: ${open}`);
    await closeDetails(page);
  }
  return problems;
}

/** Reflow at 320 px, on the loaded 1280 x 800 page narrowed (the layout follows at once). */
async function reflow320Problems(page) {
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    return await overflowProblems(page, '320 px');
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

/**
 * 200% text at 1280 x 800, on the loaded page: the reader's own setting, the browser's default
 * font size doubled (16 px -> 32 px) as the browser's "font size" preference does, set live
 * over CDP (Chromium restyles and reflows the page at once; the theme's rem and % sizes follow
 * it), then put back to Chromium's defaults (16 px, 13 px fixed) for the checks that follow.
 */
async function textZoomProblems(page, cdp) {
  const problems = [];
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  try {
    const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    if (!(rootSize >= 32)) problems.push(`text size did not double: root font size is ${rootSize}px`);
    problems.push(...(await overflowProblems(page, '200% text')));
  } finally {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  }
  return problems;
}

async function checkNoJavaScript(browser, url) {
  return onFreshPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } }, async (page, context, problems) => {
    await page.goto(url, { waitUntil: 'load' });
    const main = page.locator('main');
    if ((await main.count()) !== 1) {
      problems.push(`expected one <main>, found ${await main.count()}`);
    } else {
      const text = (await main.innerText()).trim();
      const box = await main.boundingBox();
      if (!text) problems.push('<main> has no visible text');
      if (!box || box.width === 0 || box.height === 0) problems.push('<main> is not visible');
    }
    // Every language link, from the HTML as served (no script can add or hide one).
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.language-list a, .language-switcher a')].map((a) => ({
        text: a.textContent.trim(),
        href: a.getAttribute('href'),
        inSwitcher: !!a.closest('.language-switcher'),
      })),
    );
    const hasList = await page.locator('.language-list, .language-switcher').count();
    if (hasList && links.length === 0) problems.push('a language list without links');
    for (const link of links) {
      if (!link.text || !link.href) problems.push(`language link without text or address: ${JSON.stringify(link)}`);
    }
    for (const link of links.filter((l) => !l.inSwitcher)) {
      const visible = await page.locator(`.language-list a[href="${link.href}"]`).first().isVisible();
      if (!visible) problems.push(`language link "${link.text}" (${link.href}) is not visible`);
    }
    // The switcher is a <details>: without JavaScript, a click on its summary must show its links.
    const summary = page.locator('.language-switcher summary');
    if (await summary.count()) {
      if (!(await summary.first().isVisible())) {
        problems.push('the language switcher summary is not visible');
        return problems;
      }
      await summary.first().click();
      for (const link of links.filter((l) => l.inSwitcher)) {
        const visible = await page.locator(`.language-switcher a[href="${link.href}"]`).first().isVisible();
        if (!visible) problems.push(`switcher link "${link.text}" (${link.href}) is not visible once opened`);
      }
    }
    // The links must lead to pages that exist.
    for (const link of links) {
      const target = new URL(link.href, page.url());
      const response = await context.request.get(target.href);
      if (response.status() !== 200) problems.push(`language link "${link.text}" goes to ${target.pathname}: HTTP ${response.status()}`);
    }
  });
}

function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    if (el.classList.length) name += '.' + [...el.classList].join('.');
    const text = (el.textContent || '').trim().slice(0, 40);
    return text ? `${name} "${text}"` : name;
  });
}

async function checkKeyboard(browser, url) {
  return onFreshPage(browser, { viewport: { width: 1280, height: 800 } }, async (page, context, problems) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.matches('a.skip-link')) return { ok: false };
      const r = el.getBoundingClientRect();
      const inView = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
        r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      return { ok: true, inView, rect: [r.left, r.top, r.width, r.height].map(Math.round), href: el.getAttribute('href') };
    });
    if (!skip.ok) {
      problems.push(`the first Tab focuses ${await describeFocus(page)}, not the skip link`);
    } else {
      if (!skip.inView) problems.push(`the focused skip link is not visible in the viewport (x, y, w, h = ${skip.rect})`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement && document.activeElement.matches('main'), null, { timeout: 2000 })
        .catch(() => {});
      const onMain = await page.evaluate(() => !!document.activeElement && document.activeElement.matches('main'));
      if (!onMain) problems.push(`Enter on the skip link (${skip.href}) leaves focus on ${await describeFocus(page)}, not on <main>`);
    }

    const switchers = await page.locator('.language-switcher details').count();
    if (switchers) {
      // Reach the summary with Tab from the top of the page, as a keyboard user would.
      await page.goto(url, { waitUntil: 'load' });
      let reached = false;
      for (let i = 0; i < 15 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => !!document.activeElement && document.activeElement.matches('.language-switcher summary'));
      }
      if (!reached) {
        problems.push('the language switcher summary cannot be reached with Tab (15 presses)');
      } else {
        const focusVisible = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return el.matches(':focus-visible') && (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== 'none');
        });
        if (!focusVisible) problems.push('the focused language switcher summary shows no focus indicator');
        await page.keyboard.press('Enter');
        const open = await page.evaluate(() => document.querySelector('.language-switcher details').open);
        if (!open) problems.push('Enter on the language switcher summary does not open it');
        const expected = await page.evaluate(() =>
          [...document.querySelectorAll('.language-switcher details a')].map((a) => a.getAttribute('href')));
        for (const href of expected) {
          await page.keyboard.press('Tab');
          const got = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || !el.closest('.language-switcher')) return null;
            const r = el.getBoundingClientRect();
            return { href: el.getAttribute('href'), visible: r.width > 0 && r.height > 0 };
          });
          if (!got || got.href !== href) {
            problems.push(`Tab after opening the language switcher focuses ${await describeFocus(page)}, expected the link to ${href}`);
            break;
          }
          if (!got.visible) problems.push(`the focused language link ${href} has no size`);
        }
        // Escape is not native to <details>; closing it again with Enter on the summary is.
      }
    }
  });
}

/**
 * The urgent-help box as a patient on a phone sees it: at 360 x 780 with touch, the box of a
 * leaflet or home page is in the page's language, and its emergency number is a `tel:` link
 * that shows its number, is at least 44 x 44 px (WCAG 2.5.5) and ends within the first two
 * screens.
 */
async function checkUrgentHelp(browser, url) {
  return onFreshPage(browser, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }, async (page, context, problems) => {
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const kind = document.querySelector('article.leaflet') ? 'leaflet page'
        : document.querySelector('.leaflet-list') ? 'home page' : null;
      const box = document.querySelector('.urgent-help');
      if (!box) return { kind, box: false };
      const links = [...box.querySelectorAll('a[href^="tel:"]')].map((a) => {
        const r = a.getBoundingClientRect();
        return {
          href: a.getAttribute('href'),
          text: a.textContent.trim(),
          bottom: r.bottom + window.scrollY,
          width: r.width,
          height: r.height,
          visible: r.width > 0 && r.height > 0 && getComputedStyle(a).visibility !== 'hidden',
        };
      });
      return {
        kind,
        box: true,
        pageLang: document.documentElement.getAttribute('lang'),
        pageDir: document.documentElement.getAttribute('dir') || 'ltr',
        boxLang: box.closest('[lang]').getAttribute('lang'),
        boxDir: box.closest('[dir]') ? box.closest('[dir]').getAttribute('dir') : 'ltr',
        links,
        screen: window.innerHeight,
      };
    });
    if (!found.box) {
      if (expectUrgentHelp && found.kind) problems.push(`this ${found.kind} has no urgent-help box`);
      return;
    }
    if (found.boxLang !== found.pageLang) problems.push(`the urgent-help box is in lang="${found.boxLang}", the page in lang="${found.pageLang}"`);
    if (found.boxDir !== found.pageDir) problems.push(`the urgent-help box has dir="${found.boxDir}", the page dir="${found.pageDir}"`);
    if (!found.links.length) {
      problems.push('the urgent-help box has no tel: link');
      return;
    }
    const call = found.links[0];
    const digits = call.href.slice('tel:'.length).replace(/[^+\d]/g, '');
    if (!digits) problems.push(`the emergency link ${call.href} has no number`);
    if (!call.text.replace(/[^+\d]/g, '').includes(digits.replace('+', ''))) {
      problems.push(`the emergency link's text "${call.text}" does not show its number ${digits}`);
    }
    if (!call.visible) problems.push('the emergency number is not visible');
    if (call.bottom > 2 * found.screen) {
      problems.push(`the emergency number ends ${Math.round(call.bottom)} px down, below the first two screens (${2 * found.screen} px)`);
    }
    if (call.width < 44 || call.height < 44) {
      problems.push(`the emergency number's tap target is ${Math.round(call.width)} x ${Math.round(call.height)} px, under 44 x 44`);
    }
  });
}

/**
 * English prose inside an element whose language is not English (WCAG 3.1.2, which axe does
 * not test): the page's text, grouped by block element and by the language it is marked with,
 * where a group of at least six words is at least 25% English function words.
 */
function languageMarkingProblems(page) {
  return page.evaluate(() => {
    // Words frequent in English and rare as words of the other languages of the EU (so not
    // `a`, `an`, `in`, `on`, `to`, `do`, `no`, `we`: Irish, Italian, Polish, Dutch... use them).
    const english = new Set(('the and of is are been were you your yours with for that this these those ' +
      'it its by from not if have has had will would can could should may might they them their there ' +
      'than then what when which who how about into any some our does because while after before only ' +
      'also but very more most other such').split(' '));
    // ... except where the word is an everyday word of the text's own language: Dutch "of"
    // (or), "is", "over", "had"; German "also", "will"; Danish "for", "have"; Romanian "are" (has).
    const ordinary = {
      nl: ['of', 'is', 'over', 'had'], de: ['also', 'will'], da: ['for', 'have'], ro: ['are'],
    };
    const blocks = 'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, summary, figcaption, caption, label, title';
    const groups = new Map();
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A <noscript>'s text, in a browser running scripts, is its markup unparsed: not shown.
      if (!parent || parent.closest('script, style, noscript, code, pre, [translate="no"]')) continue;
      const marked = parent.closest('[lang]');
      const lang = marked ? marked.getAttribute('lang').toLowerCase() : '';
      if (lang === 'en' || lang.startsWith('en-')) continue;
      const block = parent.closest(blocks) || parent;
      const key = block;
      const group = groups.get(key) || new Map();
      group.set(lang, (group.get(lang) || '') + ' ' + node.textContent);
      groups.set(key, group);
    }
    const problems = [];
    for (const [block, byLang] of groups) {
      for (const [lang, text] of byLang) {
        const prose = text.replace(/\b(?:https?|mailto|tel):\S+/g, ' '); // an address is no language
        const words = prose.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) || [];
        const all = prose.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
        if (all.length < 6) continue;
        const own = ordinary[lang.split('-')[0]] || [];
        const hits = words.filter((w) => english.has(w) && !own.includes(w)).length;
        if (hits / all.length >= 0.25) {
          const name = block.tagName.toLowerCase() + (block.className ? '.' + block.className.split(' ').join('.') : '');
          problems.push(`English text in lang="${lang}" (<${name}>): "${text.trim().replace(/\s+/g, ' ').slice(0, 90)}"`);
        }
      }
    }
    return problems;
  });
}

const MM = 96 / 25.4; // CSS px per millimetre

/** The size of every page of a PDF as Chromium writes it (uncompressed page dictionaries). */
function pdfPageSizes(pdf) {
  const text = pdf.toString('latin1');
  const sizes = [];
  for (const object of text.split('endobj')) {
    if (!/\/Type \/Page(?!s)/.test(object)) continue;
    const box = object.match(/\/MediaBox \[([^\]]+)\]/);
    if (!box) continue;
    const [x0, y0, x1, y1] = box[1].trim().split(/\s+/).map(Number);
    sizes.push([x1 - x0, y1 - y0]);
  }
  return sizes;
}

/**
 * A leaflet as printed: print media emulated on the loaded 1280 x 800 page, then checked in
 * the DOM (what is hidden, what shows), and, when `pdf` is set, printed to PDF (A4 by the
 * theme's @page rule); screen media again afterwards.
 */
async function printProblems(page, pdf) {
  const problems = [];
  let card = null;
  try {
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate((mm) => {
      const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const problems = [];
      for (const selector of ['.site-header', '.language-switcher', '.skip-link', '.toc', '.back-to-top', '.site-footer nav']) {
        for (const el of document.querySelectorAll(selector)) {
          if (shown(el)) problems.push(`${selector} is printed`);
        }
      }
      // A handout: 12 pt text, and on page 1 where the current text is: the page's own address
      // (the canonical one, but on a page showing another language's text, whose canonical
      // link names that text's page, the same path under this page's language).
      const rootPt = parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75;
      if (rootPt < 11.9) problems.push(`body text prints at ${rootPt.toFixed(1)} pt, under 12 pt`);
      const head = document.querySelector('.handout-head');
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const own = canonical && new URL(location.pathname.replace(/index\.html$/, ''), canonical).href;
      if (!shown(head)) problems.push('no publisher and web address at the top of the printout');
      else if (own && !head.textContent.includes(own)) problems.push(`the printout's web address is not ${own}`);
      for (const signs of document.querySelectorAll('.urgent-signs li')) {
        if (!shown(signs)) { problems.push('the warning signs of the urgent-help box are not on paper'); break; }
      }
      // The page's own review, or (a translation awaiting review, a fallback page) its source's.
      const dates = document.querySelector('.review-dates, .source-review');
      if (!shown(dates) || !dates.textContent.trim()) problems.push('no review date on paper');
      const sources = document.querySelector('.sources');
      if (!shown(sources)) problems.push('no sources on paper');
      for (const a of document.querySelectorAll('.leaflet-text a[href^="http"], .sources a[href^="http"]')) {
        const after = getComputedStyle(a, '::after').content;
        if (!after.includes(a.getAttribute('href'))) problems.push(`the link to ${a.getAttribute('href')} is printed without its address`);
      }
      let card = null;
      const outline = document.querySelector('.alert-card');
      if (outline) {
        const box = (el) => { const r = el.getBoundingClientRect(); return { width: r.width / mm, height: r.height / mm, top: r.top + scrollY }; };
        card = { whole: box(outline), faces: [], small: [], lines: [] };
        for (const face of outline.querySelectorAll('.card-face')) {
          card.faces.push({
            name: face.className,
            ...box(face),
            clipped: face.scrollHeight > face.clientHeight + 1 || face.scrollWidth > face.clientWidth + 1,
            content: face.scrollHeight / mm,
          });
        }
        // Every text of the card: its computed size in points (1 pt = 4/3 px).
        const walker = document.createTreeWalker(outline, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode;
          if (!text.textContent.trim() || !shown(text.parentElement)) continue;
          const pt = parseFloat(getComputedStyle(text.parentElement).fontSize) * 0.75;
          if (pt < 6.99) card.small.push(`"${text.textContent.trim().slice(0, 30)}" at ${pt.toFixed(1)} pt`);
        }
        for (const dd of outline.querySelectorAll('dd')) {
          const height = dd.getBoundingClientRect().height / mm;
          if (height < 5.99) card.lines.push(`a writing line after "${dd.previousElementSibling?.textContent.trim()}" is ${height.toFixed(1)} mm tall`);
        }
        // First on paper: the sheet starts on page 1 (A4 less the 18 mm margins: 261 mm) and
        // the leaflet's text comes after it.
        const sheet = outline.closest('.alert-card-sheet');
        const article = document.querySelector('article.leaflet');
        card.first = box(sheet).top / mm < 261 && (!article || box(article).top >= box(sheet).top + sheet.getBoundingClientRect().height);
        // The note to clinicians in a second language, except on the default language's card.
        const xDefault = document.querySelector('link[hreflang="x-default"]')?.getAttribute('href');
        const defaultLang = [...document.querySelectorAll('link[rel="alternate"]')].find((l) => l.getAttribute('href') === xDefault && l.hreflang !== 'x-default')?.hreflang;
        const pageLang = document.documentElement.lang;
        card.secondWanted = pageLang !== defaultLang;
        card.second = [...outline.querySelectorAll('.card-back [lang]')].some((el) => el.lang !== pageLang && el.textContent.trim());
      }
      return { problems, card };
    }, MM);
    problems.push(...found.problems);
    card = found.card;
    if (pdf) {
      const bytes = await printedPdf(page);
      const sizes = pdfPageSizes(bytes);
      if (!sizes.length) problems.push('the PDF has no pages');
      for (const [w, h] of sizes) {
        if (Math.abs(w - 595.3) > 1.5 || Math.abs(h - 841.9) > 1.5) {
          problems.push(`a PDF page is ${(w / 72 * 25.4).toFixed(1)} x ${(h / 72 * 25.4).toFixed(1)} mm, not A4`);
          break;
        }
      }
    }
  } finally {
    await page.emulateMedia({ media: null });
  }
  const cardProblems = [];
  if (card) {
    const { whole } = card;
    if (Math.abs(whole.width - 171.2) > 0.3 || Math.abs(whole.height - 54) > 0.3) {
      cardProblems.push(`the unfolded card prints at ${whole.width.toFixed(1)} x ${whole.height.toFixed(1)} mm, not 171.2 x 54 mm`);
    }
    for (const face of card.faces) {
      if (Math.abs(face.width - 85.6) > 0.3 || Math.abs(face.height - 54) > 0.3) {
        cardProblems.push(`${face.name} prints at ${face.width.toFixed(1)} x ${face.height.toFixed(1)} mm, not 85.6 x 54 mm`);
      }
      if (face.clipped) cardProblems.push(`${face.name}: its text needs ${face.content.toFixed(1)} mm and is cut off at 54 mm`);
    }
    if (card.small.length) cardProblems.push(`text under 7 pt: ${card.small.slice(0, 3).join('; ')}`);
    cardProblems.push(...card.lines);
    if (!card.first) cardProblems.push('the card sheet does not print first, on page 1');
    if (card.secondWanted && !card.second) cardProblems.push('the note to clinicians is not also in a second language (an element with another lang)');
  }
  return { problems, card: card ? cardProblems : null };
}

// A leaflet page has a breadcrumb (a labelled nav whose last item is the current page) and
// links to the leaflets before and after it in its language's home page list: rel="prev" to
// the one before (none on the first), rel="next" to the one after (none on the last), each
// target a page that exists, and a link to the home page's list. The home page's main list
// (under #leaflets-heading) is the patients' reading order; a leaflet listed apart, under an
// audience's heading (`audience: professionals`), is not in it and has no rel="prev"/"next".
/** Breadcrumb and previous/next links of a loaded leaflet page (run on the axe check's page). */
function navigationProblems(page) {
  return page.evaluate(async () => {
      const found = [];
      const crumb = document.querySelector('nav.breadcrumb[aria-label]');
      if (!crumb) return ['no breadcrumb <nav aria-label> on the page'];
      if (!crumb.querySelector('li:last-child[aria-current="page"]')) found.push('the breadcrumb does not end with the current page (aria-current="page")');
      const home = crumb.querySelector('a');
      if (!home) return [...found, 'the breadcrumb has no link home'];
      const response = await fetch(home.href);
      if (!response.ok) return [...found, `the breadcrumb's home link ${home.href} gives ${response.status}`];
      const homePage = new DOMParser().parseFromString(await response.text(), 'text/html');
      const hrefs = (selector) => [...homePage.querySelectorAll(selector)]
        .map((a) => new URL(a.getAttribute('href'), home.href).href);
      const list = hrefs('section[aria-labelledby="leaflets-heading"] .leaflet-list a');
      const apart = hrefs('section[aria-labelledby^="audience-"] .leaflet-list a');
      const own = location.href.replace(/index\.html$/, '');
      const here = list.indexOf(own);
      if (here < 0 && !apart.includes(own)) return [...found, `the page is not in its home page's lists (${home.href})`];
      if (here < 0 && document.querySelector('a[rel~="prev"], a[rel~="next"]')) {
        found.push('rel="prev"/"next" on a leaflet listed apart for another audience, which is not in the reading order');
      }
      for (const [rel, index] of here < 0 ? [] : [['prev', here - 1], ['next', here + 1]]) {
        const links = [...document.querySelectorAll(`a[rel~="${rel}"]`)];
        const expected = list[index];
        if (!expected) {
          if (links.length) found.push(`rel="${rel}" on the ${rel === 'prev' ? 'first' : 'last'} leaflet`);
        } else if (links.length !== 1) {
          found.push(`${links.length} rel="${rel}" links, expected one to ${expected}`);
        } else if (links[0].href.replace(/index\.html$/, '') !== expected) {
          found.push(`rel="${rel}" goes to ${links[0].href}, not to ${expected}`);
        } else if (!(await fetch(links[0].href)).ok) {
          found.push(`rel="${rel}" target ${links[0].href} does not exist`);
        }
      }
      const all = [...document.querySelectorAll('.pager a:not([rel])')].find((a) => a.hash);
      if (!all) found.push('no "All leaflets" link to the home page list');
      else {
        const target = new DOMParser().parseFromString(await (await fetch(all.href)).text(), 'text/html');
        if (!target.getElementById(decodeURIComponent(all.hash.slice(1)))) found.push(`the "All leaflets" link's ${all.hash} is not on the home page`);
      }
      return found;
  });
}

// Line length, measured in the rendered page: for every character of each paragraph and list
// item of the leaflet text, a Range over that one character gives its box; characters whose
// boxes overlap vertically are on one line (characters come in reading order, and a line's
// boxes start below the previous line's), so counting them gives each line's length in
// characters (zero-width boxes, such as collapsed spaces at a line break and
// combining marks, are not counted). Exact for any font and script, unlike an estimate from the
// element's width and an average character width.
// Runs on the axe check's page, loaded at 1280 x 800.
function lineLengthProblems(page) {
  return page.evaluate((limit) => {
      const found = [];
      for (const block of document.querySelectorAll('.leaflet-text p, .leaflet-text li')) {
        const range = document.createRange();
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let longest = 0;
        let count = 0;
        let lineBottom = -Infinity;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Text of a nested paragraph or list item is counted there.
          if (node.parentElement.closest('p, li') !== block) continue;
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width === 0) continue;
            // A character whose box starts below the current line's boxes starts a new line.
            if (box.top >= lineBottom - 1) {
              longest = Math.max(longest, count);
              count = 0;
              lineBottom = box.bottom;
            } else {
              lineBottom = Math.max(lineBottom, box.bottom);
            }
            count += 1;
          }
        }
        longest = Math.max(longest, count);
        if (longest > limit) found.push(`${longest} characters on a line: "${block.textContent.trim().slice(0, 60)}..."`);
      }
      return found;
  }, MAX_LINE_CHARACTERS);
}

/**
 * Counts the bytes of every response of the page's next load, from now (call before `goto`):
 * `stop()`, once it has loaded, waits for the fonts it asked for, stops counting and gives the
 * total of the HTML, CSS, JS and fonts (and of everything else apart). What the checks fetch
 * afterwards on the same page is not counted.
 */
function weighNextLoad(page) {
  const bodies = [];
  const listener = (response) => {
    bodies.push(
      response.body()
        .then((body) => ({ type: response.request().resourceType(), url: response.url(), bytes: body.length }))
        .catch(() => ({ type: response.request().resourceType(), url: response.url(), bytes: 0 })),
    );
  };
  page.on('response', listener);
  return async () => {
    await page.evaluate(() => document.fonts.ready.then(() => null)).catch(() => {});
    page.off('response', listener);
    const all = await Promise.all(bodies);
    const weighed = all.filter((r) => WEIGHED_TYPES.has(r.type));
    const total = weighed.reduce((sum, r) => sum + r.bytes, 0);
    const other = all.filter((r) => !WEIGHED_TYPES.has(r.type)).reduce((sum, r) => sum + r.bytes, 0);
    return { total, other, parts: weighed.map((r) => `${new URL(r.url).pathname} ${r.bytes}`) };
  };
}

function runVnu(files) {
  return new Promise((resolveRun) => {
    const child = spawn('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => resolveRun({ error: error.message }));
    child.on('close', (code) => {
      const start = out.indexOf('{');
      try {
        resolveRun({ code, report: JSON.parse(out.slice(start)) });
      } catch {
        resolveRun({ error: `vnu exited ${code} without a JSON report: ${out.slice(0, 500)}` });
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Search as a patient does it (--search=<cases.json>)

/** The longest a search may take, from Enter in the header's box to the expected result shown. */
const SEARCH_TIME_LIMIT = 3_000;
/** How long to wait for anything of a search before saying what the page shows instead. */
const SEARCH_WAIT = 10_000;
const RIGHT_TO_LEFT = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

/**
 * The cases: a JSON array of `{"lang": "de", "query": "Durchfall", "expect":
 * "de/nebenwirkungen/index.html", "label": null}`; `expect` is the page a result must lead to
 * (a path in the folder), `label` the text shown after its title when it is a fallback page in
 * another language (`"(English)"`), whose title then carries `lang` of its text's language:
 * `textLang`, "en" unless the case says otherwise.
 */
function readSearchCases(file) {
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(cases) || !cases.length) throw new Error('expected a JSON array of cases');
  for (const c of cases) {
    const text = (v) => typeof v === 'string' && v.length > 0;
    if (!c || !text(c.lang) || !text(c.query) || !text(c.expect) || !(c.label == null || text(c.label)) ||
      !(c.textLang == null || text(c.textLang))) {
      throw new Error(`a case needs "lang", "query" and "expect" (strings), and "label" (a string or null): ${JSON.stringify(c)}`);
    }
  }
  return cases;
}

/** Whether a URL is a language's search page (`<lang>/search/`, `<lang>/search/index.html`). */
function isSearchPage(url, lang) {
  return new RegExp(`/${lang}/search/(index\\.html)?$`).test(url.pathname);
}

/** A page's address as a result link gives it: no fragment, no query, no last `index.html`. */
function pageAddress(href) {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  return url.href.replace(/index\.html$/, '');
}

/** Presses Tab (15 times at most) until the focused element matches `selector`. */
async function tabTo(page, selector) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return true;
  }
  return false;
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
function focusShown(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
  });
}

/**
 * Presses Enter in a search box and waits for the search page and, on it, a result link to
 * `target` (a pageAddress); returns the milliseconds from the key press to the link, or throws
 * an error that says what the page shows instead.
 */
async function submitAndFind(page, lang, target) {
  const start = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => isSearchPage(url, lang), { waitUntil: 'commit', timeout: SEARCH_WAIT });
  // Until the link is there, or search.js has said its count (it writes the results first).
  let found = false;
  let why = '';
  try {
    found = await (await page.waitForFunction((target) => {
      const there = [...document.querySelectorAll('#search-results a')].some((a) => {
        const url = new URL(a.href);
        url.hash = '';
        url.search = '';
        return url.href.replace(/index\.html$/, '') === target;
      });
      const status = document.getElementById('search-status');
      const loading = document.getElementById('search-results')?.getAttribute('data-loading');
      const said = !!status && status.textContent.trim() !== '' && status.textContent !== loading;
      return there ? 'found' : said ? 'said' : false;
    }, target, { timeout: SEARCH_WAIT, polling: 'raf' })).jsonValue() === 'found';
  } catch (error) {
    why = ` (${String(error.message).split('\n')[0]})`;
  }
  const ms = Date.now() - start;
  if (found) return ms;
  const shown = await page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent.trim(),
    links: [...document.querySelectorAll('#search-results a')].map((a) => a.getAttribute('href')),
  })).catch(() => ({ status: '?', links: [] }));
  throw new Error(`no result leads to ${target} after ${ms} ms${why}; ` +
    `#search-status says "${shown.status}", the results lead to: ${shown.links.join(', ') || 'nothing'}`);
}

/** Waits until search.js has written the results (or none) and the count. */
function resultsShown(page) {
  return page.waitForFunction(() => {
    const status = document.getElementById('search-status');
    const loading = document.getElementById('search-results')?.getAttribute('data-loading');
    return !!status && status.textContent.trim() !== '' && status.textContent !== loading;
  }, null, { timeout: SEARCH_WAIT, polling: 'raf' });
}

/**
 * The number of pages found that the live region's text says, read with the count messages of
 * #search-results' data-results (`{"0": ..., "one": ..., "other": "... {count} ..."}`): the
 * number in place of `{count}`, at least the results shown; or, for a message without
 * `{count}` (Greek "one": "μία σελίδα"), the number of results shown when it is that plural
 * category of the language. Null when no message but "0" (nothing found) gives the text.
 */
function countSaid(status, messages, c, shown) {
  let patterns;
  try {
    patterns = JSON.parse(messages || '{}');
  } catch {
    return null;
  }
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [category, message] of Object.entries(patterns)) {
    // "0" is nothing found ("zero" too, as first documented, where there is no "0"; Latvian's
    // CLDR "zero" category, 10, 11-19, 20, ..., needs them apart).
    if (category === '0' || (category === 'zero' && !('0' in patterns)) || typeof message !== 'string') continue;
    const source = message.trim().split('{count}')
      .map((part) => part.split('{query}').map(escape).join(escape(c.query))).join('(\\d+)');
    const match = (status || '').match(new RegExp(`^${source}$`));
    if (!match) continue;
    if (match[1] !== undefined) {
      if (Number(match[1]) >= shown && shown >= 1) return Number(match[1]);
    } else if (shown >= 1 && new Intl.PluralRules(c.lang).select(shown) === category) {
      return shown;
    }
  }
  return null;
}

/** The results page as search.js left it, against the case: count, query, label, lang, dir. */
async function resultProblems(page, c, target) {
  const found = await page.evaluate((target) => {
    const address = (href) => {
      const url = new URL(href);
      url.hash = '';
      url.search = '';
      return url.href.replace(/index\.html$/, '');
    };
    const status = document.getElementById('search-status');
    const container = document.getElementById('search-results');
    const items = [...container.querySelectorAll('ol.search-list > li')];
    const link = [...container.querySelectorAll('a')].find((a) => address(a.href) === target);
    const item = link.closest('li');
    const label = item?.querySelector('span.in-other-language');
    return {
      htmlLang: document.documentElement.getAttribute('lang'),
      htmlDir: document.documentElement.getAttribute('dir'),
      status: status ? status.textContent.trim() : null,
      statusRole: status?.getAttribute('role'),
      loading: container.getAttribute('data-loading'),
      messages: container.getAttribute('data-results'),
      input: document.getElementById('search-q')?.value,
      shown: items.length,
      inList: !!link.closest('#search-results ol.search-list'),
      rank: items.indexOf(item) + 1,
      title: link.textContent.trim(),
      linkLang: link.getAttribute('lang'),
      label: label ? label.textContent.trim() : null,
      labelShown: !!label && label.getClientRects().length > 0 && getComputedStyle(label).visibility !== 'hidden',
      labelAfterTitle: !!label && !!(link.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  }, target);
  const problems = [];
  const dir = RIGHT_TO_LEFT.test(c.lang) ? 'rtl' : 'ltr';
  if (found.htmlLang !== c.lang) problems.push(`the results page is <html lang="${found.htmlLang}">, not "${c.lang}"`);
  if (found.htmlDir !== dir) problems.push(`the results page is <html dir="${found.htmlDir}">, not "${dir}"`);
  if (found.input !== c.query) problems.push(`the search page's box #search-q holds "${found.input}", not the query typed "${c.query}"`);
  if (!found.inList) problems.push('the result is not in #search-results ol.search-list');
  if (found.statusRole !== 'status') problems.push(`#search-status has role="${found.statusRole}", not "status" (a live region)`);
  const count = countSaid(found.status, found.messages, c, found.shown);
  if (!found.status) problems.push('the live region #search-status is empty');
  else if (found.status === found.loading?.trim()) problems.push(`#search-status still says the loading text "${found.status}"`);
  else if (count === null) {
    problems.push(`#search-status says "${found.status}", which is no count message of data-results for the ${found.shown} results shown`);
  }
  const textLang = c.textLang || 'en';
  if (c.label) {
    if (found.label === null) problems.push(`no label (span.in-other-language) after "${found.title}", expected "${c.label}"`);
    else if (found.label !== c.label) problems.push(`the label after "${found.title}" is "${found.label}", expected "${c.label}"`);
    else if (!found.labelShown || !found.labelAfterTitle) problems.push(`the label "${found.label}" is not shown after the title`);
    if (found.linkLang !== textLang) problems.push(`the fallback's title "${found.title}" has lang="${found.linkLang}", expected "${textLang}"`);
  } else {
    if (found.label !== null) problems.push(`a label "${found.label}" after "${found.title}", which is in the page's language`);
    if (found.linkLang && found.linkLang !== c.lang) problems.push(`the title "${found.title}" has lang="${found.linkLang}" on a ${c.lang} page of its own text`);
  }
  return { problems, rank: found.rank, shown: found.shown, count, title: found.title };
}

/**
 * One case, one way of opening the site (http or file://), on `page` (1280 x 800, light colour
 * scheme): the search as a patient types it, then axe in light and dark, reflow at 320 px, and
 * the same search by keyboard only. Returns each check's problems and the time to the result.
 */
async function searchCase(page, c, way, shot) {
  const home = way.url(`${c.lang}/index.html`);
  const target = pageAddress(way.url(c.expect));
  const errors = [];
  const broken = [];
  const onError = (error) => errors.push(error.message);
  // The page's own files; not what axe fetches (XHR, which file:// refuses).
  const own = (request) => !['xhr', 'fetch'].includes(request.resourceType());
  // A load cancelled because the page moved on (the previous case's excerpts, still coming when
  // it ended: results show before their text chunks) is no missing file; a missing one fails
  // with ERR_FILE_NOT_FOUND or an HTTP error.
  const onFailed = (request) => {
    const reason = request.failure()?.errorText;
    if (own(request) && reason !== 'net::ERR_ABORTED') broken.push(`${request.url()} (${reason})`);
  };
  const onResponse = (response) => {
    if (response.status() >= 400 && own(response.request())) broken.push(`${response.url()} (HTTP ${response.status()})`);
  };
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  const out = { ms: null, rank: 0, shown: 0, count: 0 };
  try {
    out.finds = await guarded(async () => {
      await page.goto(home, { waitUntil: 'load' });
      await page.click('#site-search-q');
      await page.keyboard.type(c.query);
      out.ms = await submitAndFind(page, c.lang, target);
      const result = await resultProblems(page, c, target);
      Object.assign(out, { rank: result.rank, shown: result.shown, count: result.count, title: result.title });
      if (out.ms > SEARCH_TIME_LIMIT) result.problems.unshift(`the result took ${out.ms} ms, over ${SEARCH_TIME_LIMIT} ms`);
      return result.problems;
    });
    // The checks of the results page run on whatever it shows, found or not.
    if (!isSearchPage(new URL(page.url()), c.lang)) {
      const missing = [`not checked: the search did not reach the search page (at ${page.url()})`];
      return { ...out, light: missing, dark: missing, reflow: missing, keyboard: missing };
    }
    await guarded(() => resultsShown(page));
    out.light = await guarded(() => runAxe(page));
    out.reflow = await guarded(() => reflow320Problems(page));
    if (shot) {
      await guarded(async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.screenshot({ path: shot });
        await page.setViewportSize({ width: 1280, height: 800 });
        return [];
      });
    }
    out.dark = await guarded(async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      try {
        await page.reload({ waitUntil: 'load' });
        await resultsShown(page);
        return await runAxe(page);
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });
    out.keyboard = await guarded(() => keyboardSearch(page, c, home, target));
    if (errors.length) out.finds.push(`script errors: ${[...new Set(errors)].join('; ')}`);
    if (broken.length) out.finds.push(`files that did not load: ${[...new Set(broken)].join(', ')}`);
    return out;
  } finally {
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
}

/**
 * Keyboard only, from the top of the home page: Tab to the header's search box, type, Enter;
 * on the results page, Tab from the top to its search box, then once to its button and once
 * more to the first result, each showing a focus indicator.
 */
async function keyboardSearch(page, c, home, target) {
  const problems = [];
  await page.goto(home, { waitUntil: 'load' });
  if (!(await tabTo(page, '#site-search-q'))) {
    return [`the header's search box #site-search-q is not reached with 15 Tabs (focus is on ${await describeFocus(page)})`];
  }
  if (!(await focusShown(page))) problems.push('the focused header search box shows no focus indicator');
  await page.keyboard.type(c.query);
  await submitAndFind(page, c.lang, target);
  if (!(await tabTo(page, '#search-q'))) {
    return [...problems, `the search page's box #search-q is not reached with 15 Tabs (focus is on ${await describeFocus(page)})`];
  }
  await page.keyboard.press('Tab');
  if (!(await page.evaluate(() => !!document.activeElement?.matches('form.search-form button')))) {
    return [...problems, `Tab from #search-q focuses ${await describeFocus(page)}, not the search button`];
  }
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const link = document.querySelector('#search-results ol.search-list a');
    return { href: link?.getAttribute('href'), focused: !!link && document.activeElement === link };
  });
  if (!first.focused) {
    problems.push(`Tab from the search button focuses ${await describeFocus(page)}, not the first result (${first.href})`);
  } else if (!(await focusShown(page))) {
    problems.push('the focused first result shows no focus indicator');
  }
  return problems;
}

/**
 * Without JavaScript (on a page of a context with it off): the home page's search box, typed
 * into, and Enter lead to the language's search page, which shows its <noscript> notice and
 * links, in its A to Z list, to every leaflet the home page lists.
 */
async function searchWithoutJavaScript(page, lang, query, way) {
  const problems = [];
  await page.goto(way.url(`${lang}/index.html`), { waitUntil: 'load' });
  const leaflets = await page.evaluate(() =>
    [...document.querySelectorAll('ol.leaflet-list a, ul.leaflet-list a')].map((a) => a.href));
  if (!leaflets.length) problems.push('the home page lists no leaflet (ol.leaflet-list a, ul.leaflet-list a)');
  await page.click('#site-search-q');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => isSearchPage(url, lang), { waitUntil: 'load', timeout: SEARCH_WAIT })
    .catch(() => problems.push(`Enter in the header's search box leads to ${page.url()}, not the ${lang} search page`));
  if (problems.length) return problems;
  const sent = new URL(page.url()).searchParams.get('q');
  if (sent !== query) problems.push(`the search page's address carries q="${sent}", not the query typed "${query}"`);
  const notice = page.locator('main noscript .notice');
  if (!(await notice.count()) || !(await notice.first().isVisible()) || !(await notice.first().innerText()).trim()) {
    problems.push('the search page does not show its <noscript> notice (main noscript .notice)');
  }
  const topics = new Set(await page.evaluate(() =>
    [...document.querySelectorAll('section.topics a')].map((a) => {
      const url = new URL(a.href);
      url.hash = '';
      return url.href;
    })));
  const missing = [...new Set(leaflets.map((href) => {
    const url = new URL(href);
    url.hash = '';
    return url.href;
  }))].filter((href) => !topics.has(href));
  if (missing.length) problems.push(`the A to Z list (section.topics) has no link to ${missing.length} leaflet(s) of the home page: ${missing.join(', ')}`);
  return problems;
}

/**
 * The --search run: every case over http and over file://, on one page of one context, then
 * each language once per way without JavaScript; the report of SEARCH_CHECKS, each case's time
 * to its result, `search: N passed, M failed` (cases x ways) and `browser: ...` (checks x cases).
 */
async function checkSearch(casesFile) {
  let cases;
  try {
    cases = readSearchCases(casesFile);
  } catch (error) {
    console.error(`search cases ${casesFile}: ${error.message}`);
    return 2;
  }
  const started = Date.now();
  const shots = process.env.SCREENSHOTS;
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const ways = [
    { name: 'http', url: (path) => new URL(path, origin + basePath).href },
    { name: 'file', url: (path) => pathToFileURL(join(root, path)).href },
  ];
  const profile = mkdtempSync(join(tmpdir(), 'leafpress-chromium-'));
  const times = [];
  let casesPassed = 0;
  let casesFailed = 0;
  let browser;
  let exitCode = 1;
  try {
    browser = await launchBrowser(profile);
    console.log(`site: ${root} (${cases.length} search cases, served at ${origin}${basePath} and opened over file://)`);
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const page = await context.newPage();
    for (const [number, c] of cases.entries()) {
      for (const way of ways) {
        const label = `${way.name} ${c.lang} "${c.query}"`;
        const shot = shots && join(shots, `search-${number + 1}-${c.lang}-${way.name}-320.png`);
        const out = await searchCase(page, c, way, shot);
        record('search-finds', label, out.finds);
        record('search-axe-light', label, out.light);
        record('search-axe-dark', label, out.dark);
        record('search-reflow-320', label, out.reflow);
        record('search-keyboard', label, out.keyboard);
        const ok = [out.finds, out.light, out.dark, out.reflow, out.keyboard].every((p) => !p.length);
        if (ok) casesPassed += 1;
        else casesFailed += 1;
        times.push(`${ok ? 'ok  ' : 'FAIL'} ${label} -> ${c.expect}: ` + (out.ms === null ? 'not found' :
          `${out.ms} ms, result ${out.rank} of ${out.shown} shown (${out.count} found): "${out.title}"`));
      }
    }
    await context.close();
    const noScript = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const plain = await noScript.newPage();
    for (const lang of [...new Set(cases.map((c) => c.lang))]) {
      const query = cases.find((c) => c.lang === lang).query;
      for (const way of ways) {
        record('search-no-javascript', `${way.name} ${lang}`, await guarded(() => searchWithoutJavaScript(plain, lang, query, way)));
      }
    }
    await noScript.close();

    console.log('');
    const { passed, failed } = reportChecks(SEARCH_CHECKS);
    console.log(`     time from Enter to the expected result (limit ${SEARCH_TIME_LIMIT} ms):`);
    for (const line of times) console.log(`     ${line}`);
    console.log(`     ${Math.round((Date.now() - started) / 1000)} s in all`);
    console.log(`search: ${casesPassed} passed, ${casesFailed} failed`);
    console.log(`browser: ${passed} passed, ${failed} failed`);
    exitCode = failed ? 1 : 0;
  } catch (error) {
    console.error(`search checks could not run: ${error.stack || error}`);
    exitCode = 1;
  } finally {
    await shutDown(browser, server, profile);
  }
  return exitCode;
}

/**
 * Chromium with its home, config and cache in `profile` (playwright-core gives every launch a
 * fresh temporary profile, --user-data-dir, of its own).
 */
function launchBrowser(profile) {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, `--disk-cache-dir=${join(profile, 'cache')}`],
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, 'config'), XDG_CACHE_HOME: join(profile, 'cache') },
    timeout: 60_000,
  });
}

/** Closes the browser (if it started) and the server, and removes the browser's profile. */
async function shutDown(browser, server, profile) {
  if (browser) await browser.close().catch(() => {});
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(profile, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// The run

if (filePages.length) process.exit(await checkFilePages(filePages));

/** The `--file-pages` run: the pages over file://, each through the phone checks. */
async function checkFilePages(pages) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, timeout: 60_000 });
  const shots = process.env.SCREENSHOTS;
  let failed = 0;
  try {
    for (const path of pages) {
      const file = join(root, path);
      if (!existsSync(file)) {
        console.log(`FAIL ${path}: no such page`);
        failed += 1;
        continue;
      }
      const url = pathToFileURL(file).href;
      const problems = await guarded(() => checkUrgentHelp(browser, url));
      problems.push(...(await guarded(() => onFreshPage(browser, { viewport: { width: 360, height: 780 } }, async (page, context, found) => {
        await page.goto(url, { waitUntil: 'load' });
        found.push(...(await languageMarkingProblems(page)));
        if (shots) {
          const name = path.replace(/\/index\.html$/, '').replace(/[\/]/g, '-');
          await page.screenshot({ path: join(shots, `${name}-360.png`) });
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.screenshot({ path: join(shots, `${name}-1280.png`) });
        }
      }))));
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${path}`);
      for (const problem of problems) console.log(`       ${problem}`);
      if (problems.length) failed += 1;
    }
  } finally {
    await browser.close().catch(() => {});
  }
  console.log(`file pages: ${pages.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

const files = htmlFiles(root);
if (!files.length) {
  console.error(`no *.html pages under ${root}`);
  process.exit(1);
}
const basePath = detectBasePath(files);
if (searchCasesFile) process.exit(await checkSearch(searchCasesFile));
const sample = chooseSample(files);

/**
 * The pages that also get the checks that depend on the template and the language but not on
 * a page's own text (urgent-help on a phone, no-javascript, keyboard, a PDF), read from the
 * HTML, not from slugs (slugs are translated): every page that is not a leaflet (home pages,
 * editors' reports, the language chooser, 404, the translators' page: one or two per template
 * and language); every leaflet of the default language (the x-default alternate's) and of one
 * right-to-left language; and in each other language, for each kind of leaflet (alert card or
 * not, the audience label, text in the page's language or a fallback's, a notice or not) the
 * one with the longest text, and the leaflet with the most text above its urgent-help box.
 * Returns { pages: a map from file to { pdf } (whether to print it to PDF too: every alert card,
 * and each language's longest leaflet that is not one), defaultLang, rtlLang }.
 */
function chooseSample(all) {
  const pages = all.map((file) => {
    const html = readFileSync(file, 'utf8');
    const lang = (html.match(/<html[^>]*\slang="([^"]+)"/) || [])[1] || '';
    const leaflet = html.includes('<article class="leaflet"');
    const card = html.includes('class="alert-card"');
    const textLang = (html.match(/class="leaflet-text"[^>]*\slang="([^"]+)"/) || [])[1] || lang;
    const audience = (html.match(/class="audience"[^>]*>([^<]*)</) || [])[1] || '';
    const start = html.indexOf('class="leaflet-text"');
    const text = start < 0 ? '' : html.slice(start, html.indexOf('</article>', start) >>> 0).replace(/<[^>]*>/g, '');
    // The text above the urgent-help box (title, audience, notice, summary) decides how far
    // down a phone its emergency number is.
    const box = html.indexOf('class="urgent-help"');
    const above = box < 0 ? 0 : html.slice(html.indexOf('<main'), box).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').length;
    const xDefault = (html.match(/<link rel="alternate" hreflang="x-default" href="([^"]+)"/) || [])[1];
    const defaultLang = xDefault &&
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].find((m) => m[2] === xDefault && m[1] !== 'x-default')?.[1];
    return {
      file, lang, leaflet, card, defaultLang, length: text.length, above,
      rtl: /<html[^>]*\sdir="rtl"/.test(html),
      kind: [card ? 'alert card' : 'leaflet', audience, textLang === lang ? 'own text' : 'fallback', html.includes('class="notice"') ? 'notice' : ''].join('|'),
    };
  });
  const defaultLang = pages.find((p) => p.defaultLang)?.defaultLang || pages.find((p) => p.lang)?.lang;
  const rtlLang = pages.find((p) => p.rtl && p.leaflet)?.lang;
  const chosen = new Map();
  const longest = new Map(); // language|kind -> the page with the longest text
  for (const page of pages) {
    if (!page.leaflet || page.lang === defaultLang || page.lang === rtlLang) {
      chosen.set(page.file, { pdf: page.card });
      continue;
    }
    const key = `${page.lang}|${page.kind}`;
    if (!longest.has(key) || page.length > longest.get(key).length) longest.set(key, page);
  }
  for (const page of longest.values()) chosen.set(page.file, { pdf: page.card });
  // And in each language the leaflet with the most text above its urgent-help box.
  const mostAbove = new Map();
  for (const page of pages.filter((p) => p.leaflet && p.above)) {
    if (!mostAbove.has(page.lang) || page.above > mostAbove.get(page.lang).above) mostAbove.set(page.lang, page);
  }
  for (const page of mostAbove.values()) if (!chosen.has(page.file)) chosen.set(page.file, { pdf: page.card });
  // One PDF of an ordinary leaflet per language: its longest leaflet that is not a card.
  const pdfLanguages = new Set();
  for (const page of [...pages].filter((p) => p.leaflet && !p.card && chosen.has(p.file)).sort((a, b) => b.length - a.length)) {
    if (pdfLanguages.has(page.lang)) continue;
    pdfLanguages.add(page.lang);
    chosen.get(page.file).pdf = true;
  }
  return { pages: chosen, defaultLang, rtlLang };
}
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'leafpress-chromium-'));
let browser;
let exitCode = 1;
try {
  browser = await launchBrowser(profile);
  console.log(`site: ${root} (${files.length} pages, served at ${base}${basePath})`);

  const weights = [];
  console.log(`sample (urgent-help, no-javascript, keyboard, PDF): ${sample.pages.size} of ${files.length} pages: ` +
    `every page of ${sample.defaultLang} and ${sample.rtlLang || '(no right-to-left language)'}, every page that is not a leaflet, ` +
    'and in each other language the longest leaflet of each kind (alert card, audience, fallback, notice) ' +
    'and the one with the most text above its urgent-help box');
  // Pages are checked a few at a time (each in its own browser contexts): the browser waits
  // on the server and on layout as much as on the CPU.
  const concurrency = Math.max(1, Number(process.env.BROWSER_CONCURRENCY) || 3);
  let nextFile = 0;
  let done = 0;
  const checkFile = async (file) => {
    const path = urlPath(file);
    const url = base + path;
    const label = pageLabel(file);
    const sampled = sample.pages.get(file);

    // 1. Every page: one page at 1280 x 800, two loads (see checkPage).
    const one = await checkPage(browser, url, !!sampled?.pdf);
    record('axe-light', label, one.light);
    record('axe-dark', label, one.dark);
    record('reduced-motion', label, one.motion);
    record('language-marking', label, one.language);
    if (one.pageErrors.length) notes.push(`${label}: script errors: ${one.pageErrors.join('; ')}`);
    record('reflow-320', label, one.reflow);
    record('reflow-text-200', label, one.textZoom);
    if (one.isLeaflet) {
      if (one.print) {
        record('print', label, one.print.problems);
        if (one.print.card) record('alert-card-print', label, one.print.card);
      }
      record('navigation', label, one.navigation);
      record('line-length', label, one.lineLength);
      if (one.weight) {
        weights.push({ label, ...one.weight });
        record('weight', label, one.weight.total < WEIGHT_BUDGET ? [] :
          [`${one.weight.total} bytes >= ${WEIGHT_BUDGET} (${one.weight.parts.join(', ')})`]);
      } else {
        record('weight', label, ['the page did not load, so it was not weighed']);
      }
    }

    // 2. The sample: the checks of the template and the language, each on a fresh page.
    if (sampled) {
      record('urgent-help', label, await guarded(() => checkUrgentHelp(browser, url)));
      record('no-javascript', label, await guarded(() => checkNoJavaScript(browser, url)));
      record('keyboard', label, await guarded(() => checkKeyboard(browser, url)));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (nextFile < files.length) {
      const file = files[nextFile++];
      await checkFile(file);
      done += 1;
      if (done % 50 === 0) console.error(`browser: ${done} of ${files.length} pages checked`);
    }
  }));

  // 7. HTML validity, all pages in one run of the checker.
  const vnu = await runVnu(files);
  if (vnu.error) {
    for (const file of files) record('html-valid', pageLabel(file), [`vnu.jar did not run: ${vnu.error}`]);
  } else {
    const byFile = new Map(files.map((f) => [f, []]));
    for (const message of vnu.report.messages || []) {
      if (message.type !== 'error' && message.type !== 'non-document-error') continue;
      const file = message.url ? fileURLToPath(message.url) : null;
      const where = message.lastLine ? ` (line ${message.lastLine}${message.firstColumn ? `, column ${message.firstColumn}` : ''})` : '';
      const extract = message.extract ? `: \`${message.extract.replace(/\s+/g, ' ').trim()}\`` : '';
      const text = `${message.message}${where}${extract}`;
      if (file && byFile.has(file)) byFile.get(file).push(text);
      else notes.push(`vnu: ${text}`);
    }
    for (const [file, problems] of byFile) record('html-valid', pageLabel(file), problems);
  }

  // The report.
  console.log('');
  const { passed, failed } = reportChecks(CHECKS);
  if (weights.length) {
    const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
    console.log(`     heaviest leaflet page: ${heaviest.label}: ${heaviest.total} bytes (${heaviest.parts.join(', ')}; images and other files: ${heaviest.other} bytes)`);
  }
  for (const note of notes) console.log(`note: ${note}`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(`browser checks could not run: ${error.stack || error}`);
  exitCode = 1;
} finally {
  await shutDown(browser, server, profile);
}
process.exit(exitCode);
