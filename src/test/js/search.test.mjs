// The search shards (assets/js/filter/search.js): which shards a search fetches, how postings
// decode, and that ranks from the shards equal the ranks from the texts; and that the script
// folds and cuts text as the bake does (the same table as SearchFoldingTest).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cardTexts, filterIndex, decodeIndex } from '../../../assets/js/filter/index.js';
import { evaluate, fold, isPlainWord, searchWords, textWords } from '../../../assets/js/filter/match.js';
import {
  createSearchStore,
  decodePostings,
  decodeShard,
  fileSafe,
  searchRanks,
  shardKeys,
  shardPath,
} from '../../../assets/js/filter/search.js';
import { parseQuery } from '../../../assets/js/filter/state.js';

const FOLDING = JSON.parse(readFileSync(new URL('./fixtures/folding.json', import.meta.url), 'utf8'));

describe('folding parity with the bake', () => {
  for (const c of FOLDING.cases) {
    it('folds and cuts ' + JSON.stringify(c.text), () => {
      assert.equal(fold(c.text), c.folded);
      assert.deepEqual(textWords(c.text), c.words);
      assert.deepEqual(c.words.map((w) => fileSafe(w.slice(0, 2))), c.keys);
    });
  }

  it('knows which search words the shards can answer', () => {
    assert.equal(isPlainWord('peer'), true);
    assert.equal(isPlainWord('société'), true);
    assert.equal(isPlainWord('e-learning'), false);
    assert.equal(isPlainWord(''), false);
  });
});

const SEARCH = { keyLength: 2, path: ['filter/search-v2-', '.json'], keys: ['a', 'pe', 'pr', 'so', 'é'] };

describe('shard selection', () => {
  it('takes the shard of a word\'s first letters, every shard a short word begins, none unknown', () => {
    assert.deepEqual(shardKeys('peer', SEARCH), ['pe']);
    assert.deepEqual(shardKeys('pe', SEARCH), ['pe']);
    assert.deepEqual(shardKeys('p', SEARCH), ['pe', 'pr']);
    assert.deepEqual(shardKeys('a', SEARCH), ['a']);
    assert.deepEqual(shardKeys('zz', SEARCH), []);
    assert.equal(shardPath('pe', SEARCH), 'filter/search-v2-pe.json');
    assert.equal(shardPath('é', SEARCH), 'filter/search-v2-_00e9.json');
  });
});

describe('postings', () => {
  it('decodes deltas and refuses what cannot be', () => {
    assert.deepEqual(Array.from(decodePostings([3, 1, 6], 11)), [3, 4, 10]);
    assert.deepEqual(Array.from(decodePostings([0, 2], 3)), [0, 2]);
    assert.throws(() => decodePostings([3, 8], 11), /entry 11 of 11/);
    assert.throws(() => decodePostings([3, 0], 11), /bad posting 0/);
    assert.throws(() => decodePostings([-1], 11), /bad posting/);
  });

  it('refuses a shard of another version or key', () => {
    const shard = { version: 2, key: 'pe', words: { peer: [[0], [], [1]] } };
    assert.deepEqual(decodeShard(shard, 'pe', 2).map(([w]) => w), ['peer']);
    assert.throws(() => decodeShard({ ...shard, version: 1 }, 'pe', 2), /version 1, expected 2/);
    assert.throws(() => decodeShard(shard, 'pr', 2), /holds pe/);
    assert.throws(() => decodeShard({ ...shard, words: { pr: [[], [], []] } }, 'pe', 2), /word pr/);
  });
});

/** The shards the bake would write for these cards (the same rules, for the test). */
function shardsOf(cards, keyLength) {
  const byKey = new Map();
  cards.forEach((card, i) => {
    const groups = [card.title, card.tags + '\n' + card.provider, card.summary];
    groups.forEach((text, g) => {
      for (const word of textWords(text)) {
        const key = word.slice(0, keyLength);
        if (!byKey.has(key)) {
          byKey.set(key, { version: 2, key, words: {} });
        }
        const words = byKey.get(key).words;
        words[word] ||= [[], [], []];
        const list = words[word][g];
        if (list[list.length - 1] !== i) {
          list.push(i);
        }
      }
    });
  });
  for (const shard of byKey.values()) {
    for (const groups of Object.values(shard.words)) {
      groups.forEach((list, g) => {
        groups[g] = list.map((n, k) => (k === 0 ? n : n - list[k - 1]));
      });
    }
  }
  return byKey;
}

