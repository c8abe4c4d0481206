/*
 * The filter index, as the bake writes it (site/FilterIndex.java), decoded with no DOM.
 *
 * The first part, fetched when the directory starts (filter/index-v2.json):
 *   {version: 2, count, pageSize, entryPath: [before slug, after slug], chunkSize,
 *    chunks: [paths of the card chunks],
 *    facets: [{field, id, label, filter, card, values: [ids], labels: [labels]}],
 *    search: {keyLength, path: [before key, after key], keys: [shard keys]} (search.js),
 *    rows: [[one cell per facet], … one row per entry, in directory order]}
 * A cell is a bit mask of value positions (bit v set: the entry has values[v]) for a facet of at
 * most 30 values, else the list of positions.
 *
 * The chunks, small, fetched for the cards a page lists (and for the entries a search word with a
 * hyphen or the like inside may match: search.js):
 *   {version: 2, from: first entry, cards: [[slug, title, provider, summary, tags, broken], …]}
 * Nothing here names a facet: they all come from the index.
 */
import { fromColumns, searchText } from './match.js';
import { VERSION } from './version.js';

export { VERSION };

/**
 * The index's first part as {size, pageSize, entryPath, chunkSize, chunks, facets, columns}:
 * facets as the index lists them, and per facet a column {offsets, values} of value positions
 * (the values of entry i are values[offsets[i]] up to values[offsets[i + 1]]).
 */
export function decodeIndex(json) {
  if (!json || json.version !== VERSION) {
    throw new Error('filter index: version ' + (json && json.version) + ', expected ' + VERSION);
  }
  const facets = json.facets.map((f) => ({
    field: f.field, id: f.id, label: f.label, filter: f.filter === true, card: f.card === true,
    values: f.values.slice(), labels: f.labels.slice(),
  }));
  const size = json.rows.length;
  if (size !== json.count) {
    throw new Error('filter index: ' + size + ' rows for ' + json.count + ' entries');
  }
  const search = json.search;
  if (!search || !Number.isInteger(search.keyLength) || search.keyLength < 1 ||
      !Array.isArray(search.keys) || !Array.isArray(search.path) || search.path.length !== 2) {
    throw new Error('filter index: no search shards');
  }
  const columns = facets.map((facet, f) => {
    const offsets = new Int32Array(size + 1);
    const values = [];
    for (let i = 0; i < size; i++) {
      const cell = json.rows[i][f];
      if (typeof cell === 'number') {
        for (let v = 0, bits = cell; bits !== 0; v++, bits >>>= 1) {
          if ((bits & 1) === 1) {
            values.push(v);
          }
        }
      } else {
        for (const v of cell) {
          values.push(v);
        }
      }
      offsets[i + 1] = values.length;
    }
    for (const v of values) {
      if (v < 0 || v >= facet.values.length) {
        throw new Error('filter index: value ' + v + ' of ' + facet.field + ' is out of range');
      }
    }
    return { offsets, values: Int32Array.from(values) };
  });
  return {
    size,
    pageSize: json.pageSize,
    entryPath: json.entryPath,
    chunkSize: json.chunkSize,
    chunks: json.chunks.slice(),
    search: { keyLength: search.keyLength, path: search.path.slice(), keys: search.keys.slice() },
    facets,
    columns,
  };
}

/**
 * The matching index (match.js) over the facets the filter shows; texts is null (the directory
 * ranks a search from the search shards, search.js), or one array per entry of its folded fields
 * in rank order.
 */
export function filterIndex(decoded, texts) {
  const picked = [];
  decoded.facets.forEach((facet, f) => {
    if (facet.filter) {
      picked.push(f);
    }
  });
  return fromColumns(
    picked.map((f) => decoded.facets[f]),
    picked.map((f) => decoded.columns[f]),
    texts,
    decoded.size,
  );
}

/** A chunk's cards as {slug, title, provider, summary, tags, broken}, checked against the index. */
export function decodeChunk(json, decoded, n) {
  if (!json || json.version !== VERSION) {
    throw new Error('filter chunk ' + n + ': version ' + (json && json.version));
  }
  if (json.from !== n * decoded.chunkSize) {
    throw new Error('filter chunk ' + n + ' starts at ' + json.from);
  }
  return json.cards.map(([slug, title, provider, summary, tags, broken]) => ({
    slug, title, provider, summary, tags, broken: broken === 1,
  }));
}

/**
 * What a search reads of a card, in rank order: its title, then its tags and provider, then its
 * summary (see match.js: an entry found in its title comes before one found in its summary).
 */
export function cardTexts(card) {
  return [searchText(card.title), searchText(card.tags + '\n' + card.provider),
    searchText(card.summary)];
}

/**
 * The chunks of card text, fetched with fetchJson(path) (a promise of parsed JSON) on demand and
 * kept: ensure(positions) loads what those entries need, card(i) an entry's card once its chunk is
 * in.
 */
export function createCardStore(decoded, fetchJson) {
  const chunks = new Array(decoded.chunks.length).fill(null);
  const cards = new Array(decoded.size);

  function load(n) {
    if (chunks[n] === null) {
      chunks[n] = fetchJson(decoded.chunks[n]).then((json) => {
        decodeChunk(json, decoded, n).forEach((card, k) => {
          cards[n * decoded.chunkSize + k] = card;
        });
      });
      chunks[n].catch(() => {
        chunks[n] = null; // try again next time
      });
    }
    return chunks[n];
  }

  return {
    /** Whether the cards of these entries are in. */
    has(positions) {
      for (const i of positions) {
        if (cards[i] === undefined) {
          return false;
        }
      }
      return true;
    },
    ensure(positions) {
      const wanted = new Set();
      for (const i of positions) {
        if (cards[i] === undefined) {
          wanted.add(Math.floor(i / decoded.chunkSize));
        }
      }
      return Promise.all(Array.from(wanted, load));
    },
    card: (i) => cards[i],
  };
}
