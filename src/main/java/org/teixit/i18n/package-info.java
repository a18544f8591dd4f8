/** Resource-bundle lookup for every user-facing string. Depends on nothing else in Teixit. */
package org.teixit.i18n;
