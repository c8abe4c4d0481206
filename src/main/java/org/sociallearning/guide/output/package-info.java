/**
 * The output folder a bake owns: staging folders, the swap that replaces the previous site, the
 * lock that keeps two bakes apart, and copying and deleting file trees.
 */
package org.sociallearning.guide.output;
