// When the filter adds a history entry and when it replaces one (assets/js/filter/history.js),
// with a stand-in window whose frames and timers run when the test says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLEAR, FACET, PAGE, TEXT, createHistory } from '../../../assets/js/filter/history.js';

/** A window with a location, a history log and timers that run on flush(). */
function fakeWindow() {
  const queue = [];
  const win = {
    log: [],
    location: { pathname: '/directory/', search: '', hash: '' },
    document: { hidden: false },
    history: {
      pushState: (_state, _title, url) => win.go('push', url),
      replaceState: (_state, _title, url) => win.go('replace', url),
    },
    go(how, url) {
      win.log.push(how + ' ' + url);
      win.location.search = url.slice(win.location.pathname.length).replace(/#.*/, '');
    },
    requestAnimationFrame: (callback) => queue.push(callback),
    setTimeout: (callback) => queue.push(callback),
    flush() {
      while (queue.length > 0) {
        queue.shift()();
      }
    },
  };
  return win;
}

function session() {
  const win = fakeWindow();
  let query = '';
  const history = createHistory(win, () => query);
  return {
    win,
    change(kind, next) {
      query = next;
      history.remember(kind);
      win.flush();
    },
    history,
  };
}

describe('createHistory', () => {
  it('adds an entry per facet change and one per run of typing', () => {
    const s = session();
    s.change(FACET, '?colour=red');
    s.change(TEXT, '?colour=red&q=p');
    s.change(TEXT, '?colour=red&q=pe');
    s.change(TEXT, '?colour=red&q=peer');
    s.change(FACET, '?q=peer');
    s.change(TEXT, '?q=peers');
    s.change(CLEAR, '');
    assert.deepEqual(s.win.log, [
      'push /directory/?colour=red',
      'push /directory/?colour=red&q=p',
      'replace /directory/?colour=red&q=pe',
      'replace /directory/?colour=red&q=peer',
      'push /directory/?q=peer',
      'push /directory/?q=peers',
      'push /directory/',
    ]);
  });

  it('adds an entry for another page of results, which ends a run of typing', () => {
    const s = session();
    s.change(TEXT, '?q=p');
    s.change(PAGE, '?q=p&page=2');
    s.change(TEXT, '?q=pe');
    assert.deepEqual(s.win.log, [
      'push /directory/?q=p',
      'push /directory/?q=p&page=2',
      'push /directory/?q=pe',
    ]);
  });

  it('writes once per frame, and nothing when the address is already right', () => {
    const s = session();
    s.history.remember(FACET);
    s.history.remember(TEXT);
    s.change(FACET, '?colour=red');
    s.change(FACET, '?colour=red');
    assert.deepEqual(s.win.log, ['push /directory/?colour=red']);
  });

  it('drops unwritten changes after Back or Forward', () => {
    const win = fakeWindow();
    const history = createHistory(win, () => '?colour=blue');
    history.remember(FACET);
    history.follow();
    win.flush();
    assert.deepEqual(win.log, []);
  });

  it('keeps the fragment', () => {
    const win = fakeWindow();
    win.location.hash = '#results';
    const history = createHistory(win, () => '?size=s');
    history.remember(FACET);
    win.flush();
    assert.deepEqual(win.log, ['push /directory/?size=s#results']);
  });
});
