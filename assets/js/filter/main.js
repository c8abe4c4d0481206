/*
 * The directory filter: wires the page (dom.js, view.js), the state and its URL (state.js,
 * history.js) and the matching (match.js) together.
 *
 * Progressive enhancement: the server renders every card (with its facet values in data-*
 * attributes), links to the static facet pages, and a hidden form of checkboxes. start() shows
 * the form instead of the links and filters the cards in place. Long results are listed a page at
 * a time (the form's data-page-size, then "Show more"): laying out thousands of cards at each
 * click would cost far more than filtering them. The result count still tells every match.
 */
import { readCards, readFacets, readPageSize } from './dom.js';
import { CLEAR, FACET, PAGE, TEXT, createHistory } from './history.js';
import { evaluate } from './match.js';
import { emptyState, parseQuery, toQuery, withNextPage, withText, withValue } from './state.js';
import { createView } from './view.js';

/** Enhances the directory in this window's document; does nothing on a page without a filter. */
export function start(win) {
  const doc = win.document;
  const form = doc.getElementById('filter');
  const list = doc.getElementById('cards');
  if (!form || !list) {
    return;
  }
  const pageSize = readPageSize(form);
  const facets = readFacets(form);
  const { cards, index } = readCards(list, facets);
  const elements = {
    search: doc.getElementById('filter-q'),
    status: doc.getElementById('result-count'),
    empty: doc.getElementById('filter-empty'),
    clearButton: doc.getElementById('filter-clear'),
    emptyClearButton: doc.getElementById('filter-empty-clear'),
    more: doc.getElementById('filter-more'),
    moreWrap: doc.getElementById('filter-more-wrap'),
    activeNote: doc.getElementById('filter-active'),
  };
  const view = createView(elements, facets, cards, pageSize);

  let state = parseQuery(win.location.search, facets);
  let result = evaluate(index, state);
  const history = createHistory(win, () => toQuery(state, facets));

  /** Shows a new state; the matches are only recomputed when the facets or the text changed. */
  function show(next) {
    if (next.selected !== state.selected || next.q !== state.q) {
      result = evaluate(index, next);
    }
    state = next;
    view.render(state, result);
  }

  form.addEventListener('change', (event) => {
    const box = event.target;
    if (box.type === 'checkbox') {
      show(withValue(state, facets, box.name, box.value, box.checked));
      history.remember(FACET);
    }
  });
  elements.search.addEventListener('input', () => {
    show(withText(state, elements.search.value));
    history.remember(TEXT);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  function clearAll() {
    show(emptyState(facets));
    history.remember(CLEAR);
    // The button just hid itself: keep the keyboard focus on the results it brought back.
    elements.status.focus();
  }
  elements.clearButton.addEventListener('click', clearAll);
  elements.emptyClearButton.addEventListener('click', clearAll);

  elements.more.addEventListener('click', () => {
    const first = state.page * pageSize;
    show(withNextPage(state));
    history.remember(PAGE);
    // Keyboard users continue from the first card that was just listed.
    view.focusMatch(first);
  });

  win.addEventListener('popstate', () => {
    history.follow();
    show(parseQuery(win.location.search, facets));
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
  view.render(state, result);
  // When the filter became usable, for benchmarks (performance.getEntriesByName('filter-ready')).
  win.performance.mark('filter-ready');
}
