/** The bundled sample ecosystem. Depends on {@code model} and {@code io.json}. */
package org.teixit.sample;
