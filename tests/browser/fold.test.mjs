#!/usr/bin/env node
// The search page's script (themes/default/static/search.js) without a browser: it folds and
// cuts words exactly as tests/fixtures/search/fold-cases.json says (the Rust side reads the same
// file, so both fold alike), reads `q` by hand, picks the count message, and matches and ranks
// as docs/search.md says.
//
//   node tests/browser/fold.test.mjs
//
// Prints each failure and a last line `fold: N passed, M failed`; exit code 1 when any failed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');
const search = require(join(repository, 'themes', 'default', 'static', 'search.js'));
const source = readFileSync(join(repository, 'themes', 'default', 'static', 'search.js'), 'utf8');
const cases = JSON.parse(readFileSync(join(repository, 'tests', 'fixtures', 'search', 'fold-cases.json'), 'utf8'));

let passed = 0;
let failed = 0;
function check(name, test) {
  try {
    test();
    passed++;
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n  ${String(error.message).split('\n').join('\n  ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Folding: every case of the shared file

check('the fixture has at least 25 cases, each with lang, text and tokens', () => {
  assert.ok(Array.isArray(cases) && cases.length >= 25, `${cases.length} cases`);
  for (const one of cases) {
    assert.equal(typeof one.lang, 'string');
    assert.equal(typeof one.text, 'string');
    assert.ok(Array.isArray(one.tokens));
  }
});
for (const one of cases) {
  check(`tokens(${JSON.stringify(one.text)}, "${one.lang}")`, () => {
    assert.deepEqual(search.tokens(one.text, one.lang), one.tokens, one.note);
  });
}
check('the fixture covers the languages and cases the brief names', () => {
  const texts = cases.map((one) => one.text).join(' ');
  for (const needed of ['ß', "l'immunothérapie", 'biegunkę', 'průjem', 'Παρενέργειες', 'й', 'ї',
    'l-immunoterapija', 't-ospidéal', 'الإسهال', 'والطبيب', 'بالدواء', '38 °C', '112']) {
    assert.ok(texts.includes(needed), `no case with ${needed}`);
  }
});
// Browsers without Unicode property escapes (\p{...}, before 2018-2020) get the script's
// character ranges instead: they must fold every case alike.
function withoutPropertyEscapes() {
  const sandbox = { module: { exports: {} } };
  sandbox.RegExp = function (pattern, flags) {
    if (String(flags).includes('u')) throw new SyntaxError('no \\p{...} here');
    return new RegExp(pattern, flags);
  };
  vm.runInNewContext(source, sandbox);
  return sandbox.module.exports;
}
const fallback = withoutPropertyEscapes();
for (const one of cases) {
  check(`without \\p{...}: tokens(${JSON.stringify(one.text)}, "${one.lang}")`, () => {
    assert.deepEqual([...fallback.tokens(one.text, one.lang)], one.tokens, one.note);
  });
}
check('without \\p{...}: excerpts still mark the matched words', () => {
  const pieces = fallback.excerpt('Bei Durchfall: viel trinken.', 'de', { durchfall: true }, 25);
  assert.deepEqual(Array.from(pieces.filter((p) => p.mark), (p) => p.text), ['Durchfall']);
});
check('fold: NFD, lower case, final sigma, marks, tatweel, ة and ى', () => {
  assert.equal(search.fold('Éé\u0065\u0301 ΟΔΟΣ ὁδός'), 'eee οδοσ οδοσ');
  assert.equal(search.fold('مدرســة مستشفى'), 'مدرسه مستشفي');
});

// ---------------------------------------------------------------------------------------------
// The query string, read by hand (browsers without URLSearchParams)

check('parseQuery: + is a space, percent escapes decode, q is found among others', () => {
  assert.equal(search.parseQuery('?q=Durchfall+beim+Kind'), 'Durchfall beim Kind');
  assert.equal(search.parseQuery('?lang=de&q=%C3%9Cbelkeit%20%2B%20Fieber'), 'Übelkeit + Fieber');
  assert.equal(search.parseQuery('?q=%E0%A4%A'), '%E0%A4%A');
  assert.equal(search.parseQuery('?x=1'), '');
  assert.equal(search.parseQuery(''), '');
});

// ---------------------------------------------------------------------------------------------
// The count message

const english = { zero: 'Nothing found for “{query}”.', one: 'One page found for “{query}”.', other: '{count} pages found for “{query}”.' };
check('countMessage: "zero" for no result, then the CLDR category', () => {
  assert.equal(search.countMessage(english, 0, 'rash', 'en'), 'Nothing found for “rash”.');
  assert.equal(search.countMessage(english, 1, 'rash', 'en'), 'One page found for “rash”.');
  assert.equal(search.countMessage(english, 12, '$& {count}', 'en'), '12 pages found for “$& {count}”.');
});
check('countMessage: Latvian 10 is CLDR "zero", not "no result"', () => {
  const latvian = { 0: 'none', zero: '{count} zero-form', one: '{count} one-form', other: '{count} other-form' };
  assert.equal(search.countMessage(latvian, 0, 'x', 'lv'), 'none');
  assert.equal(search.countMessage(latvian, 10, 'x', 'lv'), '10 zero-form');
  assert.equal(search.countMessage(latvian, 21, 'x', 'lv'), '21 one-form');
  // the first documented shape, where "zero" meant no result: 10 takes "other", not "none"
  const old = { zero: 'none', one: '{count} one-form', other: '{count} other-form' };
  assert.equal(search.countMessage(old, 10, 'x', 'lv'), '10 other-form');
});

// ---------------------------------------------------------------------------------------------
// Matching and ranking, on a small index in the docs/search.md format

// Postings as the index writes them: [section, score, ...] pairs become, for each, the distance
// from the previous posting's section × 64 + the score.
function postings(pairs) {
  const out = [];
  let previous = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    out.push((pairs[i] - previous) * 64 + pairs[i + 1]);
    previous = pairs[i];
  }
  return out;
}
check('postings: the helper writes the documented example', () => {
  assert.deepEqual(postings([0, 11, 4, 10]), [11, 266]);
});

// Sections: 0 Durchfall's top, 1 its urgent "Wann Sie sofort Hilfe holen", 2 Kinder's top,
// 3 "Durchfall bei Kindern", 4 Clinical trials' top; chunk 1 starts at section 4.
const index = {
  version: 2,
  lang: 'de',
  key: 2,
  shards: ['bi', 'du', 'ki', 'ne'],
  sections: 5,
  chunks: [0, 4],
  pages: [['../durchfall/', 'Durchfall', '', '', 0], ['../kinder/', 'Kinder', '', '', 2], ['../studien/', 'Clinical trials', 'en', '(Englisch)', 4]],
};
const shards = [
  [['biegunka', '', postings([4, 1])], ['biegunki', '', postings([4, 1])]],
  [['durchfall', '', postings([0, 11, 1, 4, 3, 5])], ['durchfalls', 'durchfall', postings([2, 1])], ['durchgang', '', postings([4, 1])]],
  [['kind', '', postings([2, 1])], ['kinder', 'kind', postings([2, 10, 3, 5])], ['kindern', 'kind', postings([3, 5])]],
  [['nebenwirkung', 'nebenwirk', postings([4, 1])], ['nebenwirkungen', 'nebenwirk', postings([0, 2])]],
];
function ranked(query) {
  const words = [...new Set(search.tokens(query, index.lang))];
  const shardsOf = Object.create(null);
  for (const word of words) shardsOf[word] = search.shardsForWord(index, word);
  return search.rank(index, words, shardsOf, shards);
}

check('shardsFor: the shard of the first key letters; a shorter start finds every shard it begins', () => {
  assert.deepEqual(search.shardsFor(index, 'durchfall', false), [1]);
  assert.deepEqual(search.shardsFor(index, 'd', false), [1]);
  assert.deepEqual(search.shardsFor(index, 'd', true), []);
  assert.deepEqual(search.shardsFor(index, 'zz', false), []);
  assert.deepEqual(search.shardsFor({ key: 0, shards: [''] }, 'anything', false), [0]);
});
check('one word: equal 1.0, same stem 0.9; page score is its best section; best first', () => {
  const result = ranked('Durchfall');
  assert.deepEqual(result.pages.map((p) => [p.page, p.section]), [[0, 0], [1, 3]]);
  assert.ok(result.matched.durchfall && result.matched.durchfalls);
  assert.ok(!result.matched.durchgang, 'durchgang shares only 5 letters of 9 (needs 7)');
});
check('a start of 3 or more letters finds longer words (0.7)', () => {
  const result = ranked('nebenwirk');
  assert.deepEqual(result.pages.map((p) => p.page), [0, 2]);
});
check('a shared start of max(4, length - 2) letters, for words of 5 or more (0.5)', () => {
  const result = ranked('biegunkę');
  assert.deepEqual(result.pages.map((p) => p.page), [2]);
  assert.ok(result.matched.biegunka && result.matched.biegunki);
  assert.deepEqual(ranked('bie').pages.map((p) => p.page), [2]);
  assert.deepEqual(ranked('bi').pages, [], 'two letters: equal words only');
});
check('several words: sections with all of them, one result per page, at its best section', () => {
  // page 1's top has "Kinder" in its title (10) and "Durchfalls" once: it beats its section 3
  assert.deepEqual(ranked('Durchfall Kinder').pages.map((p) => [p.page, p.section]), [[1, 2]]);
});
check('when no section has every word, those with the most', () => {
  const result = ranked('Durchfall Zahnschmerzen');
  assert.deepEqual(result.pages.map((p) => p.page), [0, 1]);
});
check('nothing found', () => {
  assert.deepEqual(ranked('Zahnschmerzen').pages, []);
  assert.deepEqual(ranked('?!').pages, []);
});
check('a stem whose forms are in another shard than the word (they are found through the stem)', () => {
  const stemIndex = { ...index, shards: ['di', 'dy'], pages: [['../a/', 'A', '', '', 0]], sections: 2, chunks: [0] };
  const stemShards = [[['die', '', postings([0, 1])], ['died', 'die', postings([1, 1])]], [['dying', 'die', postings([1, 1])]]];
  const shardsOf = Object.create(null);
  shardsOf.dying = search.shardsForWord(stemIndex, 'dying');
  assert.deepEqual(shardsOf.dying, [1]);
  shardsOf.dying = [...new Set(shardsOf.dying.concat(search.shardsFor(stemIndex, 'die', false)))];
  const result = search.rank(stemIndex, ['dying'], shardsOf, stemShards);
  assert.ok(result.matched.died && result.matched.die, 'forms of the stem die');
});

// ---------------------------------------------------------------------------------------------
// Excerpts

const long = Array.from({ length: 60 }, (_, i) => `wort${i}`).join(' ');
check('excerpt: about 25 words around the first match, … where cut, the match marked', () => {
  const pieces = search.excerpt(long.replace('wort30', 'Durchfall'), 'de', { durchfall: true }, 25);
  const text = pieces.map((p) => p.text).join('');
  assert.ok(text.startsWith('…wort22 '), text);
  assert.ok(text.endsWith('wort46…'), text);
  assert.deepEqual(pieces.filter((p) => p.mark).map((p) => p.text), ['Durchfall']);
});
check('excerpt: a short text whole, the original spelling marked, Arabic articles too', () => {
  const pieces = search.excerpt('Bei  Durchfall\nviel trinken.', 'de', { durchfall: true }, 25);
  assert.deepEqual(pieces, [{ text: 'Bei ', mark: false }, { text: 'Durchfall', mark: true }, { text: ' viel trinken.', mark: false }]);
  const arabic = search.excerpt('عند الإسهال اشرب الماء', 'ar', { اسهال: true }, 25);
  assert.deepEqual(arabic.filter((p) => p.mark).map((p) => p.text), ['الإسهال']);
});
check('excerpt: no match in the text (title or heading matched): from the start', () => {
  const text = search.excerpt(long, 'de', { durchfall: true }, 25).map((p) => p.text).join('');
  assert.ok(text.startsWith('wort0 ') && text.endsWith('wort24…'), text);
});

console.log(`fold: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
