// JobBoard search: queries the index that `build` writes under /search/ (see
// src/JobBoard/Search/SearchIndexWriter.cs for the files). Plain JavaScript, no build step.
// Posting data is only ever inserted as text (textContent, text nodes), never as HTML.
(function () {
  'use strict';

  // ---- Text rules: a mirror of src/JobBoard/Search/SearchText.cs (the browser tests compare them).
  var FOLD = {};
  ('a àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ|ae æǽ|c çćĉċč|d ďđð|e èéêëēĕėęěẹẻẽếềểễệ|g ĝğġģ|h ĥħ|i ìíîïĩīĭįıỉịİ|ij ĳ|j ĵ|k ķ|' +
    'l ĺļľŀł|n ñńņňŉ|o òóôõöøōŏőơọỏốồổỗộớờởỡợ|oe œ|r ŕŗř|s śŝşšș|ss ß|t ţťŧț|th þ|u ùúûüũūŭůűųưụủứừửữự|w ŵ|' +
    'y ýÿŷỳỵỷỹ|z źżž').split('|').forEach(function (g) {
    var p = g.split(' ');
    for (var i = 0; i < p[1].length; i++) FOLD[p[1][i]] = p[0];
  });
  var WORD = /^[\p{L}\p{Nd}]$/u;

  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text[i], lower = c.toLowerCase();
      if (lower.length !== 1) lower = c;
      out += /[A-Za-z0-9]/.test(c) ? lower : FOLD[lower] || (WORD.test(c) ? lower : c);
    }
    return out;
  }

  function tokens(text) {
    var f = fold(text || ''), out = [], token = '';
    for (var i = 0; i <= f.length; i++) {
      var c = i < f.length ? f[i] : ' ';
      if (WORD.test(c)) { token += c; continue; }
      if (token && (c === '+' || c === '#')) {
        var end = i;
        while (end < f.length && end - i < 2 && f[end] === c) end++;
        if (end === f.length || !WORD.test(f[end])) { token += f.slice(i, end); i = end - 1; }
      }
      if (token) { out.push(token); token = ''; }
    }
    return out;
  }

  function stem(t) {
    if (t.length < 4 || !/^[a-z]+$/.test(t)) return t;
    if (/ies$/.test(t) && t.length > 4) return t.slice(0, -3) + 'y';
    if (/(sses|xes|ches|shes)$/.test(t)) return t.slice(0, -2);
    return t[t.length - 1] === 's' && 'suio'.indexOf(t[t.length - 2]) < 0 ? t.slice(0, -1) : t;
  }

  function fileKey(prefix) {
    var key = '';
    for (var i = 0; i < prefix.length; i++) {
      var c = prefix[i];
      key += /[a-z0-9]/.test(c) ? c : '_' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
    }
    return key;
  }

  // One edit apart (insert, delete, substitute, or swap two neighbours), or equal.
  function near(a, b) {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var api = { fold: fold, tokens: tokens, stem: stem, fileKey: fileKey, near: near };
  window.JobBoardSearch = api;

  var root = document.getElementById('search');
  if (!root) return;

  // ---- Index files, fetched once each, only when a query needs them.
  // SHOWN: facet values shown until "show all", as many as facets/summary.json holds (SearchIndexWriter.FacetsShown).
  var BASE = '/search/', PAGE = 10, SHOWN = 8, entry, summary, values, vals = {}, cur = [], sal = [], placed = {}, keys = {};
  // Keyed by index terms: no prototype, or the term "constructor" would find Object's.
  var files = {}, lists = Object.create(null);

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(BASE + path + '?v=' + entry.build).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return r.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  function lowerBound(sorted, t) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (sorted[mid] < t) lo = mid + 1; else hi = mid; }
    return lo;
  }

  // The index terms a typed token stands for, each with a weight: the term itself (1), longer
  // terms it begins (0.7; last token while typing), or, only when neither exists, terms one
  // typo away (0.5; tokens of 5+ characters, first letter assumed right).
  function expand(token, prefix) {
    var t = stem(token), k = fileKey(t[0]);
    if (entry.terms.indexOf(k) < 0) return Promise.resolve([]);
    return get('terms/' + k + '.json').then(function (vocab) {
      var out = [], i = lowerBound(vocab, t);
      if (vocab[i] === t) { out.push([t, 1]); i++; }
      if (prefix && t.length >= 2) {
        for (; i < vocab.length && vocab[i].lastIndexOf(t, 0) === 0 && out.length < 50; i++) out.push([vocab[i], 0.7]);
      }
      if (!out.length && t.length >= 5) {
        vocab.forEach(function (v) { if (near(t, v)) out.push([v, 0.5]); });
      }
      return out;
    });
  }

  function postings(term) {
    if (lists[term]) return Promise.resolve(lists[term]);
    return get('postings/' + fileKey(term.slice(0, entry.postings)) + '.json').then(function (shard) {
      var raw = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : [], list = [], doc = 0;
      for (var i = 0; i < raw.length; i += 2) { doc += raw[i]; list.push(doc, raw[i + 1]); }
      return (lists[term] = list);
    });
  }

  // doc -> score for the query (every token must match), and the terms that matched.
  function score(q) {
    var toks = tokens(q), typing = !/\s$/.test(q);
    return Promise.all(toks.map(function (t, n) { return expand(t, typing && n === toks.length - 1); }))
      .then(function (expansions) {
        var terms = [].concat.apply([], expansions).map(function (e) { return e[0]; });
        return Promise.all(terms.map(postings)).then(function () {
          var acc = null;
          expansions.forEach(function (cands) {
            var m = new Map();
            cands.forEach(function (c) {
              var list = lists[c[0]];
              for (var i = 0; i < list.length; i += 2) {
                var s = list[i + 1] * c[1];
                if (!(m.get(list[i]) >= s)) m.set(list[i], s);
              }
            });
            if (acc) { var next = new Map(); acc.forEach(function (v, d) { if (m.has(d)) next.set(d, v + m.get(d)); }); m = next; }
            acc = m;
          });
          // A one-word query without typos has its facet counts in facets/terms/ (TermFacets.cs): under its one term,
          // or under the typed prefix and '*' when that stands for several (termFile).
          var one = toks.length === 1 && expansions[0].length && expansions[0].every(function (e) { return e[1] !== 0.5; });
          var entry = one && (expansions[0].length === 1 ? expansions[0][0][0] : stem(toks[0]) + '*');
          return { scores: acc, terms: terms, key: toks.join(' '), entry: entry };
        });
      });
  }

  // The facet rows of these documents (all of them when null), and the vocabularies: fetched once per chunk
  // of entry.facets documents, then placed into the columns by document number.
  function rows(docs) {
    var size = entry.facets, need = [];
    for (var n = 0; n * size < entry.count; n++) need.push(n);
    if (docs) {
      var hit = {};
      docs.forEach(function (d) { hit[Math.floor(d / size)] = true; });
      need = need.filter(function (n) { return hit[n]; });
    }
    return Promise.all([get('facets/values.json')].concat(need.map(function (n) { return get('facets/' + n + '.json'); }))).then(function (got) {
      if (!values) {
        values = got[0];
        ['tag', 'company'].forEach(function (name) { keys[name] = values[name].map(function (v) { return tokens(v[1]).join(' '); }); });
      }
      need.forEach(function (n, i) {
        if (placed[n]) return;
        var c = got[i + 1], single = function (v) { return v < 0 ? [] : [v]; };
        c.salary.forEach(function (_, j) {
          var d = n * size + j, w = c.workplace[j];
          vals.tag[d] = c.tag[j];
          vals.location[d] = c.location[j];
          vals.company[d] = single(c.company[j]);
          vals.type[d] = single(c.type[j]);
          vals.workplace[d] = [0, 1, 2].filter(function (b) { return w & (1 << b); });
          cur[d] = c.currency[j];
          sal[d] = c.salary[j];
        });
        placed[n] = true;
      });
    });
  }

  // An exact tag or company name ranks its postings first.
  function boost(scores, key) {
    ['tag', 'company'].forEach(function (f) {
      keys[f].forEach(function (k, v) {
        if (k !== key) return;
        scores.forEach(function (s, d) { if (vals[f][d].indexOf(v) >= 0) scores.set(d, s + 1e6); });
      });
    });
  }

  // ---- State: the form is the state; the URL mirrors it.
  var form = root.querySelector('form'), input = form.elements.q, status = document.getElementById('search-status');
  var list = document.getElementById('search-results'), more = document.getElementById('search-more');
  var panel = document.getElementById('search-facets'), salaryBox = document.getElementById('facet-salary');
  var filters = document.getElementById('filters-toggle');
  // The UI text comes in the page's data-text-* attributes, in the board's language (theme/i18n).
  var ui = root.dataset;
  var FACETS = [['tag', ui.textTags, true], ['workplace', ui.textWorkplace], ['type', ui.textType], ['company', ui.textCompany], ['location', ui.textLocation]];
  var state = readUrl(), shown = PAGE, open = {}, seq = 0, typed = false, last;

  function readUrl() {
    var p = new URLSearchParams(location.search), s = { q: p.get('q') || '', sort: p.get('sort') || '', currency: p.get('currency') || '', salary: p.get('salary') || '' };
    FACETS.forEach(function (f) { s[f[0]] = p.getAll(f[0]); });
    return s;
  }

  function url(s) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FACETS.forEach(function (f) { s[f[0]].forEach(function (v) { p.append(f[0], v); }); });
    if (+s.salary > 0) { p.set('salary', s.salary); if (s.currency) p.set('currency', s.currency); }
    if (s.sort) p.set('sort', s.sort);
    var query = p.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function fill() {
    input.value = state.q;
    form.elements.sort.value = state.sort;
    form.elements.salary.value = state.salary;
    if (state.currency) form.elements.currency.value = state.currency;
  }

  function readForm() {
    var s = { q: input.value, sort: form.elements.sort.value, currency: form.elements.currency.value, salary: form.elements.salary.value };
    FACETS.forEach(function (f) {
      s[f[0]] = [].slice.call(form.querySelectorAll('input[name="' + f[0] + '"]:checked')).map(function (b) { return b.value; });
    });
    return s;
  }

  // Typing changes one history entry; any other change (a filter, the sort) adds one.
  function change(fromTyping) {
    state = readForm();
    var target = url(state);
    if (target !== location.pathname + location.search) {
      history[fromTyping && typed ? 'replaceState' : 'pushState'](null, '', target);
    }
    typed = fromTyping;
    shown = PAGE;
    return run();
  }

  // ---- Running a query: score, filter, count facets, sort, show.
  function run() {
    // Typed before the index arrived: the form holds it, and the start below runs it.
    if (!summary) return Promise.resolve();
    var mine = ++seq, s = state;
    list.setAttribute('aria-busy', 'true');
    var scoring = tokens(s.q).length ? score(s.q) : Promise.resolve({ scores: null, terms: [] });
    return scoring.then(function (r) {
      if (mine !== seq) return;
      return termCounts(r, s).then(function (counts) {
        if (mine !== seq) return;
        if (counts) return fromCounts(counts, r, s, mine);
        return rows(r.scores && Array.from(r.scores.keys())).then(function () {
          if (mine !== seq) return;
          if (r.scores && r.key) boost(r.scores, r.key);
          return counted(r, s, mine);
        });
      });
    }).catch(function (e) {
      status.textContent = ui.textUnavailable;
      throw e;
    });
  }

  // The counts already made for this query, when no filter is chosen, nothing sorts by salary and no facet's "show all"
  // asks for more values than they hold: the whole board's summary when nothing is typed, the query's entry in
  // facets/terms/ for one word on a large board; null when the rows must be counted.
  function termCounts(r, s) {
    var plain = !(+s.salary > 0) && s.sort !== 'salary' && FACETS.every(function (f) { return !s[f[0]].length; });
    var counts = !plain ? null : !r.scores ? Promise.resolve(summary) : !r.scores.size ? Promise.resolve({}) : !r.entry || !entry.termFacets ? null
      : get('facets/terms/' + termFile(r.entry.replace(/\*$/, '')) + '.json').then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard, r.entry) ? shard[r.entry] : null;
      });
    return Promise.resolve(counts).then(function (c) {
      return c && FACETS.every(function (f) { return !open[f[0]] || !c[f[0]] || c[f[0]].values <= c[f[0]].top.length; }) ? c : null;
    });
  }

  // The facets/terms/ file of a key (TermFacets.cs): its first two characters' folder and its third, or the key when shorter.
  function termFile(key) {
    return key.length < 3 ? fileKey(key) : fileKey(key.slice(0, 2)) + '/' + fileKey(key.charAt(2));
  }

  function fromCounts(counts, r, s, mine) {
    var shown = {};
    FACETS.forEach(function (f) {
      var top = counts[f[0]] || { values: 0, top: [] };
      shown[f[0]] = { total: top.values, values: top.top.map(function (v) { return [v[0], v[1], v[2], false]; }) };
    });
    if (r.scores) {
      var boosted = counts.boost && Object.prototype.hasOwnProperty.call(counts.boost, r.key) ? counts.boost[r.key] : [];
      for (var i = 0, d = 0; i < boosted.length; i++) { d += boosted[i]; r.scores.set(d, r.scores.get(d) + 1e6); }
    }
    last = { ids: r.scores ? sorted(Array.from(r.scores.keys()), r.scores, s) : Array.from({ length: entry.count }, function (_, i) { return i; }), terms: r.terms };
    return finish(shown, 0, mine);
  }

  function sorted(ids, sc, s) {
    return ids.sort(s.sort === 'salary' ? function (a, b) { return sal[b] - sal[a] || a - b; }
      : s.sort === 'newest' || !sc ? function (a, b) { return a - b; }
      : function (a, b) { return sc.get(b) - sc.get(a) || a - b; });
  }

  function counted(r, s, mine) {
    var sel = {}, n = entry.count, ids = [], counts = {};
    FACETS.forEach(function (f) {
      counts[f[0]] = new Array(values[f[0]].length).fill(0);
      sel[f[0]] = s[f[0]].map(function (v) { return values[f[0]].findIndex(function (x) { return x[0] === v; }); }).filter(function (i) { return i >= 0; });
    });
    var min = +s.salary > 0 ? +s.salary : 0, currency = summary.currency.map(function (c) { return c[0]; }).indexOf(form.elements.currency.value);
    var docs = r.scores ? Array.from(r.scores.keys()) : Array.from({ length: n }, function (_, i) { return i; });
    docs.forEach(function (d) {
      var failed = null, fails = 0;
      if (min && (cur[d] !== currency || sal[d] * 1000 < min)) { failed = ''; fails++; }
      FACETS.forEach(function (f) {
        var chosen = sel[f[0]], have = vals[f[0]][d];
        if (!chosen.length) return;
        var ok = f[2] ? chosen.every(function (v) { return have.indexOf(v) >= 0; }) : chosen.some(function (v) { return have.indexOf(v) >= 0; });
        if (!ok) { failed = f[0]; fails++; }
      });
      if (!fails) ids.push(d);
      // Counts: for a facet, what choosing a value would give (its own choices left out, except
      // for tags, which narrow: a job must have every chosen tag).
      FACETS.forEach(function (f) {
        if (fails === 0 || (fails === 1 && failed === f[0] && !f[2])) vals[f[0]][d].forEach(function (v) { counts[f[0]][v]++; });
      });
    });
    last = { ids: sorted(ids, r.scores, s), terms: r.terms };
    // Per facet, the values with jobs (or chosen), most jobs first: [value, label, count, chosen].
    var shown = {};
    FACETS.forEach(function (f) {
      var name = f[0], all = values[name], c = counts[name];
      var order = all.map(function (_, i) { return i; }).filter(function (i) { return c[i] > 0 || sel[name].indexOf(i) >= 0; })
        .sort(function (a, b) { return c[b] - c[a] || (all[a][1] < all[b][1] ? -1 : 1); });
      shown[name] = { total: order.length, values: order.map(function (i) { return [all[i][0], all[i][1], c[i], sel[name].indexOf(i) >= 0]; }) };
    });
    var chosen = FACETS.reduce(function (n, f) { return n + sel[f[0]].length; }, min ? 1 : 0);
    return finish(shown, chosen, mine);
  }

  function finish(shown, chosen, mine) {
    drawFacets(shown);
    filters.textContent = ui.textFilters + (chosen ? ' (' + chosen + ')' : '');
    return show(mine);
  }

  function show(mine) {
    var ids = last.ids.slice(0, shown), size = entry.chunk;
    return Promise.all(ids.map(function (d) {
      return get('results/' + Math.floor(d / size) + '.json').then(function (c) { return c[d % size]; });
    })).then(function (records) {
      if (!records || mine !== seq) return;
      var marked = new Set(last.terms), total = last.ids.length;
      list.textContent = '';
      records.forEach(function (job) { list.appendChild(card(job, marked)); });
      more.hidden = total <= shown;
      status.textContent = total === 0 ? ui.textNone : (total === 1 ? ui.textFoundOne : ui.textFoundOther).replace('{count}', total);
      list.setAttribute('aria-busy', 'false');
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // Appends text to a parent, with the words that matched the query in <mark>.
  function highlight(parent, text, marked) {
    var re = /[\p{L}\p{Nd}]+[+#]{0,2}/gu, at = 0, m;
    while ((m = re.exec(text))) {
      var t = tokens(m[0]);
      if (t.length === 1 && marked.has(stem(t[0]))) {
        parent.appendChild(document.createTextNode(text.slice(at, m.index)));
        parent.appendChild(el('mark', '', m[0]));
        at = m.index + m[0].length;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function card(job, marked) {
    var li = el('li', 'card'), article = li.appendChild(el('article')), h = article.appendChild(el('h2', 'card-title'));
    var a = h.appendChild(el('a'));
    a.href = job.url;
    highlight(a, job.title, marked);
    var meta = article.appendChild(el('p', 'card-meta'));
    if (job.company) meta.appendChild(el('span', 'company', job.company));
    job.locations.forEach(function (l) { meta.appendChild(el('span', 'place', l)); });
    job.workplace.forEach(function (w) { meta.appendChild(el('span', 'workplace', w)); });
    if (job.salary) meta.appendChild(el('span', 'salary', job.salary));
    if (job.date) { var time = meta.appendChild(el('time', '', job.dateText)); time.dateTime = job.date; }
    highlight(article.appendChild(el('p', 'card-summary')), job.summary, marked);
    if (job.tags.length) {
      var ul = article.appendChild(el('ul', 'tags'));
      ul.setAttribute('aria-label', ui.textResultTags);
      job.tags.forEach(function (t) { highlight(ul.appendChild(el('li')).appendChild(el('span')), t, marked); });
    }
    return li;
  }

  function drawFacets(shown) {
    var focus = document.activeElement, focusKey = focus && focus.name && panel.contains(focus) ? focus.name + '=' + focus.value : null;
    [].slice.call(panel.querySelectorAll('fieldset.facet')).forEach(function (f) { f.remove(); });
    FACETS.forEach(function (f) {
      var name = f[0], total = shown[name].total;
      if (!total) return;
      var box = el('fieldset', 'facet'), limit = open[name] ? total : SHOWN;
      box.appendChild(el('legend', '', f[1]));
      shown[name].values.slice(0, limit).forEach(function (v) {
        var label = box.appendChild(el('label')), check = label.appendChild(el('input'));
        check.type = 'checkbox';
        check.name = name;
        check.value = v[0];
        check.checked = v[3];
        label.appendChild(document.createTextNode(' ' + v[1] + ' '));
        label.appendChild(el('span', 'count', '(' + v[2] + ')'));
      });
      if (total > SHOWN) {
        var toggle = box.appendChild(el('button', 'facet-toggle', open[name] ? ui.textShowFewer : ui.textShowAll.replace('{count}', total)));
        toggle.type = 'button';
        toggle.name = 'toggle-' + name;
        toggle.setAttribute('aria-expanded', open[name] ? 'true' : 'false');
        toggle.addEventListener('click', function () { open[name] = !open[name]; run(); });
      }
      panel.insertBefore(box, salaryBox);
    });
    if (focusKey) {
      var again = [].slice.call(panel.querySelectorAll('input, button')).filter(function (e) { return e.name + '=' + e.value === focusKey; })[0];
      if (again) again.focus();
    }
  }

  // ---- Start: read the entry, wire the form, answer the URL's query.
  var debounce;
  form.addEventListener('submit', function (e) { e.preventDefault(); typed = false; change(false); });
  input.addEventListener('input', function () { change(true); });
  form.elements.salary.addEventListener('input', function () { clearTimeout(debounce); debounce = setTimeout(function () { change(true); }, 250); });
  form.addEventListener('change', function (e) { if (e.target !== input && e.target !== form.elements.salary) change(false); });
  filters.addEventListener('click', function () {
    filters.setAttribute('aria-expanded', String(form.classList.toggle('filters-open')));
  });
  more.addEventListener('click', function () { shown += PAGE; list.setAttribute('aria-busy', 'true'); show(seq); });
  window.addEventListener('popstate', function () { state = readUrl(); fill(); shown = PAGE; typed = false; run(); });
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) { e.preventDefault(); input.focus(); }
  });

  api.ready = fetch(root.getAttribute('data-index')).then(function (r) { return r.json(); }).then(function (e) {
    entry = e;
    FACETS.forEach(function (f) { vals[f[0]] = new Array(e.count); });
    return get('facets/summary.json');
  }).then(function (f) {
    summary = f;
    var currency = form.elements.currency, perCurrency = f.currency.map(function (c) { return c[1]; });
    f.currency.forEach(function (c) { var o = currency.appendChild(el('option', '', c[0])); o.value = c[0]; });
    currency.value = (f.currency[perCurrency.indexOf(Math.max.apply(null, perCurrency))] || [''])[0];
    salaryBox.hidden = !f.currency.length;
    panel.hidden = filters.hidden = false;
    fill();
    return run();
  }).catch(function (e) {
    status.textContent = ui.textUnavailable;
    throw e;
  });

  // For the benchmark and tests: run a query as if typed, resolving when results are shown.
  api.query = function (q) { input.value = q; return change(true); };
})();
