/*
 * Which entries match a filter state, and how many each facet value would show: pure, no DOM.
 *
 * An index holds, per facet, each entry's values as small integers (positions in the facet's
 * value list) and, per entry, its search texts: its fields in rank order (the directory's are
 * title; tags and provider; summary). It is built from plain rows (createIndex), one entry at a
 * time (indexBuilder) or straight from integer columns (fromColumns: index.js decodes the
 * compact filter index the bake writes).
 *
 * Matching: OR within a facet, AND across facets, and every search word must begin a word of one
 * of the entry's texts, ignoring case and accents: "commun" finds "Community", "societe" finds
 * "Société", but "unity" does not find "community". A word starts after anything that is not a
 * letter or a digit, so "learning" finds "e-learning" too.
 *
 * Ranking: without search words, results keep the index's order. With them, each word counts
 * the rank of the first field it begins a word of (0 for the title, 1 for the next, ...), an
 * entry's rank is the sum, and results are sorted by rank, then in index order: entries with
 * every word in their title come first, those found only in their summaries last.
 *
 * Counts: beside each value, the number of entries that ticking it alone in its facet would show
 * (the search and the other facets as they are).
 */

const MARKS = /\p{M}+/gu;
const LATIN_MARKS = /[\u0300-\u036f]+/g; // the common ones: matched far faster than \p{M}
const NON_ASCII = /[\u0080-\uffff]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Lower case, without accents or compatibility forms: "Société" and "SOCIETE" are "societe".
 * Plain ASCII, most of the text, skips the Unicode work: folding every card must stay cheap.
 */
export function fold(text) {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) {
    return lower;
  }
  const plain = lower.normalize('NFKD').replace(LATIN_MARKS, '');
  return NON_ASCII.test(plain) ? plain.replace(MARKS, '') : plain;
}

/** A text as the index keeps it for searching. */
export function searchText(text) {
  return fold(text);
}

/**
 * The words of a search, folded, without the punctuation around them ("(peer," is "peer").
 * Empty and repeated words are dropped.
 */
export function searchWords(query) {
  const words = [];
  for (const raw of fold(query).split(/\s+/)) {
    const word = raw.replace(EDGES, '');
    if (word && !words.includes(word)) {
      words.push(word);
    }
  }
  return words;
}

/** Whether every word begins a word of the search text. */
export function hasWords(text, words) {
  return rankOf([text], words) >= 0;
}

/**
 * An entry's rank for these words: the sum over the words of the position of the first of its
 * fields the word begins a word of; -1 when some word is in none of them.
 */
export function rankOf(fields, words) {
  let rank = 0;
  for (const word of words) {
    let f = 0;
    while (f < fields.length && !startsAWord(fields[f], word)) {
      f++;
    }
    if (f === fields.length) {
      return -1;
    }
    rank += f;
  }
  return rank;
}

function startsAWord(text, word) {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) {
      return true;
    }
  }
  return false;
}

/** The words of a text, folded: its runs of letters and digits (site/SearchFolding.java too). */
export function textWords(text) {
  return splitWords(fold(text));
}

