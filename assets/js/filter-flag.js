/*
 * Runs before the directory's filter column is drawn (a classic script, placed just above it):
 * marks the page as one the filter will enhance, so the CSS shows the filter form in place of the
 * facet links from the first paint instead of swapping them when the filter starts (a layout
 * shift). Not on file:// pages, where modules (js/filter.js) do not run.
 */
'use strict';

if (window.location.protocol !== 'file:' && 'noModule' in document.createElement('script')) {
  document.documentElement.classList.add('has-filter');
}
