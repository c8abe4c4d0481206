/*
 * Social Learning Guide: loads the directory filter (js/filter/, native ES modules, no build).
 *
 * Why a classic script that imports the modules, rather than <script type="module">:
 * - It works with the layout's <script src defer> tag as it is; a module tag would also work
 *   (import() is allowed in modules), so the tag can change without touching this file.
 * - Browsers do not load modules from file:// (a file page has no origin to grant them). A reader
 *   who opens target/site/directory/index.html from disk then gets the page exactly as it is
 *   without JavaScript: every card and the links to the static facet pages. Nothing here touches
 *   the page before the modules have loaded, so it is never left half enhanced.
 * - No bundler: each module is small, readable as served, and tested by Node (src/test/js).
 * The cost is one more request after this one; the modules are small and cached.
 */
'use strict';

import('./filter/main.js')
  .then((filter) => filter.start(window))
  .catch((error) => {
    // The page still works as it does without JavaScript; say why the filter is missing.
    console.error('The directory filter did not start:', error);
  });
