/*
 * Social Learning Guide: the directory filter. Plain JavaScript, no dependencies, nothing to build.
 *
 * Progressive enhancement: the server renders every card (with its facet values in data-*
 * attributes), links to the static facet pages, and a hidden form of checkboxes. This script shows
 * the form instead of the links and filters the cards in place: OR within a facet, AND across
 * facets, and a text search over title, provider, summary and tags that ignores case and accents.
 * Each facet value's count is the number of entries you would see if you ticked it too.
 *
 * The state lives in the query string, named after the entry fields, so links can be shared and
 * the back button works: ?areas=social-web,social-pedagogy&modes=guidance&kind=course&q=coach
 * (values may also repeat: ?areas=social-web&areas=social-pedagogy).
 *
 * Long results are listed a page at a time (PAGE cards, then "Show more"): laying out thousands of
 * cards at each click would cost far more than filtering them. The count still tells every match.
 *
 * On the home page it only points the grid's cells at the pre-filtered directory.
 */
(function () {
  'use strict';

  // Home grid: with the filter available, a cell opens the directory narrowed to that cell.
  var enhanced = document.querySelectorAll('a[data-directory-href]');
  for (var l = 0; l < enhanced.length; l++) {
    enhanced[l].setAttribute('href', enhanced[l].getAttribute('data-directory-href'));
  }

  var form = document.getElementById('filter');
  var list = document.getElementById('cards');
  if (!form || !list) {
    return;
  }
  var search = document.getElementById('filter-q');
  var status = document.getElementById('result-count');
  var empty = document.getElementById('filter-empty');
  var clearButton = document.getElementById('filter-clear');
  var emptyClearButton = document.getElementById('filter-empty-clear');
  var nav = document.getElementById('facet-nav');
  var more = document.getElementById('filter-more');
  var moreWrap = document.getElementById('filter-more-wrap');
  var PAGE = 120;
  var limit = PAGE;
  var panel = document.getElementById('filter-facets');
  var activeNote = document.getElementById('filter-active');

  /** Lower case, without accents: "Société" and "societe" match. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function textOf(card, selector) {
    var element = card.querySelector(selector);
    return element ? element.textContent : '';
  }

  // The facets, as the form declares them: field name, checkboxes, and each value's position.
  var facets = [];
  var fieldsets = form.querySelectorAll('fieldset[data-field]');
  for (var f = 0; f < fieldsets.length; f++) {
    var boxes = fieldsets[f].querySelectorAll('input[type=checkbox]');
    var facet = {
      field: fieldsets[f].getAttribute('data-field'),
      boxes: boxes,
      index: Object.create(null),
      selected: new Uint8Array(boxes.length),
      active: 0,
      counts: new Int32Array(boxes.length),
      shownCounts: [],
      countNodes: [],
      unitNodes: [],
      offsets: null,
      values: null
    };
    for (var b = 0; b < boxes.length; b++) {
      facet.index[boxes[b].value] = b;
      var countElement = boxes[b].parentNode.querySelector('.count');
      facet.countNodes.push(countElement ? countElement.firstChild : null);
      var unit = countElement ? countElement.querySelector('.visually-hidden') : null;
      facet.unitNodes.push(unit ? unit.firstChild : null);
      facet.shownCounts.push(countElement ? countElement.firstChild.nodeValue : '');
    }
    facets.push(facet);
  }

  // Every card's facet values (as positions, flattened per facet) and search text, read once.
  var cards = Array.prototype.slice.call(list.children);
  var total = cards.length;
  var haystacks = new Array(total);
  var visible = new Uint8Array(total);
  for (var fi = 0; fi < facets.length; fi++) {
    var fc = facets[fi];
    var offsets = new Int32Array(total + 1);
    var values = [];
    for (var c = 0; c < total; c++) {
      offsets[c] = values.length;
      var raw = cards[c].getAttribute('data-' + fc.field) || '';
      var ids = raw.split(' ');
      for (var v = 0; v < ids.length; v++) {
        var position = fc.index[ids[v]];
        if (position !== undefined) {
          values.push(position);
        }
      }
    }
    offsets[total] = values.length;
    fc.offsets = offsets;
    fc.values = Int16Array.from(values);
  }
  for (var h = 0; h < total; h++) {
    var card = cards[h];
    haystacks[h] = fold(
      textOf(card, '.card-title') + '\n' + textOf(card, '.card-provider') + '\n' +
      textOf(card, '.card-summary') + '\n' + (card.getAttribute('data-tags') || '')
    );
    visible[h] = card.hidden ? 0 : 1;
  }

  /** Filters the cards and recounts every facet value, in one pass over the cards. */
  function apply() {
    var tokens = fold(search.value).split(/\s+/).filter(Boolean);
    var active = [];
    for (var a = 0; a < facets.length; a++) {
      facets[a].counts.fill(0);
      if (facets[a].active > 0) {
        active.push(facets[a]);
      }
    }
    var shown = 0;
    for (var i = 0; i < total; i++) {
      var matches = true;
      for (var t = 0; t < tokens.length; t++) {
        if (haystacks[i].indexOf(tokens[t]) === -1) {
          matches = false;
          break;
        }
      }
      var failed = null;
      var failures = 0;
      if (matches) {
        for (var n = 0; n < active.length && failures < 2; n++) {
          var af = active[n];
          var hit = false;
          for (var k = af.offsets[i], end = af.offsets[i + 1]; k < end; k++) {
            if (af.selected[af.values[k]] === 1) {
              hit = true;
              break;
            }
          }
          if (!hit) {
            failures++;
            failed = af;
          }
        }
      }
      var match = matches && failures === 0;
      var show = false;
      if (match) {
        shown++;
        show = shown <= limit;
        for (var m = 0; m < facets.length; m++) {
          count(facets[m], i);
        }
      } else if (matches && failures === 1) {
        // Ticking one more value of the only facet it fails would show this card.
        count(failed, i);
      }
      if (show !== (visible[i] === 1)) {
        visible[i] = show ? 1 : 0;
        cards[i].hidden = !show;
      }
    }
    for (var r = 0; r < facets.length; r++) {
      var rf = facets[r];
      for (var p = 0; p < rf.counts.length; p++) {
        var text = String(rf.counts[p]);
        if (rf.countNodes[p] && rf.shownCounts[p] !== text) {
          rf.shownCounts[p] = text;
          rf.countNodes[p].nodeValue = text;
          if (rf.unitNodes[p]) {
            rf.unitNodes[p].nodeValue = rf.counts[p] === 1 ? ' entry' : ' entries';
          }
        }
      }
    }
    var ticked = 0;
    for (var sf = 0; sf < facets.length; sf++) {
      ticked += facets[sf].active;
    }
    status.textContent = 'Showing ' + shown + ' of ' + total;
    empty.hidden = shown > 0;
    moreWrap.hidden = shown <= limit;
    more.textContent = 'Show ' + Math.min(PAGE, shown - limit) + ' more (' + (shown - limit) +
      ' not listed yet)';
    clearButton.hidden = ticked === 0 && tokens.length === 0;
    activeNote.textContent = ticked > 0 ? ' (' + ticked + ' selected)' : '';
  }

  function count(facet, card) {
    for (var k = facet.offsets[card], end = facet.offsets[card + 1]; k < end; k++) {
      facet.counts[facet.values[k]]++;
    }
  }

  function select(facet, position, on) {
    var flag = on ? 1 : 0;
    if (facet.selected[position] !== flag) {
      facet.selected[position] = flag;
      facet.active += on ? 1 : -1;
    }
    facet.boxes[position].checked = on;
  }

  // --- URL state -------------------------------------------------------------------------------

  /** The query string of the current state: ?field=a,b&...&q=text, or '' with no filter. */
  function query() {
    var parts = [];
    for (var i = 0; i < facets.length; i++) {
      var facet = facets[i];
      if (facet.active === 0) {
        continue;
      }
      var ids = [];
      for (var b = 0; b < facet.boxes.length; b++) {
        if (facet.selected[b] === 1) {
          ids.push(encodeURIComponent(facet.boxes[b].value));
        }
      }
      parts.push(encodeURIComponent(facet.field) + '=' + ids.join(','));
    }
    var text = search.value.trim();
    if (text) {
      parts.push('q=' + encodeURIComponent(text).replace(/%20/g, '+'));
    }
    return parts.length ? '?' + parts.join('&') : '';
  }

  /** Sets the form from the address bar; unknown fields and values are ignored. */
  function readLocation() {
    var params = new URLSearchParams(window.location.search);
    for (var i = 0; i < facets.length; i++) {
      var facet = facets[i];
      var wanted = Object.create(null);
      params.getAll(facet.field).forEach(function (value) {
        value.split(',').forEach(function (id) {
          wanted[id.trim()] = true;
        });
      });
      for (var b = 0; b < facet.boxes.length; b++) {
        select(facet, b, wanted[facet.boxes[b].value] === true);
      }
    }
    search.value = params.getAll('q').join(' ');
  }

  var lastChange = null;
  var pending = null;

  /**
   * Records the state in the history once the page has been drawn (a history write costs more
   * than filtering). Typing in a row replaces one history entry instead of adding one per key.
   */
  function remember(kind) {
    if (pending === null) {
      if (document.hidden) {
        window.setTimeout(writeHistory, 0);
      } else {
        window.requestAnimationFrame(function () {
          window.setTimeout(writeHistory, 0);
        });
      }
    }
    pending = pending === null || pending === kind ? kind : 'mixed';
  }

  function writeHistory() {
    var kind = pending;
    pending = null;
    if (kind === null) {
      return;
    }
    var url = window.location.pathname + query() + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) {
      return;
    }
    if (kind === 'text' && lastChange === 'text') {
      window.history.replaceState({ filter: true }, '', url);
    } else {
      window.history.pushState({ filter: true }, '', url);
    }
    lastChange = kind;
  }

  function clearAll() {
    for (var i = 0; i < facets.length; i++) {
      for (var b = 0; b < facets[i].boxes.length; b++) {
        select(facets[i], b, false);
      }
    }
    search.value = '';
    limit = PAGE;
    apply();
    remember('clear');
  }

  // --- Events ----------------------------------------------------------------------------------

  form.addEventListener('change', function (event) {
    var box = event.target;
    if (box.type !== 'checkbox') {
      return;
    }
    for (var i = 0; i < facets.length; i++) {
      if (facets[i].field === box.name) {
        select(facets[i], facets[i].index[box.value], box.checked);
      }
    }
    limit = PAGE;
    apply();
    remember('facet');
  });
  search.addEventListener('input', function () {
    limit = PAGE;
    apply();
    remember('text');
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  function clearAndFocusResults() {
    clearAll();
    // The button just hid itself: keep the keyboard focus on the results it brought back.
    status.focus();
  }
  clearButton.addEventListener('click', clearAndFocusResults);
  more.addEventListener('click', function () {
    var first = limit;
    limit += PAGE;
    apply();
    // Keyboard users continue from the first card that was just listed.
    var listed = 0;
    for (var i = 0; i < total; i++) {
      if (visible[i] === 1 && listed++ === first) {
        cards[i].querySelector('a').focus();
        break;
      }
    }
  });
  emptyClearButton.addEventListener('click', clearAndFocusResults);

  // Wide screens show the facets beside the results; phones fold them under their summary.
  var wide = window.matchMedia('(min-width: 56rem)');
  function fitPanel() {
    panel.open = wide.matches;
  }
  wide.addEventListener('change', fitPanel);
  fitPanel();
  window.addEventListener('popstate', function () {
    pending = null;
    readLocation();
    limit = PAGE;
    apply();
    lastChange = null;
  });

  form.setAttribute('autocomplete', 'off');
  nav.hidden = true;
  form.hidden = false;
  readLocation();
  apply();
})();
