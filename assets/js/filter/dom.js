/*
 * What the server rendered, read once: the facets as the form declares them and each card's
 * facet values and text. Nothing here names a facet: a facet is a <fieldset class="facet"
 * data-field="FIELD"> of checkboxes named FIELD whose values are the value ids, and a card lists
 * its values of that facet, space-separated, in data-FIELD.
 */
import { indexBuilder } from './match.js';

/**
 * The form's facets, in form order: {field, values, boxes, countNodes} where values are the
 * checkboxes' values and countNodes the text nodes of each value's count ({number, unit}, or
 * null for a value shown without a count).
 */
export function readFacets(form) {
  return Array.from(form.querySelectorAll('fieldset.facet[data-field]'), (fieldset) => {
    const boxes = Array.from(fieldset.querySelectorAll('input[type=checkbox]'));
    return {
      field: fieldset.dataset.field,
      values: boxes.map((box) => box.value),
      boxes,
      countNodes: boxes.map(countNodesOf),
    };
  });
}

/** The text nodes of a checkbox's count: "12" and, for screen readers, " entries". */
function countNodesOf(box) {
  const count = box.labels.length > 0 ? box.labels[0].querySelector('.count') : null;
  if (!count || !count.firstChild) {
    return null;
  }
  const unit = count.querySelector('.visually-hidden');
  return { number: count.firstChild, unit: unit ? unit.firstChild : null };
}

/**
 * The list's cards, and an index of them for match.js: each card's values of every facet (from
 * data-FIELD) and its searchable text (title, provider, summary and data-tags).
 */
export function readCards(list, facets) {
  const cards = Array.from(list.children);
  const builder = indexBuilder(facets);
  for (const card of cards) {
    const text = textOf(card, '.card-title') + '\n' + textOf(card, '.card-provider') + '\n' +
      textOf(card, '.card-summary') + '\n' + (card.getAttribute('data-tags') || '');
    builder.add((field) => (card.getAttribute('data-' + field) || '').split(' '), text);
  }
  return { cards, index: builder.build() };
}

function textOf(card, selector) {
  const element = card.querySelector(selector);
  return element ? element.textContent : '';
}

/**
 * How many cards the list shows before "Show more", from the form's data-page-size. A page
 * without it is a template bug: throwing leaves the page as it is without JavaScript.
 */
export function readPageSize(form) {
  const size = Number(form.dataset.pageSize);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error('#' + form.id + ' needs data-page-size, a whole number of cards above 0');
  }
  return size;
}
