/*
 * Draws a filter state and its result into the page: the checkboxes and search box, the count
 * beside each facet value, which cards are listed, the result count (an aria-live region), the
 * empty state, "Show more", "Clear all" and the number of ticks. Only what changed is written:
 * with thousands of cards, the DOM is the expensive part.
 */
import { isFiltered, tickedCount } from './state.js';

/**
 * A view over the page's elements: {search, status, empty, clearButton, more, moreWrap,
 * activeNote}, the facets from dom.js, the cards, and the page size.
 */
export function createView(elements, facets, cards, pageSize) {
  const { search, status, empty, clearButton, more, moreWrap, activeNote } = elements;
  const listed = Uint8Array.from(cards, (card) => (card.hidden ? 0 : 1));
  const shownCounts = facets.map((facet) =>
    facet.countNodes.map((nodes) => (nodes ? nodes.number.nodeValue : '')),
  );
  let lastResult = null;

  function render(state, result) {
    lastResult = result;
    const limit = Math.min(result.matches.length, state.page * pageSize);
    const wanted = new Uint8Array(cards.length);
    for (let i = 0; i < limit; i++) {
      wanted[result.matches[i]] = 1;
    }
    for (let i = 0; i < cards.length; i++) {
      if (wanted[i] !== listed[i]) {
        listed[i] = wanted[i];
        cards[i].hidden = wanted[i] === 0;
      }
    }
    facets.forEach((facet, f) => {
      const ticked = state.selected[facet.field] || [];
      facet.boxes.forEach((box, v) => {
        const checked = ticked.includes(facet.values[v]);
        if (box.checked !== checked) {
          box.checked = checked;
        }
        const nodes = facet.countNodes[v];
        const text = String(result.counts[f][v]);
        if (nodes && shownCounts[f][v] !== text) {
          shownCounts[f][v] = text;
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
    const found = result.matches.length;
    setText(status, 'Showing ' + found + ' of ' + cards.length);
    empty.hidden = found > 0;
    moreWrap.hidden = found <= limit;
    setText(more, 'Show ' + Math.min(pageSize, found - limit) + ' more (' + (found - limit) +
      ' not listed yet)');
    const ticks = tickedCount(state);
    clearButton.hidden = !isFiltered(state);
    setText(activeNote, ticks > 0 ? ' (' + ticks + ' selected)' : '');
  }

  /** Moves the keyboard focus to the link of the n-th match (from 0), if it is listed. */
  function focusMatch(n) {
    if (lastResult && n < lastResult.matches.length) {
      const card = cards[lastResult.matches[n]];
      const link = card.querySelector('a');
      if (!card.hidden && link) {
        link.focus();
      }
    }
  }

  return { render, focusMatch };
}

/** Writes a text only when it changed, so a live region speaks only about changes. */
function setText(element, text) {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}