/** The runs of letters and digits of a text already folded. */
export function splitWords(folded) {
  const words = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (inWord && start < 0) {
      start = i;
    } else if (!inWord && start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * Whether a search word is one run of letters and digits: then it begins a word of a text
 * exactly when some word of the text (textWords) starts with it.
 */
export function isPlainWord(word) {
  for (let i = 0; i < word.length; i++) {
    if (!isWordChar(word.charCodeAt(i))) {
      return false;
    }
  }
  return word.length > 0;
}

/** Whether a UTF-16 unit is a letter or a digit. */
export function isWordChar(code) {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a);
  }
  return WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * An index of rows, each {values: {field: [value ids]}, text: 'searchable text'} (or an array of
 * texts in rank order), for facets [{field, values: [ids]}]. Ids a facet does not list are left
 * out.
 */
export function createIndex(facets, rows) {
  const builder = indexBuilder(facets);
  for (const row of rows) {
    builder.add((field) => row.values[field] || [], row.text);
  }
  return builder.build();
}

/**
 * Builds an index one entry at a time, without a row object per entry (reading thousands of
 * cards should leave little garbage): add(valuesOf, text), where valuesOf(field) gives the
 * entry's value ids of that facet; then build().
 */
export function indexBuilder(facets) {
  const positions = facets.map((facet) => new Map(facet.values.map((id, i) => [id, i])));
  const offsets = facets.map(() => [0]);
  const values = facets.map(() => []);
  const texts = [];
  return {
    add(valuesOf, text) {
      for (let f = 0; f < facets.length; f++) {
        for (const id of valuesOf(facets[f].field)) {
          const p = positions[f].get(id);
          if (p !== undefined) {
            values[f].push(p);
          }
        }
        offsets[f].push(values[f].length);
      }
      texts.push((Array.isArray(text) ? text : [text]).map(searchText));
    },
    build() {
      const columns = facets.map((facet, f) => ({
        offsets: Int32Array.from(offsets[f]),
        values: Int32Array.from(values[f]),
      }));
      return fromColumns(facets, columns, texts, texts.length);
    },
  };
}

/**
 * An index of `size` entries from columns already in integer form, one per facet: {offsets,
 * values}, where the values of entry i are values[offsets[i]] up to values[offsets[i + 1]]
 * (positions in the facet's value list), and per entry an array of search texts as made by
 * searchText, in rank order; texts may be null while they are not loaded (then only a state
 * without search words can be evaluated).
 */
export function fromColumns(facets, columns, texts, size = texts.length) {
  if (columns.length !== facets.length) {
    throw new Error('one column per facet: ' + columns.length + ' for ' + facets.length);
  }
  if (texts !== null && texts.length !== size) {
    throw new Error('texts for ' + texts.length + ' of ' + size + ' entries');
  }
  for (const column of columns) {
    if (column.offsets.length !== size + 1) {
      throw new Error('a column covers ' + (column.offsets.length - 1) + ' of ' + size);
    }
  }
  return { facets, columns, texts, size };
}

/**
 * Filters the index by a state (see state.js): {matches, counts}. matches holds the positions of
 * the matching entries, ranked (see above); counts[f][v] is the count beside value v of facet f.
 * The search words are matched against the index's texts, or, when wordRanks is given (see
 * search.js: the ranks the search shards give), each entry's rank is read from it (-1: no match).
 */
export function evaluate(index, state, wordRanks = null) {
  const words = searchWords(state.q);
  if (words.length > 0 && index.texts === null && wordRanks === null) {
    throw new Error('a search needs the index texts or the ranks of its words');
  }
  if (wordRanks !== null && wordRanks.length !== index.size) {
    throw new Error('ranks for ' + wordRanks.length + ' of ' + index.size + ' entries');
  }
  const fromTexts = words.length > 0 && wordRanks === null;
  const ranks = words.length === 0 ? null : fromTexts ? new Int32Array(index.size) : wordRanks;
  const active = [];
  const counts = index.facets.map((facet) => new Int32Array(facet.values.length));
  index.facets.forEach((facet, f) => {
    const ids = state.selected[facet.field] || [];
    if (ids.length > 0) {
      const ticked = new Uint8Array(facet.values.length);
      facet.values.forEach((id, v) => {
        ticked[v] = ids.includes(id) ? 1 : 0;
      });
      active.push({ column: index.columns[f], ticked, f });
    }
  });
  const matches = new Int32Array(index.size);
  let found = 0;
  for (let i = 0; i < index.size; i++) {
    if (ranks !== null) {
      if (fromTexts) {
        ranks[i] = rankOf(index.texts[i], words);
      }
      if (ranks[i] < 0) {
        continue;
      }
    }
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < active.length && failures < 2; a++) {
      const { column, ticked, f } = active[a];
      let hit = false;
      for (let k = column.offsets[i], end = column.offsets[i + 1]; k < end; k++) {
        if (ticked[column.values[k]] === 1) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        failures++;
        failed = f;
      }
    }
    if (failures === 0) {
      matches[found++] = i;
      for (let f = 0; f < counts.length; f++) {
        countValues(index.columns[f], i, counts[f]);
      }
    } else if (failures === 1) {
      // Ticking one more value of the only facet it fails would show this entry.
      countValues(index.columns[failed], i, counts[failed]);
    }
  }
  const inOrder = matches.subarray(0, found);
  return { matches: ranks === null ? inOrder : byRank(inOrder, ranks), counts };
}

/** The matches sorted by rank, in index order within a rank (a counting sort: ranks are small). */
function byRank(matches, ranks) {
  let top = 0;
  for (const i of matches) {
    top = Math.max(top, ranks[i]);
  }
  const starts = new Int32Array(top + 2);
  for (const i of matches) {
    starts[ranks[i] + 1]++;
  }
  for (let r = 1; r <= top + 1; r++) {
    starts[r] += starts[r - 1];
  }
  const sorted = new Int32Array(matches.length);
  for (const i of matches) {
    sorted[starts[ranks[i]]++] = i;
  }
  return sorted;
}

function countValues(column, entry, counts) {
  for (let k = column.offsets[entry], end = column.offsets[entry + 1]; k < end; k++) {
    counts[column.values[k]]++;
  }
}
