/*
 * The directory filter: wires the page (dom.js, view.js, cards.js), the state and its URL
 * (state.js, history.js), the filter index (index.js) and the matching (match.js) together.
 *
 * Progressive enhancement: the server renders the first page of cards, links to the numbered
 * pages and to the static facet pages, and a form of checkboxes that js/filter-flag.js shows in
 * place of the links before the page is first drawn. start() fetches the index's small first part
 * (facet values as numbers, one row per entry) and filters on it; the cards of a page of results
 * are drawn from small chunks of card text fetched when a page needs them; a search fetches the
 * search shards of its words' first letters (search.js), and the card chunks only of the page of
 * results it shows. The server's first page
 * stays as it is while it is what the state lists.
 */
import { readData, readFacets } from './dom.js';
import { CLEAR, FACET, PAGE, TEXT, createHistory } from './history.js';
import { cardTexts, createCardStore, decodeIndex, filterIndex } from './index.js';
import { evaluate, searchWords } from './match.js';
import { createSearchStore } from './search.js';
import { emptyState, parseQuery, toQuery, withPage, withText, withValue } from './state.js';
import { createView } from './view.js';

/** Enhances the directory in this window's document; does nothing on a page without a filter. */
export function start(win) {
  const doc = win.document;
  const form = doc.getElementById('filter');
  const list = doc.getElementById('cards');
  if (!form || !list) {
    return;
  }
  const rootUrl = new URL(readData(form, 'root') || './', win.location.href);
  const indexUrl = new URL(readData(form, 'index'), win.location.href);
  const elements = {
    search: doc.getElementById('filter-q'),
    status: doc.getElementById('result-count'),
    empty: doc.getElementById('filter-empty'),
    clearButton: doc.getElementById('filter-clear'),
    emptyClearButton: doc.getElementById('filter-empty-clear'),
    activeNote: doc.getElementById('filter-active'),
    pages: doc.getElementById('pages'),
    list,
  };
  const fetchJson = (url) =>
    win.fetch(url).then((response) => {
      if (!response.ok) {
        throw new Error(url + ': HTTP ' + response.status);
      }
      return response.json();
    });

  // Wide screens show the facets beside the results; phones fold them under their summary.
  const panel = doc.getElementById('filter-facets');
  const wide = win.matchMedia('(min-width: 56rem)');
  const fitPanel = () => {
    panel.open = wide.matches;
  };
  wide.addEventListener('change', fitPanel);
  fitPanel();
  form.setAttribute('autocomplete', 'off');
  doc.getElementById('facet-nav').hidden = true;
  form.hidden = false;

  const ready = fetchJson(indexUrl).then((json) => {
    const decoded = decodeIndex(json);
    const facets = decoded.facets.filter((facet) => facet.filter);
    const fetchPath = (path) => fetchJson(new URL(path, rootUrl));
    const store = createCardStore(decoded, fetchPath);
    const search = createSearchStore(decoded, fetchPath);
    const hrefFor = (state, page) => win.location.pathname + toQuery(withPage(state, page), facets);
    const view = createView(elements, readFacets(form), decoded, readData(form, 'root'), hrefFor,
      hrefFor(emptyState(facets), 1));
    return { decoded, facets, store, search, view, hrefFor };
  });

  let filter = null; // what ready gives, once it has
  let matchIndex = null;
  let state = null;
  let result = null;
  let evaluated = null;
  let sequence = 0;
  const history = createHistory(win, () => toQuery(state, filter.facets));

  function fail(error) {
    elements.status.textContent = 'The filter could not load: reload the page to try again.';
    throw error;
  }

  /**
   * Shows a state: at once when its data is in, else once the chunks it needs are. A later
   * state wins over one still waiting. Returns a promise of whether it was drawn.
   */
  function show(next, kind) {
    const mine = ++sequence;
    state = next;
    const { store, search, view } = filter;
    const words = searchWords(next.q);
    const then = () => (mine === sequence ? show(next, kind) : false);
    // A search reads the shards of its words' first letters, and the cards of the entries a word
    // with a hyphen or the like inside may match (search.js).
    if (words.length > 0 && !search.has(words)) {
      return search.ensure(words).then(then, fail);
    }
    const toRead = words.length > 0 ? search.candidates(words) : [];
    if (!store.has(toRead)) {
      return store.ensure(toRead).then(then, fail);
    }
    if (matchIndex === null) {
      matchIndex = filterIndex(filter.decoded, null);
    }
    if (evaluated === null || next.selected !== evaluated.selected || next.q !== evaluated.q) {
      const ranks = words.length > 0 ? search.ranks(words, (i) => cardTexts(store.card(i))) : null;
      result = evaluate(matchIndex, next, ranks);
      evaluated = next;
    }
    const { positions } = view.listed(next, result);
    if (!store.has(positions)) {
      return store.ensure(positions).then(() => (mine === sequence ? show(next, kind) : false),
        fail);
    }
    view.render(next, result, store);
    if (kind) {
      history.remember(kind);
    }
    return Promise.resolve(true);
  }

  /** Runs a change once the index is in; changes made before keep their order. */
  function change(makeState, kind) {
    if (filter !== null) {
      return show(makeState(state), kind);
    }
    return ready.then(() => show(makeState(state), kind));
  }

  form.addEventListener('change', (event) => {
    const box = event.target;
    if (box.type === 'checkbox') {
      const { name, value, checked } = box;
      change((s) => withValue(s, filter.facets, name, value, checked), FACET);
    }
  });
  elements.search.addEventListener('input', () => {
    const q = elements.search.value;
    change((s) => withText(s, q), TEXT);
  });
  let searchMarked = false;
  elements.search.addEventListener('focus', () => {
    ready.then(() => {
      if (!searchMarked) {
        searchMarked = true;
        // When a search can start, for benchmarks (it fetches only the shards of its words).
        win.performance.mark('filter-texts');
      }
    }, () => {});
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  function clearAll() {
    change(() => emptyState(filter.facets), CLEAR);
    // The button just hid itself: keep the keyboard focus on the results it brought back.
    elements.status.focus();
  }
  elements.clearButton.addEventListener('click', clearAll);
  elements.emptyClearButton.addEventListener('click', clearAll);

  elements.pages.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-page]');
    if (!link || filter === null || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    const page = Number(link.dataset.page);
    show(withPage(state, page), PAGE).then(() => {
      // The link was redrawn: keep the keyboard on the results, at their top.
      elements.status.focus();
    });
  });

  win.addEventListener('popstate', () => {
    if (filter !== null) {
      history.follow();
      show(parseQuery(win.location.search, filter.facets), null);
    }
  });

  ready
    .then((loaded) => {
      filter = loaded;
      state = parseQuery(win.location.search, filter.facets);
      return show(state, null);
    })
    .then(() => {
      // When the filter showed its first results, for benchmarks.
      win.performance.mark('filter-ready');
    }, fail);
}
