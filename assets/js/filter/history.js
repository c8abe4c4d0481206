/*
 * Keeps the address bar in step with the filter, so links can be shared and Back retraces the
 * steps. The state is written once the page has been drawn (a history write costs more than
 * filtering). Typing in a row replaces one history entry instead of adding one per key; every
 * other change, a new page of results included, adds one, so Back returns to the page before.
 */

/** Change kinds: a ticked or unticked value, the search text, Clear all, or another page. */
export const FACET = 'facet';
export const TEXT = 'text';
export const CLEAR = 'clear';
export const PAGE = 'page';
const MIXED = 'mixed';

/** A history writer for a window; query() gives the query string of the current state. */
export function createHistory(win, query) {
  let pending = null;
  let lastChange = null;

  function write() {
    const kind = pending;
    pending = null;
    if (kind === null) {
      return;
    }
    const location = win.location;
    const url = location.pathname + query() + location.hash;
    if (url === location.pathname + location.search + location.hash) {
      return;
    }
    if (kind === TEXT && lastChange === TEXT) {
      win.history.replaceState({ filter: true }, '', url);
    } else {
      win.history.pushState({ filter: true }, '', url);
    }
    lastChange = kind;
  }

  /** Records a change of this kind once the page has been drawn. */
  function remember(kind) {
    if (pending === null) {
      if (win.document.hidden) {
        win.setTimeout(write, 0);
      } else {
        win.requestAnimationFrame(() => win.setTimeout(write, 0));
      }
    }
    pending = pending === null || pending === kind ? kind : MIXED;
  }

  /** Forgets unwritten changes: the address bar has moved (Back or Forward) and rules now. */
  function follow() {
    pending = null;
    lastChange = null;
  }

  return { remember, follow };
}
