/**
 * Positions for the map: ForceAtlas2 from the Gephi toolkit, stepped one iteration at a time so that
 * the UI can animate and cancel it and the CLI can run a fixed number of steps. The only package that
 * uses {@code org.gephi}. Depends on {@code model} and {@code task}; never on JavaFX, SQL or the UI.
 */
package org.teixit.layout;
