/**
 * Teixit's own JSON form of an ecosystem ({@code .teixit.json}): every field of the model, readable by
 * people and diff tools. The bundled sample is written in it. Depends on {@code model}, {@code io},
 * {@code task} and Jackson; never on JavaFX, SQL, Gephi or JGraphT.
 */
package org.teixit.io.json;
