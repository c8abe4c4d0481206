// Matching and counting (assets/js/filter/match.js), without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createIndex,
  evaluate,
  fold,
  fromColumns,
  hasWords,
  rankOf,
  indexBuilder,
  searchText,
  searchWords,
} from '../../../assets/js/filter/match.js';
import { emptyState, parseQuery } from '../../../assets/js/filter/state.js';

// Made-up facets: matching must not depend on the guide's own facet names.
const FACETS = [
  { field: 'colour', values: ['red', 'green', 'blue'] },
  { field: 'size', values: ['s', 'm', 'l'] },
];

const ROWS = [
  { values: { colour: ['red'], size: ['s'] }, text: 'Community of practice\nSociété Éducative' },
  { values: { colour: ['red', 'green'], size: ['m'] }, text: 'E-Learning basics\nOpen Uni' },
  { values: { colour: ['blue'], size: ['l', 's'] }, text: 'Peer coaching\nunity tags' },
  { values: { colour: [], size: ['m'] }, text: 'Ｆｕｌｌ width and ﬁne print' },
  { values: { colour: ['green', 'purple'] }, text: '' },
];

const INDEX = createIndex(FACETS, ROWS);

function matching(query) {
  return Array.from(evaluate(INDEX, parseQuery(query, FACETS)).matches);
}

describe('text', () => {
  it('folds case, accents and compatibility forms', () => {
    assert.equal(fold('Société ÉDUCATIVE'), 'societe educative');
    assert.equal(fold('Ｆｕｌｌ ﬁne Ångström'), 'full fine angstrom');
    assert.equal(fold('İstanbul Ёлка'), 'istanbul елка');
    // Marks outside the Latin combining block go too: Hebrew points.
    assert.equal(fold('שָׁלוֹם'), 'שלום');
  });

  it('takes the words of a query without the punctuation around them', () => {
    assert.deepEqual(searchWords('  Commun  (e-learning), COMMUN - '), ['commun', 'e-learning']);
    assert.deepEqual(searchWords('   '), []);
    assert.deepEqual(searchWords('"peer" Société!'), ['peer', 'societe']);
  });

  it('finds every word only where a word begins', () => {
    const text = searchText('Community of practice, e-learning; 2nd Édition');
    assert.equal(hasWords(text, searchWords('commun')), true);
    assert.equal(hasWords(text, searchWords('COMMUN PRACT')), true);
    assert.equal(hasWords(text, searchWords('learning')), true);
    assert.equal(hasWords(text, searchWords('e-learn')), true);
    assert.equal(hasWords(text, searchWords('edition 2nd')), true);
    assert.equal(hasWords(text, searchWords('unity')), false);
    assert.equal(hasWords(text, searchWords('nd')), false);
    assert.equal(hasWords(text, searchWords('commun nothing')), false);
  });

  it('looks past an occurrence inside a word for one at a word start', () => {
    assert.equal(hasWords(searchText('community unity'), ['unity']), true);
    assert.equal(hasWords(searchText('communityunity'), ['unity']), false);
    assert.equal(hasWords(searchText('éunity'), ['unity']), false);
  });
});

describe('evaluate', () => {
  it('lists every entry, in index order, with no filter', () => {
    assert.deepEqual(matching(''), [0, 1, 2, 3, 4]);
  });

  it('ORs within a facet and ANDs across facets', () => {
    assert.deepEqual(matching('?colour=red'), [0, 1]);
    assert.deepEqual(matching('?colour=red,blue'), [0, 1, 2]);
    assert.deepEqual(matching('?colour=red,blue&size=s'), [0, 2]);
    assert.deepEqual(matching('?size=m'), [1, 3]);
    assert.deepEqual(matching('?colour=green&size=l'), []);
  });

  it('ignores a value the facet does not list', () => {
    assert.deepEqual(matching('?colour=purple'), [0, 1, 2, 3, 4]);
  });

  it('searches ignoring case and accents, by word prefix, every word', () => {
    assert.deepEqual(matching('?q=commun'), [0]);
    assert.deepEqual(matching('?q=SOCIETE+educ'), [0]);
    assert.deepEqual(matching('?q=soci%C3%A9t%C3%A9'), [0]);
    assert.deepEqual(matching('?q=unity'), [2]);
    assert.deepEqual(matching('?q=learning'), [1]);
    assert.deepEqual(matching('?q=e-learning'), [1]);
    assert.deepEqual(matching('?q=elearning'), []);
    assert.deepEqual(matching('?q=full+fine'), [3]);
    assert.deepEqual(matching('?q=peer+open'), []);
    assert.deepEqual(matching('?q=open&colour=green'), [1]);
  });

  it('counts beside each value what ticking it alone in its facet would show', () => {
    const { counts } = evaluate(INDEX, parseQuery('?colour=red&size=m', FACETS));
    // colour: with size=m; size: with colour=red.
    assert.deepEqual(Array.from(counts[0]), [1, 1, 0]);
    assert.deepEqual(Array.from(counts[1]), [1, 1, 0]);
  });

  it('agrees with the definition on random data', () => {
    const random = seeded(7);
    const facets = [
      { field: 'a', values: ['a0', 'a1', 'a2', 'a3'] },
      { field: 'b', values: ['b0', 'b1'] },
      { field: 'c', values: ['c0', 'c1', 'c2'] },
    ];
    const words = ['alpha', 'beta', 'gamma', 'delta', 'Élan', 'elan'];
    const rows = Array.from({ length: 300 }, () => ({
      values: Object.fromEntries(facets.map((f) => [f.field, f.values.filter(() => random() < 0.4)])),
      text: words.filter(() => random() < 0.3).join(' '),
    }));
    const index = createIndex(facets, rows);
    for (let round = 0; round < 200; round++) {
      const state = emptyState(facets);
      for (const f of facets) {
        state.selected[f.field] = f.values.filter(() => random() < 0.3);
      }
      state.q = words.filter(() => random() < 0.15).map((w) => w.slice(0, 3)).join(' ');
      const result = evaluate(index, state);
      assert.deepEqual(Array.from(result.matches), naive(facets, rows, state), JSON.stringify(state));
      facets.forEach((f, fi) => {
        f.values.forEach((v, vi) => {
          const alone = { ...state, selected: { ...state.selected, [f.field]: [v] } };
          assert.equal(result.counts[fi][vi], naive(facets, rows, alone).length,
            `count of ${f.field}=${v} for ${JSON.stringify(state)}`);
        });
      });
    }
  });
});

