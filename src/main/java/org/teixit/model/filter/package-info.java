/** What part of a map to show, as plain values, and the code that cuts a snapshot down to it. Depends on {@code model}. */
package org.teixit.model.filter;
