/*
 * The filter's state and its URL, with no DOM: what is ticked in each facet, the search text and
 * which numbered page of the results is listed.
 *
 *   ?areas=social-web,social-pedagogy&modes=guidance&kind=course&q=coach&page=2
 *
 * Every key but the filter's own two (q and page) names a facet field, so a facet added to the
 * taxonomy needs no change here. A facet is described as {field, values}: its field name and its
 * value ids in the order the form lists them, which is also the order they are written in.
 * Values may also repeat (?areas=social-web&areas=social-pedagogy); unknown fields and values are
 * ignored, so an old or hand-edited link still opens.
 *
 * A state is a plain object that is never changed in place:
 *   {selected: {field: [value ids in facet order]}, q: 'raw search text', page: 1}
 * page N lists the N-th page of matches (the index's page size of them per page).
 */

/** The query-string key of the search text. */
export const TEXT_KEY = 'q';
/** The query-string key of the page of results listed. */
export const PAGE_KEY = 'page';

/** The state with nothing ticked, no search text and one page. */
export function emptyState(facets) {
  const selected = {};
  for (const facet of facets) {
    selected[facet.field] = [];
  }
  return { selected, q: '', page: 1 };
}

/** Reads a query string ('?…', '…' or '') into a state for these facets. */
export function parseQuery(search, facets) {
  const params = new URLSearchParams(search);
  const state = emptyState(facets);
  for (const facet of facets) {
    if (facet.field === TEXT_KEY || facet.field === PAGE_KEY) {
      continue;
    }
    const wanted = new Set();
    for (const value of params.getAll(facet.field)) {
      for (const id of value.split(',')) {
        wanted.add(id.trim());
      }
    }
    state.selected[facet.field] = facet.values.filter((id) => wanted.has(id));
  }
  state.q = params.getAll(TEXT_KEY).join(' ');
  state.page = parsePage(params.get(PAGE_KEY));
  return state;
}

/** A page number from the URL: a positive whole number, else 1. */
function parsePage(text) {
  if (text === null || !/^\s*\d{1,6}\s*$/.test(text)) {
    return 1;
  }
  return Math.max(1, Number(text));
}

/**
 * The query string of a state: '?field=a,b&…&q=text&page=N', facets and values in the order of
 * `facets`, the text trimmed with spaces as '+', page only past the first; '' for no filter.
 */
export function toQuery(state, facets) {
  const parts = [];
  for (const facet of facets) {
    const ids = state.selected[facet.field] || [];
    if (ids.length > 0) {
      parts.push(encodeURIComponent(facet.field) + '=' + ids.map(encodeURIComponent).join(','));
    }
  }
  const text = state.q.trim();
  if (text) {
    parts.push(TEXT_KEY + '=' + encodeURIComponent(text).replace(/%20/g, '+'));
  }
  if (state.page > 1) {
    parts.push(PAGE_KEY + '=' + state.page);
  }
  return parts.length > 0 ? '?' + parts.join('&') : '';
}

/** The state with one value of a facet ticked or unticked, back on the first page. */
export function withValue(state, facets, field, id, on) {
  const facet = facets.find((f) => f.field === field);
  if (!facet || !facet.values.includes(id)) {
    return state;
  }
  const ticked = new Set(state.selected[field]);
  if (on) {
    ticked.add(id);
  } else {
    ticked.delete(id);
  }
  const selected = { ...state.selected, [field]: facet.values.filter((v) => ticked.has(v)) };
  return { ...state, selected, page: 1 };
}

/** The state with another search text, back on the first page. */
export function withText(state, q) {
  return { ...state, q, page: 1 };
}

/** The state listing another page of the same results. */
export function withPage(state, page) {
  return { ...state, page: Math.max(1, Math.floor(page)) };
}

/** How many pages a number of matches takes at a page size: at least one. */
export function pageCount(found, pageSize) {
  return Math.max(1, Math.ceil(found / pageSize));
}

/** How many values are ticked, over all facets. */
export function tickedCount(state) {
  let count = 0;
  for (const ids of Object.values(state.selected)) {
    count += ids.length;
  }
  return count;
}

/** Whether anything narrows the results: a ticked value or search words. */
export function isFiltered(state) {
  return tickedCount(state) > 0 || state.q.trim() !== '';
}
