/** The version of the filter index's format this script reads (site/FilterIndex.java). */
export const VERSION = 2;