const VOCABULARY = ['peer', 'Peers', 'péer', 'community', 'commune', 'e-learning', 'Learning',
  'practice', 'société', 'SOCIAL', 'p2p', 'a', 'an', 'and', 'ǅemal', 'ﬁnance', 'x²', 'network'];

function randomCards(n, seed) {
  let s = seed;
  const next = (k) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const text = (words) => Array.from({ length: words }, () => VOCABULARY[next(VOCABULARY.length)])
    .join(next(3) === 0 ? ', ' : ' ');
  return Array.from({ length: n }, (_, i) => ({
    slug: 's' + i, title: text(1 + next(3)), provider: text(1), summary: text(2 + next(6)),
    tags: text(next(3)), broken: false,
  }));
}

describe('ranks from the shards', () => {
  for (const keyLength of [1, 2]) {
    it('equal the ranks from the texts, key length ' + keyLength, async () => {
      const cards = randomCards(300, 7 + keyLength);
      const raw = shardsOf(cards, keyLength);
      const decoded = decodeIndex({
        version: 2, count: cards.length, pageSize: 60, entryPath: ['e/', '/'], chunkSize: 20,
        chunks: [], facets: [{ field: 'kind', id: 'kind', label: 'Kind', filter: true, card: true,
          values: ['x', 'y'], labels: ['X', 'Y'] }],
        rows: cards.map((_, i) => [i % 3 === 0 ? 1 : 2]),
        search: { keyLength, path: ['f/s-', '.json'], keys: Array.from(raw.keys()).sort() },
      });
      const fetched = [];
      const store = createSearchStore(decoded, (path) => {
        fetched.push(path);
        const key = Array.from(raw.keys()).find((k) => shardPath(k, decoded.search) === path);
        return Promise.resolve(raw.get(key));
      });
      const withTexts = filterIndex(decoded, cards.map(cardTexts));
      const withoutTexts = filterIndex(decoded, null);
      for (const q of ['peer', 'p', 'pe', 'commun learn', 'societe', 'SOCIAL pr', 'a', 'an p2p',
        'dzemal', 'fin', 'x2', 'zebra', 'learning peer network', 'PÉ', 'e-learning',
        'e-learn peer', 'peer,', 'zzzz-nothing', 'e-l', 'peer community']) {
        const words = searchWords(q);
        await store.ensure(words);
        assert.equal(store.has(words), true);
        const toRead = new Set(store.candidates(words));
        const textsOf = (i) => {
          assert.ok(toRead.has(i), 'reads only the candidates\' cards');
          return cardTexts(cards[i]);
        };
        for (const query of ['?q=' + encodeURIComponent(q), '?kind=x&q=' + encodeURIComponent(q)]) {
          const state = parseQuery(query, withTexts.facets);
          const expected = evaluate(withTexts, state);
          const actual = evaluate(withoutTexts, state, store.ranks(words, textsOf));
          assert.deepEqual(Array.from(actual.matches), Array.from(expected.matches), query);
          assert.deepEqual(actual.counts.map((c) => Array.from(c)),
            expected.counts.map((c) => Array.from(c)), query);
        }
      }
      assert.equal(new Set(fetched).size, fetched.length, 'each shard fetched once');
      assert.deepEqual(store.candidates(searchWords('peer zzzz-nothing')), []);
      assert.ok(store.candidates(searchWords('e-learning')).length < cards.length / 2);
    });
  }

  it('sums the first field group of each word', () => {
    const search = { keyLength: 1, keys: ['a', 'b'] };
    const shards = new Map([
      ['a', [['alpha', [Int32Array.of(0), Int32Array.of(1), Int32Array.of(0, 2)]]]],
      ['b', [['beta', [Int32Array.of(), Int32Array.of(), Int32Array.of(0, 1)]]]],
    ]);
    assert.deepEqual(Array.from(searchRanks(['al', 'b'], shards, search, 4)), [2, 3, -1, -1]);
  });
});
