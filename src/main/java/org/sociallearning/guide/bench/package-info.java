/**
 * Synthetic sites for benchmarks: a copy of a guide's templates, assets and taxonomy with as many
 * generated entries as asked for, deterministic for a given size.
 */
package org.sociallearning.guide.bench;