describe('indexBuilder', () => {
  it('builds the same index as createIndex, one entry at a time, skipping blanks and unknowns', () => {
    const builder = indexBuilder(FACETS);
    builder.add((field) => ({ colour: 'red  green'.split(' '), size: ['', 'xl', 'l'] })[field], 'A');
    builder.add(() => [], 'B');
    const built = builder.build();
    const created = createIndex(FACETS, [
      { values: { colour: ['red', 'green'], size: ['l'] }, text: 'A' },
      { values: {}, text: 'B' },
    ]);
    assert.deepEqual(built, created);
    assert.deepEqual(Array.from(built.columns[0].values), [0, 1]);
    assert.deepEqual(Array.from(built.columns[1].offsets), [0, 1, 1]);
  });
});

describe('fromColumns', () => {
  it('takes facet values already as integers, as a fetched index would', () => {
    const index = fromColumns(
      FACETS,
      [
        { offsets: Int32Array.of(0, 1, 3), values: Int32Array.of(0, 1, 2) },
        { offsets: Int32Array.of(0, 0, 1), values: Int32Array.of(2) },
      ],
      [[searchText('first')], [searchText('second')]],
    );
    const state = parseQuery('?colour=blue', FACETS);
    assert.deepEqual(Array.from(evaluate(index, state).matches), [1]);
    assert.deepEqual(Array.from(evaluate(index, state).counts[0]), [1, 1, 1]);
  });

  it('refuses columns that do not fit the facets or the entries', () => {
    assert.throws(() => fromColumns(FACETS, [], []), /one column per facet/);
    const column = { offsets: Int32Array.of(0, 0), values: new Int32Array(0) };
    assert.throws(() => fromColumns(FACETS, [column, column], []), /covers 1 of 0/);
  });
});

describe('ranking', () => {
  // Fields in rank order: title; tags and provider; summary.
  const rows = [
    { values: {}, text: ['Open notes', 'community', 'A community of practice for notes'] },
    { values: {}, text: ['Community of practice', 'peers', 'Practice together'] },
    { values: {}, text: ['Peer coaching', 'Communauté', 'Weekly calls'] },
    { values: {}, text: ['Reading group', 'books', 'Commune with others'] },
    { values: {}, text: ['Practice communities', 'x', 'y'] },
  ];
  const index = createIndex([], rows);
  const ranked = (q) => Array.from(evaluate(index, { selected: {}, q, page: 1 }).matches);

  it('lists title matches first, then tags and provider, then summary, each in index order', () => {
    assert.deepEqual(ranked('commun'), [1, 4, 0, 2, 3]);
  });

  it('adds up the rank of every word, and needs every word somewhere', () => {
    assert.deepEqual(ranked('commun practice'), [1, 4, 0]);
    assert.equal(rankOf(['community of practice', '', ''], ['commun', 'practice']), 0);
    assert.equal(rankOf(['open', 'community', 'practice'], ['commun', 'practice']), 3);
    assert.equal(rankOf(['open', 'community', 'practice'], ['commun', 'peer']), -1);
  });

  it('keeps the index order without search words', () => {
    assert.deepEqual(ranked(''), [0, 1, 2, 3, 4]);
  });
});

/** The matching entries by the definition: each word a word prefix, OR within, AND across. */
function naive(facets, rows, state) {
  const words = fold(state.q).split(/\s+/).filter(Boolean);
  const result = [];
  rows.forEach((row, i) => {
    const textWords = fold(row.text).split(/[^\p{L}\p{N}]+/u);
    // (The random words hold no punctuation, so a word prefix is a prefix of one text word.)
    const textOk = words.every((w) => textWords.some((t) => t.startsWith(w)));
    const facetsOk = facets.every((f) => {
      const ticked = state.selected[f.field];
      return ticked.length === 0 || (row.values[f.field] || []).some((v) => ticked.includes(v));
    });
    if (textOk && facetsOk) {
      result.push(i);
    }
  });
  return result;
}

/** A small deterministic random number generator (mulberry32). */
function seeded(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
