/**
 * The {@code guide} command line (picocli): one small class per subcommand. The only package that
 * prints or decides an exit code.
 */
package org.sociallearning.guide.cli;
