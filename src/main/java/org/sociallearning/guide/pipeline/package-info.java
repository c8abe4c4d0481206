/**
 * The bake pipeline: read the inputs, plan the pages, bake them into a staging folder, check them,
 * and only then swap the result into the output folder; and the external link run over the same
 * inputs.
 */
package org.sociallearning.guide.pipeline;
