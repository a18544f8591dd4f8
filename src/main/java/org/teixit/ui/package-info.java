/**
 * The JavaFX window. Views only show what services and the renderer produce; long work runs in background
 * tasks. May use every other package; nothing outside {@code app} and {@code ui} may use it.
 */
package org.teixit.ui;
