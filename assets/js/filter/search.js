/*
 * The search index as the bake writes it (site/SearchShards.java): which entries have a word, in
 * shards by the word's first letters, so that a search fetches only the shards of its own words.
 *
 * The index's first part says {search: {keyLength, path: [before key, after key], keys: [...]}};
 * a shard is {version: 2, key, words: {word: [[title], [tags and provider], [summary]]}}, each
 * list the entries (numbers in directory order) having the word in that field group, ascending,
 * delta-encoded (the first number as it is, then differences).
 *
 * A plain search word (one run of letters and digits, see match.js) begins a word of a field
 * exactly when some word of the field starts with it: its rank is the first field group where a
 * word of the shard starting with it lists the entry, the same rank match.js's rankOf gives from
 * the texts. A word with other characters inside ("e-learning") may match only where a word
 * starts with each of its runs ("e", "learning"): those entries' texts (their card chunks)
 * decide.
 */
import { hasWords, isPlainWord, splitWords } from './match.js';
import { VERSION } from './version.js';

/** The keys of the shards a word's matches are in (a word shorter than a key: all it begins). */
export function shardKeys(word, search) {
  if (word.length >= search.keyLength) {
    const key = word.slice(0, search.keyLength);
    return search.keys.includes(key) ? [key] : [];
  }
  return search.keys.filter((key) => key.startsWith(word));
}

/** A key as it is in a file name: a-z and 0-9 as they are, else _ and four hex digits. */
export function fileSafe(key) {
  let safe = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      safe += key[i];
    } else {
      safe += '_' + c.toString(16).padStart(4, '0');
    }
  }
  return safe;
}

/** The path of a shard, relative to the site root. */
export function shardPath(key, search) {
  return search.path[0] + fileSafe(key) + search.path[1];
}

/** A list of deltas back to ascending entry numbers, each checked against the index's size. */
export function decodePostings(deltas, size) {
  const out = new Int32Array(deltas.length);
  let n = 0;
  for (let k = 0; k < deltas.length; k++) {
    const d = deltas[k];
    if (!Number.isInteger(d) || d < 0 || (k > 0 && d === 0)) {
      throw new Error('search shard: bad posting ' + d);
    }
    n += d;
    if (n >= size) {
      throw new Error('search shard: entry ' + n + ' of ' + size);
    }
    out[k] = n;
  }
  return out;
}

/** A shard as [[word, [postings per field group]], ...], checked. */
export function decodeShard(json, key, size) {
  if (!json || json.version !== VERSION) {
    throw new Error('search shard ' + key + ': version ' + (json && json.version) +
      ', expected ' + VERSION);
  }
  if (json.key !== key) {
    throw new Error('search shard ' + key + ': holds ' + json.key);
  }
  return Object.entries(json.words).map(([word, groups]) => {
    if (!word.startsWith(key)) {
      throw new Error('search shard ' + key + ': word ' + word);
    }
    return [word, groups.map((deltas) => decodePostings(deltas, size))];
  });
}

/**
 * Per entry, a bit per field group (1: title, 2: tags and provider, 4: summary) where some word
 * of the shards starts with this plain word.
 */
function groupsOf(part, shards, search, size) {
  const mask = new Uint8Array(size);
  for (const key of shardKeys(part, search)) {
    for (const [text, groups] of shards.get(key)) {
      if (text.startsWith(part)) {
        groups.forEach((postings, g) => {
          for (const i of postings) {
            mask[i] |= 1 << g;
          }
        });
      }
    }
  }
  return mask;
}

/**
 * Per entry, the field groups where a search word may begin a word: for a plain word exactly
 * those, for one with other characters inside ("e-learning") those where a word starts with each
 * of its runs of letters and digits, still to be checked against the text.
 */
function candidateGroups(word, shards, search, size) {
  const parts = splitWords(word);
  let mask = null;
  for (const part of parts) {
    const groups = groupsOf(part, shards, search, size);
    if (mask === null) {
      mask = groups;
    } else {
      for (let i = 0; i < size; i++) {
        mask[i] &= groups[i];
      }
    }
  }
  return mask === null ? new Uint8Array(size) : mask;
}

/** The runs of letters and digits whose shards a search needs. */
function partsOf(words) {
  return words.flatMap((word) => splitWords(word));
}

/**
 * The entries whose texts a search must read: those a word that is not plain may match. Their
 * cards must be in before searchRanks can rank them.
 */
export function candidates(words, shards, search, size) {
  const out = [];
  for (const word of words) {
    if (!isPlainWord(word)) {
      const mask = candidateGroups(word, shards, search, size);
      for (let i = 0; i < size; i++) {
        if (mask[i] !== 0) {
          out.push(i);
        }
      }
    }
  }
  return out;
}

/**
 * The ranks of the entries for these words, from decoded shards (by key): per entry the sum over
 * the words of the first field group the word begins a word of, -1 when some word is in none
 * (as match.js's rankOf gives from the texts). textsOf(i) gives an entry's folded texts in rank
 * order (cardTexts), asked only for the candidates of words that are not plain.
 */
export function searchRanks(words, shards, search, size, textsOf = null) {
  const ranks = new Int32Array(size);
  for (const word of words) {
    const plain = isPlainWord(word);
    const mask = candidateGroups(word, shards, search, size);
    for (let i = 0; i < size; i++) {
      if (ranks[i] < 0) {
        continue;
      }
      let g = 0;
      if (plain) {
        while (g < 3 && (mask[i] & (1 << g)) === 0) {
          g++;
        }
      } else if (mask[i] !== 0) {
        const texts = textsOf(i);
        while (g < 3 && ((mask[i] & (1 << g)) === 0 || !hasWords(texts[g], [word]))) {
          g++;
        }
      } else {
        g = 3;
      }
      ranks[i] = g === 3 ? -1 : ranks[i] + g;
    }
  }
  return ranks;
}

/**
 * The shards, fetched with fetchJson(path) on demand and kept: has(words) says whether the shards
 * of these words are in, ensure(words) loads them; then candidates(words) lists the entries
 * whose cards ranks(words, textsOf) will read.
 */
export function createSearchStore(decoded, fetchJson) {
  const search = decoded.search;
  const loading = new Map();
  const shards = new Map();
  const needed = (words) => partsOf(words).flatMap((part) => shardKeys(part, search));

  function load(key) {
    if (!loading.has(key)) {
      const promise = fetchJson(shardPath(key, search)).then((json) => {
        shards.set(key, decodeShard(json, key, decoded.size));
      });
      promise.catch(() => loading.delete(key)); // try again next time
      loading.set(key, promise);
    }
    return loading.get(key);
  }

  return {
    has: (words) => needed(words).every((key) => shards.has(key)),
    ensure: (words) => Promise.all(needed(words).map(load)),
    candidates: (words) => candidates(words, shards, search, decoded.size),
    ranks: (words, textsOf) => searchRanks(words, shards, search, decoded.size, textsOf),
  };
}
