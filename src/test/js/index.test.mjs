// The filter index as the bake writes it (assets/js/filter/index.js), without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardTexts,
  createCardStore,
  decodeChunk,
  decodeIndex,
  filterIndex,
} from '../../../assets/js/filter/index.js';
import { evaluate } from '../../../assets/js/filter/match.js';
import { parseQuery } from '../../../assets/js/filter/state.js';

// Made-up facets: decoding must not depend on the guide's own facet names. "tint" has more
// values than fit a bit mask, so its cells are lists of positions.
const TINTS = Array.from({ length: 40 }, (_, i) => 't' + i);
const HEAD = {
  version: 2,
  count: 3,
  pageSize: 2,
  entryPath: ['things/', '/'],
  chunkSize: 2,
  chunks: ['f/c-0.json', 'f/c-1.json'],
  search: { keyLength: 1, path: ['f/s-', '.json'], keys: ['a', 'b'] },
  facets: [
    { field: 'colour', id: 'colour', label: 'Colour', filter: true, card: true,
      values: ['red', 'green', 'blue'], labels: ['Red', 'Green', 'Blue'] },
    { field: 'shape', id: 'shape', label: 'Shape', filter: false, card: true,
      values: ['round', 'square'], labels: ['Round', 'Square'] },
    { field: 'tint', id: 'tint', label: 'Tint', filter: true, card: false,
      values: TINTS, labels: TINTS },
  ],
  rows: [
    [0b101, 0b01, [39]],
    [0, 0b10, []],
    [0b010, 0b11, [0, 31]],
  ],
};
const CHUNKS = {
  'f/c-0.json': { version: 2, from: 0, cards: [
    ['a', 'Alpha Community', 'Prov A', 'About alpha', 'one, two', 0],
    ['b', 'Beta', 'Société Éducative', 'Practice community', '', 1],
  ] },
  'f/c-1.json': { version: 2, from: 2, cards: [['c', 'Gamma', 'P', 'Summary', 'community', 0]] },
};

describe('decodeIndex', () => {
  it('turns bit masks and position lists into columns of value positions', () => {
    const decoded = decodeIndex(HEAD);
    assert.equal(decoded.size, 3);
    assert.deepEqual(Array.from(decoded.columns[0].offsets), [0, 2, 2, 3]);
    assert.deepEqual(Array.from(decoded.columns[0].values), [0, 2, 1]);
    assert.deepEqual(Array.from(decoded.columns[1].values), [0, 1, 0, 1]);
    assert.deepEqual(Array.from(decoded.columns[2].offsets), [0, 1, 1, 3]);
    assert.deepEqual(Array.from(decoded.columns[2].values), [39, 0, 31]);
  });

  it('filters on the facets the index marks for the filter only', () => {
    const index = filterIndex(decodeIndex(HEAD), null);
    assert.deepEqual(index.facets.map((f) => f.field), ['colour', 'tint']);
    const state = parseQuery('?colour=blue,green&tint=t31&shape=round', index.facets);
    assert.deepEqual(Array.from(evaluate(index, state).matches), [2]);
    assert.throws(() => evaluate(index, parseQuery('?q=alpha', index.facets)), /needs the index texts or the ranks/);
  });

  it('refuses another version, a wrong count and values out of range', () => {
    assert.throws(() => decodeIndex({ ...HEAD, version: 1 }), /version 1, expected 2/);
    assert.throws(() => decodeIndex({ ...HEAD, search: undefined }), /no search shards/);
    assert.throws(() => decodeIndex({ ...HEAD, count: 4 }), /3 rows for 4 entries/);
    assert.throws(() => decodeIndex({ ...HEAD, rows: [[8, 0, []], [0, 0, []], [0, 0, [40]]] }),
      /out of range/);
  });
});

describe('cards', () => {
  it('reads a chunk and refuses one that is not where the index says', () => {
    const decoded = decodeIndex(HEAD);
    const cards = decodeChunk(CHUNKS['f/c-0.json'], decoded, 0);
    assert.deepEqual(cards[1], { slug: 'b', title: 'Beta', provider: 'Société Éducative',
      summary: 'Practice community', tags: '', broken: true });
    assert.throws(() => decodeChunk(CHUNKS['f/c-1.json'], decoded, 0), /starts at 2/);
  });

  it('searches title, then tags and provider, then summary, folded', () => {
    assert.deepEqual(cardTexts({ title: 'Été', tags: 'a, b', provider: 'P', summary: 'S' }),
      ['ete', 'a, b\np', 's']);
  });

  it('fetches only the chunks a page needs, once', async () => {
    const decoded = decodeIndex(HEAD);
    const fetched = [];
    const store = createCardStore(decoded, (path) => {
      fetched.push(path);
      return Promise.resolve(CHUNKS[path]);
    });
    assert.equal(store.has([2]), false);
    await store.ensure([2]);
    await store.ensure([2]);
    assert.deepEqual(fetched, ['f/c-1.json']);
    assert.equal(store.card(2).slug, 'c');
    await store.ensure([0, 1, 2]);
    assert.deepEqual(fetched, ['f/c-1.json', 'f/c-0.json']);
    const index = filterIndex(decoded, [0, 1, 2].map((i) => cardTexts(store.card(i))));
    const ranked = evaluate(index, parseQuery('?q=commun', index.facets)).matches;
    // "Alpha Community" by its title, Gamma by its tags, Beta by its summary only.
    assert.deepEqual(Array.from(ranked), [0, 2, 1]);
  });
});
