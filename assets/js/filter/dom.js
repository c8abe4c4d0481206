/*
 * The filter form as the server rendered it, read once. Nothing here names a facet: a facet is a
 * <fieldset class="facet" data-field="FIELD"> of checkboxes named FIELD whose values are the
 * value ids, each with a count in its label.
 */

/**
 * The form's facets by field: {field, boxes, countNodes} where boxes are the checkboxes by value
 * id and countNodes the text nodes of each value's count ({number, unit}, or null for a value
 * shown without a count), also by value id.
 */
export function readFacets(form) {
  const byField = new Map();
  for (const fieldset of form.querySelectorAll('fieldset.facet[data-field]')) {
    const boxes = new Map();
    const countNodes = new Map();
    for (const box of fieldset.querySelectorAll('input[type=checkbox]')) {
      boxes.set(box.value, box);
      countNodes.set(box.value, countNodesOf(box));
    }
    byField.set(fieldset.dataset.field, { field: fieldset.dataset.field, boxes, countNodes });
  }
  return byField;
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

/** A required data-NAME attribute of the form; a missing one is a template bug. */
export function readData(form, name) {
  const value = form.dataset[name];
  if (value === undefined) {
    throw new Error('#' + form.id + ' needs data-' + name);
  }
  return value;
}
