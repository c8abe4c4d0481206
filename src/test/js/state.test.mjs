// The filter's URL state (assets/js/filter/state.js): parsing, writing and round trips.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyState,
  isFiltered,
  parseQuery,
  tickedCount,
  toQuery,
  withPage,
  pageCount,
  withText,
  withValue,
} from '../../../assets/js/filter/state.js';

// Made-up facets: the state must not depend on the guide's own facet names.
const FACETS = [
  { field: 'colour', values: ['red', 'green', 'blue'] },
  { field: 'size', values: ['s', 'm', 'l'] },
  { field: 'mood', values: ['calm', 'ça-va'] },
];

describe('parseQuery', () => {
  it('reads comma-separated and repeated values into facet order', () => {
    const state = parseQuery('?size=l&colour=blue,red&size=s', FACETS);
    assert.deepEqual(state.selected, { colour: ['red', 'blue'], size: ['s', 'l'], mood: [] });
  });

  it('ignores unknown fields, unknown values, blanks and duplicates', () => {
    const state = parseQuery('?shape=round&colour=red,,purple, red&mood=', FACETS);
    assert.deepEqual(state.selected, { colour: ['red'], size: [], mood: [] });
  });

  it('decodes the text, joins repeated q and keeps it as typed', () => {
    assert.equal(parseQuery('?q=r%C3%A9seaux+apprenants', FACETS).q, 'réseaux apprenants');
    assert.equal(parseQuery('?q=a&q=b', FACETS).q, 'a b');
    assert.equal(parseQuery('', FACETS).q, '');
  });

  it('reads a page number and falls back to the first page for anything else', () => {
    assert.equal(parseQuery('?page=3', FACETS).page, 3);
    for (const bad of ['', '?page=0', '?page=-2', '?page=two', '?page=1e3', '?page=99999999']) {
      assert.equal(parseQuery(bad, FACETS).page, 1, bad);
    }
  });

  it('never reads the filter’s own keys as a facet', () => {
    const facets = [...FACETS, { field: 'q', values: ['x'] }];
    assert.deepEqual(parseQuery('?q=x', facets).selected.q, []);
    assert.equal(parseQuery('?q=x', facets).q, 'x');
  });
});

describe('toQuery', () => {
  it('writes facets and values in facet order, then q and page', () => {
    let state = emptyState(FACETS);
    state = withValue(state, FACETS, 'size', 'm', true);
    state = withValue(state, FACETS, 'colour', 'blue', true);
    state = withValue(state, FACETS, 'colour', 'red', true);
    state = withPage(withText(state, '  peer  coach '), 2);
    assert.equal(toQuery(state, FACETS), '?colour=red,blue&size=m&q=peer++coach&page=2');
  });

  it('is empty for the empty state and leaves the first page out', () => {
    assert.equal(toQuery(emptyState(FACETS), FACETS), '');
    assert.equal(toQuery(withText(emptyState(FACETS), '   '), FACETS), '');
  });

  it('encodes what a URL cannot hold as is', () => {
    const state = withText(withValue(emptyState(FACETS), FACETS, 'mood', 'ça-va', true), 'a&b=c#d');
    assert.equal(toQuery(state, FACETS), '?mood=%C3%A7a-va&q=a%26b%3Dc%23d');
  });
});

describe('round trips', () => {
  const queries = [
    '',
    '?colour=red',
    '?colour=red,green,blue&size=s&mood=%C3%A7a-va',
    '?size=m&q=Soci%C3%A9t%C3%A9+%C3%A9ducative',
    '?q=100%25+%2B+more',
    '?colour=green&q=x&page=7',
  ];
  for (const query of queries) {
    it(`writes back what it read: "${query}"`, () => {
      assert.equal(toQuery(parseQuery(query, FACETS), FACETS), query);
    });
  }

  it('reads back what it wrote for any text', () => {
    for (const q of ['plain', 'a+b', 'ü ß 漢字', 'x=y&z', '%41', 'tab\tand  spaces']) {
      const state = withText(emptyState(FACETS), q);
      assert.equal(parseQuery(toQuery(state, FACETS), FACETS).q.trim(), q.trim());
    }
  });
});

describe('changes', () => {
  it('ticks and unticks a value without touching the old state, back on page 1', () => {
    const before = withPage(emptyState(FACETS), 2);
    const after = withValue(before, FACETS, 'colour', 'green', true);
    assert.deepEqual(before.selected.colour, []);
    assert.deepEqual(after.selected.colour, ['green']);
    assert.equal(after.page, 1);
    assert.deepEqual(withValue(after, FACETS, 'colour', 'green', false).selected.colour, []);
  });

  it('ignores values the facets do not list', () => {
    const state = emptyState(FACETS);
    assert.equal(withValue(state, FACETS, 'colour', 'purple', true), state);
    assert.equal(withValue(state, FACETS, 'shape', 'round', true), state);
  });

  it('counts ticks and tells whether anything filters', () => {
    const ticked = withValue(withValue(emptyState(FACETS), FACETS, 'size', 's', true), FACETS,
      'mood', 'calm', true);
    assert.equal(tickedCount(ticked), 2);
    assert.equal(isFiltered(ticked), true);
    assert.equal(isFiltered(withText(emptyState(FACETS), ' x ')), true);
    assert.equal(isFiltered(withText(emptyState(FACETS), '   ')), false);
  });
});

describe('pages', () => {
  it('counts pages of matches, at least one, and keeps page numbers whole and positive', () => {
    assert.equal(pageCount(0, 60), 1);
    assert.equal(pageCount(60, 60), 1);
    assert.equal(pageCount(61, 60), 2);
    assert.equal(pageCount(10000, 60), 167);
    assert.equal(withPage(emptyState(FACETS), 0).page, 1);
    assert.equal(withPage(emptyState(FACETS), 3.7).page, 3);
  });
});
