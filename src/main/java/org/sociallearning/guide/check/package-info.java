/**
 * Link checking: internal links and fragments of a baked site (offline, fast), and external URLs of
 * the entries (polite, cached, reported with verdicts a curator can act on).
 */
package org.sociallearning.guide.check;
