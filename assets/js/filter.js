/*
 * Social Learning Guide: the directory filter, loaded by directory.ftl as
 * <script type="module" src="js/filter.js">. The filter is native ES modules (js/filter/), with
 * no build step: each module is small, readable as served, and unit-tested by Node (src/test/js).
 *
 * Why a module tag:
 * - Like defer, a module runs after the page is parsed and before DOMContentLoaded, so the filter
 *   lists only the first page of cards before the browser first lays the page out: laying out
 *   thousands of cards only to hide them costs more than the filter itself. Its imports are
 *   fetched while the page is still being parsed. (Loading the modules with import() from a
 *   classic script ran them after the first layout: about twice the time to a usable filter at
 *   10,000 entries.)
 * - Browsers do not load modules from file:// (a file page has no origin to grant them). A reader
 *   who opens target/site/directory/index.html from disk gets the page as it is without
 *   JavaScript: every card, and links to the static facet pages. Nothing half enhanced.
 */
import { start } from './filter/main.js';

start(window);
