/**
 * A self-contained HTML report of a map: {@link org.teixit.analysis.report.HtmlReport}. It takes the map
 * drawing as PNG bytes, so this package needs no renderer.
 */
package org.teixit.analysis.report;
