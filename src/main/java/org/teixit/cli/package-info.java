/**
 * The headless command line ({@code teixit <command>}): one picocli class per job, each only parsing
 * arguments and calling {@code service}. Never depends on JavaFX or the UI.
 */
package org.teixit.cli;
