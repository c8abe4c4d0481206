/*
 * Draws cards from the filter index (index.js) with the same markup as the card macro of
 * templates/macros.ftl: the title linking to the entry's page, the provider, the summary, and a
 * pill for each value of the facets the index marks as shown on cards. Text goes in as text.
 */

/**
 * A card <li> for entry i: card is its chunk data ({slug, title, provider, summary, broken}),
 * decoded the index (facets, columns, entryPath), root the way back to the site's root.
 */
export function drawCard(doc, decoded, i, card, root) {
  const li = doc.createElement('li');
  li.className = 'card';
  li.dataset.slug = card.slug;
  const heading = doc.createElement('h3');
  heading.className = 'card-title';
  const link = doc.createElement('a');
  link.href = root + decoded.entryPath[0] + card.slug + decoded.entryPath[1];
  link.textContent = card.title;
  heading.append(link);
  li.append(heading, paragraph(doc, 'card-provider', card.provider),
    paragraph(doc, 'card-summary', card.summary));
  const facts = doc.createElement('ul');
  facts.className = 'card-facts';
  facts.setAttribute('aria-label', 'Facets');
  decoded.facets.forEach((facet, f) => {
    if (facet.card) {
      const column = decoded.columns[f];
      for (let k = column.offsets[i]; k < column.offsets[i + 1]; k++) {
        facts.append(pill(doc, 'pill pill-' + facet.id, facet.labels[column.values[k]]));
      }
    }
  });
  if (card.broken) {
    facts.append(pill(doc, 'pill pill-warning', 'Link may be broken'));
  }
  li.append(facts);
  return li;
}

function paragraph(doc, className, text) {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function pill(doc, className, text) {
  const li = doc.createElement('li');
  li.className = className;
  li.textContent = text;
  return li;
}
