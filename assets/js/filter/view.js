/*
 * Draws a filter state and its result into the page: the checkboxes and search box, the count
 * beside each facet value, the cards of the page of results listed (drawn from the filter index
 * by cards.js), the links to the other pages, the result count (an aria-live region), the empty
 * state, "Clear all" and the number of ticks. Only what changed is written.
 */
import { drawCard } from './cards.js';
import { isFiltered, pageCount, tickedCount } from './state.js';

/**
 * A view over the page's elements: {search, status, empty, clearButton, activeNote, list, pages},
 * the form's facets (dom.js), the decoded index (index.js), the way to the site's root, and
 * hrefFor(state, page), the address of a page of a state's results. The list holds what the
 * address listedHref lists (the server's first page of all entries): the view keeps it while
 * that is what the state lists.
 */
export function createView(elements, formFacets, decoded, root, hrefFor, listedHref) {
  const { search, status, empty, clearButton, activeNote, list, pages } = elements;
  const doc = list.ownerDocument;
  const facets = decoded.facets.filter((facet) => facet.filter);
  let listedKey = listedHref;

  /** The entry positions the state lists: its page of matches, the page kept in range. */
  function listed(state, result) {
    const count = pageCount(result.matches.length, decoded.pageSize);
    const page = Math.min(state.page, count);
    const from = (page - 1) * decoded.pageSize;
    return { page, count, positions: result.matches.subarray(from, from + decoded.pageSize) };
  }

  /** Draws a state: result from match.js, store the card store (its listed cards loaded). */
  function render(state, result, store) {
    const found = result.matches.length;
    const { page, count, positions } = listed(state, result);
    const key = hrefFor(state, page);
    if (key !== listedKey) {
      listedKey = key;
      const cards = [];
      for (const i of positions) {
        cards.push(drawCard(doc, decoded, i, store.card(i), root));
      }
      list.replaceChildren(...cards);
      drawPages(state, page, count);
    }
    facets.forEach((facet, f) => {
      const form = formFacets.get(facet.field);
      if (!form) {
        return;
      }
      const ticked = state.selected[facet.field] || [];
      facet.values.forEach((id, v) => {
        const box = form.boxes.get(id);
        if (box && box.checked !== ticked.includes(id)) {
          box.checked = ticked.includes(id);
        }
        const nodes = form.countNodes.get(id);
        const text = String(result.counts[f][v]);
        if (nodes && nodes.number.nodeValue !== text) {
          nodes.number.nodeValue = text;
          if (nodes.unit) {
            nodes.unit.nodeValue = result.counts[f][v] === 1 ? ' entry' : ' entries';
          }
        }
      });
    });
    if (search.value !== state.q) {
      search.value = state.q;
    }
    setText(status, 'Showing ' + found + ' of ' + decoded.size);
    empty.hidden = found > 0;
    list.hidden = found === 0;
    clearButton.hidden = !isFiltered(state);
    const ticks = tickedCount(state);
    setText(activeNote, ticks > 0 ? ' (' + ticks + ' selected)' : '');
  }

  /** The links between pages, as the pagination macro draws them; nothing for one page. */
  function drawPages(state, page, count) {
    if (count <= 1) {
      pages.replaceChildren();
      return;
    }
    const nav = doc.createElement('nav');
    nav.className = 'pagination';
    nav.setAttribute('aria-label', 'Pages');
    const ul = doc.createElement('ul');
    const prev = item('pagination-prev');
    if (page > 1) {
      prev.append(link(state, page - 1, 'prev', 'Previous page'));
    }
    const at = item('pagination-at');
    at.setAttribute('aria-current', 'page');
    at.textContent = 'Page ' + page + ' of ' + count;
    const next = item('pagination-next');
    if (page < count) {
      next.append(link(state, page + 1, 'next', 'Next page'));
    }
    ul.append(prev, at, next);
    nav.append(ul);
    pages.replaceChildren(nav);
  }

  function item(className) {
    const li = doc.createElement('li');
    li.className = className;
    return li;
  }

  function link(state, page, rel, text) {
    const a = doc.createElement('a');
    a.href = hrefFor(state, page);
    a.rel = rel;
    a.dataset.page = String(page);
    a.textContent = text;
    return a;
  }

  return { render, listed };
}

/** Writes a text only when it changed, so a live region speaks only about changes. */
function setText(element, text) {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}
