/**
 * The jobs Teixit does, shared by the window, the command line and (later) the workshop server: load a map
 * from any file, import into a store, export, lay out. Depends on {@code model}, {@code store},
 * {@code io.*}, {@code layout}, {@code task}; never on JavaFX.
 */
package org.teixit.service;
