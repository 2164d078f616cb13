// How long a search takes to show its first results, in each language of a built site, on a
// slow phone's processor: Chromium with its CPU throttled 4x (DevTools' "mid-tier mobile"),
// the site opened over file:// as from a USB stick.
//
//   node scripts/search-latency.mjs <built-site> [--runs N] [--throttle R]
//
// For each language (each <lang>/search/index.js), two queries: the word of the language's
// index found in the most sections (the most work for the ranking) and the longest word of its
// first leaflet's title (a typical query). Prints, per language and query, the median time from
// navigation start to the first result put on the page, and how much of it came after the page
// was parsed (loading the index and word lists, ranking: search's own share).
// Needs the npm packages of tests/browser (`npm ci --prefix tests/browser`) and Chromium.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../tests/browser/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('--runs', 3);
const throttle = option('--throttle', 4);
const site = args.find((a, i) => !a.startsWith('--') && !['--runs', '--throttle'].includes(args[i - 1]));
if (!site) {
  console.error('usage: node scripts/search-latency.mjs <built-site> [--runs N] [--throttle R]');
  process.exit(2);
}
const root = resolve(site);

/** The data a search file hands to the page. */
function data(file) {
  const text = readFileSync(file, 'utf8');
  const items = [];
  const window = { leafpressSearch: { push: (item) => items.push(item) } };
  new Function('window', text)(window);
  return items[0][2];
}

/** [most common word, a title word] of a language's index. */
function queries(folder) {
  const index = data(join(folder, 'index.js'));
  let common = null;
  for (let i = 0; i < index.shards.length; i++) {
    for (const [word, , postings] of data(join(folder, `terms-${i}.js`))) {
      if (word.length > 3 && (!common || postings.length > common[1])) common = [word, postings.length];
    }
  }
  const title = index.pages[0][1].split(/[\s,.:;()]+/u).sort((a, b) => b.length - a.length)[0];
  return [common[0], title];
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--allow-file-access-from-files'],
});
const languages = readdirSync(root).filter((l) => existsSync(join(root, l, 'search', 'index.js'))).sort();
console.log(`| language | query | first results, from navigation (ms, median of ${runs}) | of which after the page was parsed |`);
console.log('|---|---|---|---|');
const all = [];
const own = [];
for (const lang of languages) {
  const folder = join(root, lang, 'search');
  for (const query of queries(folder)) {
    const times = [];
    const afterReady = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The moment the first result is put on the page, noted by the page itself: asking
      // afterwards would wait for the main thread, busy with what comes after the results.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('#search-results ol.search-list li')) {
            window.firstResult = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const url = `${pathToFileURL(join(folder, 'index.html')).href}?q=${encodeURIComponent(query)}`;
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('#search-results ol.search-list li', { timeout: 30000 });
      const [first, ready] = await page.evaluate(() => [
        window.firstResult,
        performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
      ]);
      times.push(first);
      afterReady.push(first - ready);
      await context.close();
    }
    const time = median(times);
    all.push(time);
    own.push(median(afterReady));
    console.log(`| ${lang} | ${query} | ${Math.round(time)} | ${Math.round(median(afterReady))} |`);
  }
}
console.log(`\nFrom navigation: slowest ${Math.round(Math.max(...all))} ms, median ${Math.round(median(all))} ms; after the page was parsed (index, word lists, ranking): slowest ${Math.round(Math.max(...own))} ms, median ${Math.round(median(own))} ms (CPU throttled ${throttle}x).`);
await browser.close();
