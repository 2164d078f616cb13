/* leafpress search: the search page's script (docs/search.md is its contract).
 *
 * One classic script, ES5 syntax, no dependencies: it runs over file:// from a USB stick and on
 * old phones. The index is a set of data files (index.js, terms-<i>.js, text-<c>.js) that hand
 * their data over through the global array `window.leafpressSearch`, whichever loads first;
 * this script drains that array, then replaces its `push` so later files deliver straight to it.
 * It loads only the word-list shards the query's words need, ranks sections and pages, then
 * loads the text chunks of the results shown, for excerpts. Every piece of data reaches the page
 * through textContent and createElement, never innerHTML.
 *
 * Words are folded and cut exactly as leafpress does it in Rust when it builds the index; the
 * cases in tests/fixtures/search/fold-cases.json hold both sides to that. */
(function (root) {
  "use strict";

  /* ------------------------------------------------------------------------------------------
   * Folding and words. Unicode property escapes where the browser has them; otherwise ranges
   * covering Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic (browsers before 2018-2020). */

  var MARK_RANGES = "\\u0300-\\u036F\\u0483-\\u0489\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED\\u08CA-\\u08E1\\u08E3-\\u08FF\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20F0\\uFB1E\\uFE20-\\uFE2F";
  var WORD_RANGES = "0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0345\\u0363-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u05B0-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7\\u05D0-\\u05EA\\u05EF-\\u05F2\\u0610-\\u061A\\u0620-\\u0657\\u0659-\\u0669\\u066E-\\u06D3\\u06D5-\\u06DC\\u06E1-\\u06E8\\u06ED-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\u08D4-\\u08DF\\u08E3-\\u08E9\\u08F0-\\u08FF\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D-\\uFB28\\uFB2A-\\uFB36\\uFB38-\\uFB3C\\uFB3E\\uFB40\\uFB41\\uFB43\\uFB44\\uFB46-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFB\\uFE70-\\uFE74\\uFE76-\\uFEFC";

  /** A regular expression from a Unicode-aware source, or the fallback where \p is unknown. */
  function pattern(unicodeSource, fallbackSource) {
    try {
      return new RegExp(unicodeSource, "gu");
    } catch (e) {
      return new RegExp(fallbackSource, "g");
    }
  }

  /* Combining marks; a word (letters and digits: Rust's char::is_alphanumeric); a word of the
     unfolded text, whose marks are still there (for excerpts). */
  var MARKS = pattern("\\p{M}", "[" + MARK_RANGES + "]");
  var WORD = pattern("[\\p{Alphabetic}\\p{N}]+", "[" + WORD_RANGES + "]+");
  var TEXT_WORD = pattern("[\\p{Alphabetic}\\p{N}\\p{M}]+", "[" + WORD_RANGES + MARK_RANGES + "]+");

  /* Arabic articles, longest first: ال alone or after و ف ب ك, and لل. */
  var ARABIC_ARTICLES = ["\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0627\u0644", "\u0644\u0644"];

  /**
   * Folds text for matching (docs/search.md, "How words are matched", steps 1 and 2): NFD, lower
   * case, final sigma to sigma, combining marks removed, Arabic tatweel removed, ة to ه, ى to ي.
   */
  function fold(text) {
    var folded = String(text);
    if (folded.normalize) folded = folded.normalize("NFD");
    return folded
      .toLowerCase()
      .replace(/\u03C2/g, "\u03C3")
      .replace(MARKS, "")
      .replace(/\u0640/g, "")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0649/g, "\u064A");
  }

  function isArabic(lang) {
    lang = String(lang || "").toLowerCase();
    return lang === "ar" || lang.indexOf("ar-") === 0;
  }

  /** Removes a leading Arabic article when at least 2 letters stay (step 4). */
  function withoutArabicArticle(word) {
    for (var i = 0; i < ARABIC_ARTICLES.length; i++) {
      var article = ARABIC_ARTICLES[i];
      if (word.lastIndexOf(article, 0) === 0) {
        return word.length - article.length >= 2 ? word.slice(article.length) : word;
      }
    }
    return word;
  }

  /**
   * The folded words of `text`, in order, repeats included (steps 1 to 4); `lang` is the index's
   * language, and only Arabic ("ar") loses its articles.
   */
  function tokens(text, lang) {
    var words = fold(text).match(WORD) || [];
    if (isArabic(lang)) {
      for (var i = 0; i < words.length; i++) words[i] = withoutArabicArticle(words[i]);
    }
    return words;
  }

  /** The value of `q` in a query string ("?q=a+b"), read by hand: `+` is a space. */
  function parseQuery(search) {
    var parts = String(search || "").replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      var equals = parts[i].indexOf("=");
      var name = equals < 0 ? parts[i] : parts[i].slice(0, equals);
      if (decodeQueryPart(name) === "q") return equals < 0 ? "" : decodeQueryPart(parts[i].slice(equals + 1));
    }
    return "";
  }

  function decodeQueryPart(part) {
    part = part.replace(/\+/g, " ");
    try {
      return decodeURIComponent(part);
    } catch (e) {
      return part;
    }
  }

  /** Code points, not UTF-16 units: a shard key counts code points. */
  function codePoints(text) {
    return Array.from ? Array.from(text) : text.split("");
  }

  function startsWith(text, start) {
    return text.lastIndexOf(start, 0) === 0;
  }

  function dictionary() {
    return Object.create(null);
  }

  /* ------------------------------------------------------------------------------------------
   * Matching and ranking (docs/search.md, "How words are matched"): pure functions of the index
   * and the loaded shards, so they can be tested without a page. */

  /** What a query word needs from the word list: its prefixes and the weights' thresholds. */
  function queryWord(word) {
    var letters = codePoints(word);
    var shared = Math.max(4, letters.length - 2);
    return {
      word: word,
      length: letters.length,
      /* entries starting with this share at least `shared` letters (words of >= 5 letters) */
      sharedStart: letters.length >= 5 ? letters.slice(0, shared).join("") : null
    };
  }

  /**
   * The shards (indices into index.shards) that can hold a word starting with `start`: the shard
   * of its first `key` letters, or, for a start shorter than the key, every shard whose key
   * begins with it. With `exact`, only words equal to `start` count, so a short start needs only
   * the shard of the whole word.
   */
  function shardsFor(index, start, exact) {
    var key = index.key | 0, shards = index.shards || [], found = [];
    if (key <= 0) return shards.length ? [0] : [];
    var letters = codePoints(start);
    var wanted = letters.slice(0, key).join("");
    for (var i = 0; i < shards.length; i++) {
      var shardKey = String(shards[i]);
      if (shardKey === wanted || (!exact && letters.length < key && startsWith(shardKey, wanted))) found.push(i);
    }
    return found;
  }

  /** The shards a query word's equal, prefix and shared-start matches can be in. */
  function shardsForWord(index, word) {
    var query = queryWord(word);
    if (query.sharedStart !== null) return shardsFor(index, query.sharedStart, false);
    if (query.length >= 3) return shardsFor(index, word, false);
    return shardsFor(index, word, true);
  }

  /** The stem an entry belongs to: its stem, or the word itself when the stem is empty. */
  function stemOf(entry) {
    return entry[1] || entry[0];
  }

  /** The stems of the entries equal to a query word, from the loaded shards. */
  function stemsOfEqual(word, shardNumbers, loaded) {
    var stems = [];
    eachEntry(shardNumbers, loaded, function (entry) {
      if (entry[0] === word) stems.push(stemOf(entry));
    });
    return stems;
  }

  function eachEntry(shardNumbers, loaded, visit) {
    for (var i = 0; i < shardNumbers.length; i++) {
      var entries = loaded[shardNumbers[i]];
      if (!entries || !entries.length) continue;
      for (var j = 0; j < entries.length; j++) {
        if (entries[j] && typeof entries[j][0] === "string") visit(entries[j]);
      }
    }
  }

  /** How well an entry matches a query word: 1, 0.9, 0.7, 0.5 or 0 (no match). */
  function weight(entry, query, stems) {
    var word = entry[0];
    if (word === query.word) return 1;
    if (stems[stemOf(entry)]) return 0.9;
    if (query.length >= 3 && startsWith(word, query.word)) return 0.7;
    if (query.sharedStart !== null && startsWith(word, query.sharedStart)) return 0.5;
    return 0;
  }

  /**
   * Ranks the pages for the query words. `shardsOf[w]` are the shard numbers to look in for word
   * w; `loaded[i]` the entries of shard i (missing or null: not loaded). Returns the pages found,
   * best first, each as {page, section, score}, and `matched`: the index words that matched.
   */
  function rank(index, words, shardsOf, loaded) {
    var sectionCount = +index.sections || 0;
    var totals = dictionary(), counts = dictionary(), matched = dictionary();
    for (var w = 0; w < words.length; w++) {
      var query = queryWord(words[w]), stems = dictionary(), scores = dictionary(), found = 0;
      var shardNumbers = shardsOf[words[w]] || [];
      var equalStems = stemsOfEqual(query.word, shardNumbers, loaded);
      for (var s = 0; s < equalStems.length; s++) stems[equalStems[s]] = true;
      eachEntry(shardNumbers, loaded, function (entry) {
        var entryWeight = weight(entry, query, stems), postings = entry[2] || [];
        if (!entryWeight) return;
        matched[entry[0]] = true;
        var section = 0;
        for (var p = 0; p < postings.length; p++) {
          // distance from the previous posting's section × 64 + score (docs/search.md)
          section += Math.floor(postings[p] / SCORE_LIMIT);
          var score = entryWeight * (postings[p] % SCORE_LIMIT);
          if (!(section >= 0 && section < sectionCount)) continue;
          if (!(section in scores)) found++;
          if (!(section in scores) || score > scores[section]) scores[section] = score;
        }
      });
      var idf = Math.log(1 + sectionCount / (1 + found));
      for (var section in scores) {
        totals[section] = (totals[section] || 0) + idf * scores[section];
        counts[section] = (counts[section] || 0) + 1;
      }
    }
    return { pages: bestPages(index, totals, counts), matched: matched };
  }

  /**
   * Sections with all the words, or when none has all, those with the most; then one result per
   * page, scored by its best section; best first, then in the index's page order.
   */
  function bestPages(index, totals, counts) {
    var most = 0, best = dictionary(), pages = [];
    for (var key in counts) most = Math.max(most, counts[key]);
    for (var sectionKey in totals) {
      var section = +sectionKey, page = pageOf(index, section), score = totals[sectionKey];
      if (counts[sectionKey] !== most || !index.pages[page]) continue;
      var current = best[page];
      if (!current || score > current.score || (score === current.score && section < current.section)) {
        best[page] = { page: page, section: section, score: score };
      }
    }
    for (var pageKey in best) pages.push(best[pageKey]);
    pages.sort(function (a, b) {
      return b.score - a.score || a.page - b.page;
    });
    return pages;
  }

  /** The last number of `firsts` (ascending) that is at most `n`, as its position; -1 if none. */
  function lastAtMost(firsts, n, at) {
    var low = 0, high = firsts.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1, value = at ? at(firsts[middle]) : firsts[middle];
      if (value <= n) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The page a section is on: the last page whose first section is at most it. */
  function pageOf(index, section) {
    return lastAtMost(index.pages, section, function (page) {
      return page[4];
    });
  }

  /** The text chunk holding a section. */
  function chunkOf(index, section) {
    return lastAtMost(index.chunks || [], section);
  }

  /**
   * About `size` words of `text` around the first matched word (or from the start), as pieces
   * {text, mark}: `…` where the text is cut; runs of white space become one space.
   */
  function excerpt(text, lang, matched, size) {
    var words = [], first = -1, found;
    TEXT_WORD.lastIndex = 0;
    while ((found = TEXT_WORD.exec(text))) {
      var parts = tokens(found[0], lang), hit = false;
      for (var i = 0; i < parts.length; i++) if (matched[parts[i]]) hit = true;
      if (hit && first < 0) first = words.length;
      words.push({ start: found.index, end: found.index + found[0].length, mark: hit });
      if (first >= 0 && words.length > Math.max(0, first - 8) + size) break;
    }
    TEXT_WORD.lastIndex = 0;
    if (!words.length) return [];
    var from = Math.max(0, (first < 0 ? 0 : first) - 8);
    var to = Math.min(words.length, from + size);
    from = Math.max(0, to - size);
    var pieces = [], position = from === 0 ? 0 : words[from].start;
    if (from > 0) pieces.push({ text: "…", mark: false });
    for (var w = from; w < to; w++) {
      var word = words[w];
      pushPiece(pieces, text.slice(position, word.start), false);
      pushPiece(pieces, text.slice(word.start, word.end), word.mark);
      position = word.end;
    }
    /* the loop above stops early only once it has a word past the excerpt */
    pushPiece(pieces, to < words.length ? "…" : text.slice(position), false);
    return pieces;
  }

  function pushPiece(pieces, text, mark) {
    text = text.replace(/\s+/g, " ");
    if (!text) return;
    var last = pieces[pieces.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else pieces.push({ text: text, mark: mark });
  }

  /** The text direction of a language code. */
  function direction(lang) {
    return /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i.test(lang) ? "rtl" : "ltr";
  }

  /**
   * The count message: `patterns` holds the message for each CLDR plural category, and for no
   * result at all under "0" (or, as first documented, "zero"; Latvian's CLDR "zero" category,
   * 10, 11-19, 20, 30, ..., needs the two apart).
   */
  function countMessage(patterns, count, query, lang) {
    var text;
    if (count === 0) text = own(patterns, "0") || own(patterns, "zero");
    if (text === undefined) {
      var category = "other";
      try {
        if (typeof Intl === "object" && Intl.PluralRules) category = new Intl.PluralRules(lang).select(count);
      } catch (e) {
        category = "other";
      }
      if (category === "zero" && !own(patterns, "0")) category = "other";
      text = own(patterns, category) || own(patterns, "other") || "";
    }
    return String(text).split("{count}").join(String(count)).split("{query}").join(query);
  }

  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  /* ------------------------------------------------------------------------------------------
   * The page: data files, loading, and writing the results. */

  var MAX_PAGES = 20;
  var SCORE_LIMIT = 64;
  var EXCERPT_WORDS = 25;
  var MAX_QUERY_WORDS = 12;

  function SearchPage(container) {
    this.container = container;
    this.status = document.getElementById("search-status");
    this.lang = document.documentElement.getAttribute("lang") || "";
    this.base = dataFolder();
    this.delivered = dictionary();
    this.failed = dictionary();
    this.waiting = dictionary();
    this.requested = dictionary();
  }

  /** Where the data files are: beside index.js (the search page's folder, by the format). */
  function dataFolder() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      var source = scripts[i].getAttribute("src") || "";
      if (/(^|\/)index\.js([?#].*)?$/.test(source)) return source.slice(0, source.replace(/[?#].*$/, "").lastIndexOf("/") + 1);
    }
    return "";
  }

  /** Takes the data the files have pushed so far, and every later push. */
  SearchPage.prototype.listen = function () {
    var page = this, queue = root.leafpressSearch;
    if (!queue || typeof queue.length !== "number") queue = [];
    var earlier = Array.prototype.slice.call(queue);
    queue.length = 0;
    queue.push = function () {
      for (var i = 0; i < arguments.length; i++) page.receive(arguments[i]);
      return 0;
    };
    root.leafpressSearch = queue;
    for (var i = 0; i < earlier.length; i++) this.receive(earlier[i]);
  };

  SearchPage.prototype.receive = function (item) {
    if (!item || typeof item[0] !== "string") return;
    var id = item[0] + "/" + item[1];
    if (id in this.delivered) return;
    this.delivered[id] = item[2];
    this.settle(id);
  };

  SearchPage.prototype.settle = function (id) {
    var callbacks = this.waiting[id] || [];
    delete this.waiting[id];
    for (var i = 0; i < callbacks.length; i++) callbacks[i]();
  };

  /** The data of a file, or null when it failed or has not come (yet). */
  SearchPage.prototype.data = function (kind, number) {
    var id = kind + "/" + number;
    return id in this.delivered ? this.delivered[id] : null;
  };

  /** Calls `done` when file kind-number has delivered its data or failed; loads it once. */
  SearchPage.prototype.load = function (kind, number, done) {
    var page = this, id = kind + "/" + number;
    if (id in this.delivered || this.failed[id]) return done();
    (this.waiting[id] = this.waiting[id] || []).push(done);
    if (this.requested[id] || kind === "index") return;
    this.requested[id] = true;
    var script = document.createElement("script");
    function fail() {
      if (id in page.delivered || page.failed[id]) return;
      page.failed[id] = true;
      page.settle(id);
    }
    script.onload = fail; /* a file that ran without pushing its data failed too */
    script.onerror = fail;
    script.src = this.base + kind + "-" + number + ".js";
    (document.head || document.documentElement).appendChild(script);
  };

  /** Loads every file of a kind in `numbers`, then calls `done`. */
  SearchPage.prototype.loadAll = function (kind, numbers, done) {
    var left = numbers.length + 1;
    function one() {
      if (--left === 0) done();
    }
    for (var i = 0; i < numbers.length; i++) this.load(kind, numbers[i], one);
    one();
  };

  /** Waits for index.js (loaded by the page before this script); null if it never comes. */
  SearchPage.prototype.whenIndex = function (done) {
    var page = this;
    function give() {
      var index = page.data("index", 0);
      done(index && index.version === 2 && index.pages && index.chunks ? index : null);
    }
    this.load("index", 0, give);
    if (!("index/0" in this.delivered)) {
      var giveUp = function () {
        if ("index/0" in page.delivered) return;
        page.failed["index/0"] = true;
        page.settle("index/0");
      };
      if (document.readyState === "complete") giveUp();
      else root.addEventListener("load", giveUp);
    }
  };

  SearchPage.prototype.run = function (query) {
    var page = this;
    this.query = query;
    this.say(this.container.getAttribute("data-loading") || "");
    this.whenIndex(function (index) {
      if (!index) return page.show(null, [], dictionary());
      var words = unique(tokens(query, index.lang)).slice(0, MAX_QUERY_WORDS);
      page.findWords(index, words, function (shardsOf, loaded) {
        var ranked = rank(index, words, shardsOf, loaded);
        var shown = ranked.pages.slice(0, MAX_PAGES), chunks = [];
        for (var i = 0; i < shown.length; i++) chunks.push(chunkOf(index, shown[i].section));
        // The titles at once; the headings and excerpts when their chunks have come.
        page.show(index, ranked.pages, ranked.matched);
        page.loadAll("text", unique(chunks), function () {
          page.complete(index, ranked.pages, ranked.matched);
        });
      });
    });
  };

  /**
   * Loads the shards the words need, then those of the stems of the entries equal to them (a
   * stem's other forms start like the stem), and calls `done(shardsOf, loaded)`.
   */
  SearchPage.prototype.findWords = function (index, words, done) {
    var page = this, shardsOf = dictionary(), loaded = [];
    function wanted() {
      var all = [];
      for (var w in shardsOf) all = all.concat(shardsOf[w]);
      return unique(all);
    }
    function collect(numbers) {
      for (var i = 0; i < numbers.length; i++) loaded[numbers[i]] = page.data("terms", numbers[i]);
    }
    for (var i = 0; i < words.length; i++) shardsOf[words[i]] = shardsForWord(index, words[i]);
    this.loadAll("terms", wanted(), function () {
      collect(wanted());
      for (var w = 0; w < words.length; w++) {
        var stems = stemsOfEqual(words[w], shardsOf[words[w]], loaded);
        for (var s = 0; s < stems.length; s++) {
          shardsOf[words[w]] = unique(shardsOf[words[w]].concat(shardsFor(index, stems[s], false)));
        }
      }
      page.loadAll("terms", wanted(), function () {
        collect(wanted());
        done(shardsOf, loaded);
      });
    });
  };

  /** Writes the results (or the help for none) and announces their count. */
  SearchPage.prototype.show = function (index, pages, matched) {
    var container = this.container;
    while (container.firstChild) container.removeChild(container.firstChild);
    if (pages.length) {
      var list = element("ol", "search-list");
      for (var i = 0; i < pages.length && i < MAX_PAGES; i++) list.appendChild(this.result(index, pages[i], matched));
      container.appendChild(list);
    } else {
      var help = element("p", "search-none-help");
      help.textContent = container.getAttribute("data-none-help") || "";
      container.appendChild(help);
    }
    var patterns = {};
    try {
      patterns = JSON.parse(container.getAttribute("data-results") || "{}");
    } catch (e) {
      patterns = {};
    }
    this.say(countMessage(patterns, pages.length, this.query, this.lang));
    afterPaint(showTopics);
  };

  /**
   * Adds the headings and excerpts to the results on the page once their chunks have come, in
   * place: a reader who has already tabbed to a result keeps it focused.
   */
  SearchPage.prototype.complete = function (index, pages, matched) {
    var items = this.container.querySelectorAll("ol.search-list > li");
    for (var i = 0; i < items.length && i < pages.length; i++) this.details(items[i], index, pages[i], matched);
  };

  /** One result: the page's title as a link, its label, the section's heading, an excerpt. */
  SearchPage.prototype.result = function (index, found, matched) {
    var page = index.pages[found.page];
    var item = document.createElement("li"), link = document.createElement("a");
    link.setAttribute("href", page[0]);
    link.textContent = page[1];
    markLanguage(link, page[2] || "");
    item.appendChild(link);
    if (page[3]) {
      var label = element("span", "in-other-language");
      label.textContent = page[3];
      item.appendChild(document.createTextNode(" "));
      item.appendChild(label);
    }
    this.details(item, index, found, matched);
    return item;
  };

  /**
   * A result's section, when its chunk is here: the link goes to the section, and its heading
   * and an excerpt follow the title (once).
   */
  SearchPage.prototype.details = function (item, index, found, matched) {
    var page = index.pages[found.page];
    var chunk = this.data("text", chunkOf(index, found.section));
    // [id, heading, text], or nothing when its chunk has not come (or did not load)
    var section = chunk && own(chunk, String(found.section));
    if (!section || item.querySelector(".search-heading, .search-excerpt")) return;
    var textLang = page[2] || "";
    if (section[0]) item.firstChild.setAttribute("href", page[0] + "#" + section[0]);
    if (section[1]) {
      var heading = element("p", "search-heading");
      heading.textContent = section[1];
      markLanguage(heading, textLang);
      item.appendChild(heading);
    }
    var text = section[2];
    if (typeof text === "string" && text) {
      var pieces = excerpt(text, index.lang, matched, EXCERPT_WORDS), paragraph = element("p", "search-excerpt");
      for (var i = 0; i < pieces.length; i++) {
        if (pieces[i].mark) {
          var mark = document.createElement("mark");
          mark.textContent = pieces[i].text;
          paragraph.appendChild(mark);
        } else {
          paragraph.appendChild(document.createTextNode(pieces[i].text));
        }
      }
      markLanguage(paragraph, textLang);
      if (pieces.length) item.appendChild(paragraph);
    }
  };

  /** Puts `text` in the live region, unless it says that already (so it is announced once). */
  SearchPage.prototype.say = function (text) {
    if (this.status && this.status.textContent !== text) this.status.textContent = text;
  };

  function element(name, className) {
    var made = document.createElement(name);
    made.className = className;
    return made;
  }

  /** Marks text in another language than the page's (a fallback page's text). */
  function markLanguage(node, lang) {
    if (!lang) return;
    node.setAttribute("lang", lang);
    node.setAttribute("dir", direction(lang));
  }

  function unique(values) {
    var seen = dictionary(), out = [];
    for (var i = 0; i < values.length; i++) {
      if (values[i] === "" || values[i] === undefined || values[i] === null || seen[values[i]]) continue;
      seen[values[i]] = true;
      out.push(values[i]);
    }
    return out;
  }

  function readQuery() {
    var search = root.location ? root.location.search : "";
    if (root.URLSearchParams) return new root.URLSearchParams(search).get("q") || "";
    return parseQuery(search);
  }

  function start() {
    var container = document.getElementById("search-results");
    if (!container) return;
    var page = new SearchPage(container);
    page.listen();
    var query = readQuery().replace(/^\s+|\s+$/g, "").slice(0, 500);
    var input = document.getElementById("search-q");
    if (input) input.value = query;
    // The A to Z list comes in a <noscript>, which the browser does not even parse when it runs
    // scripts: on a slow phone, laying out hundreds of links would hold up the results. It is
    // put on the page after they are shown (`show`), at once when there is no query.
    if (query) page.run(query);
    else showTopics();
  }

  /** Calls `then` after the browser has painted what is on the page now. */
  function afterPaint(then) {
    if (root.requestAnimationFrame) {
      root.requestAnimationFrame(function () {
        setTimeout(then, 0);
      });
    } else {
      setTimeout(then, 0);
    }
  }

  /** Puts the A to Z list (the template's `noscript.search-topics`) on the page, once. */
  function showTopics() {
    var source = document.querySelector("noscript.search-topics");
    var place = document.getElementById("search-topics");
    if (!source || !place || place.firstChild) return;
    // The template's own markup (no reader's data): the page as the browser would have shown it.
    place.innerHTML = source.textContent;
  }

  if (typeof document !== "undefined" && document.getElementById) start();

  if (typeof module === "object" && module.exports) {
    module.exports = {
      fold: fold,
      tokens: tokens,
      parseQuery: parseQuery,
      rank: rank,
      excerpt: excerpt,
      shardsFor: shardsFor,
      shardsForWord: shardsForWord,
      countMessage: countMessage
    };
  }
})(typeof window !== "undefined" ? window : this);
