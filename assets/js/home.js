/*
 * Social Learning Guide: the home page's grid. Without JavaScript a cell links to its static
 * page; where the directory's filter can run, the cell opens the directory narrowed to that cell
 * instead (its data-directory-href), which can then be widened.
 *
 * The directory's filter is a module, and modules do not load from file:// (see filter.js): there
 * the cells keep their static pages. It runs the same as a classic or as a module script.
 */
'use strict';

if (window.location.protocol !== 'file:') {
  for (const link of document.querySelectorAll('a[data-directory-href]')) {
    link.setAttribute('href', link.getAttribute('data-directory-href'));
  }
}
