/*
 * Social Learning Guide: the home page's grid. Without JavaScript a cell links to its static
 * page; where the directory's filter can run, the cell opens the directory narrowed to that cell
 * instead (its data-directory-href), which can then be widened.
 *
 * The filter's modules do not load from file:// (see filter.js), so there the cells keep their
 * static pages.
 */
'use strict';

if (window.location.protocol !== 'file:') {
  for (const link of document.querySelectorAll('a[data-directory-href]')) {
    link.setAttribute('href', link.getAttribute('data-directory-href'));
  }
}
