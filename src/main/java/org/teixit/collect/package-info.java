/**
 * Workshop collection: participants add their own ties from their phones while the map grows on the
 * wall. {@link org.teixit.collect.CollectServer} serves a small participant page and a JSON API on the
 * local network; every accepted answer is committed through a {@link org.teixit.collect.ResponseSink}
 * (the CLI's is a {@link org.teixit.service.MapSession}, the window uses its own) <em>before</em> the
 * phone is told {@code 201}. Never depends on JavaFX or the UI.
 *
 * <h2>Why the JDK's {@code com.sun.net.httpserver}</h2>
 * It ships with every JDK 17 (module {@code jdk.httpserver}, an exported, supported API), so the
 * workshop server adds no dependency, no native code and nothing to keep patched beside the JDK
 * itself. A room is at most a few hundred phones, each sending a handful of small requests: the server's
 * single selector thread plus a <em>bounded</em> worker pool (a fixed number of threads and a bounded
 * queue; when both are full the dispatcher runs the request itself, which slows accepting instead of
 * growing memory) takes 200 simultaneous submissions in one to a few seconds on a busy 2-core machine,
 * losing none (see {@code LoadTest}, which prints its time). Writes are serialised anyway (one SQLite file), so more threads would not help.
 * What it lacks we add here: per-client rate limits, body size limits, a fixed allow-list of static
 * assets, strict headers, and request/response time limits via its {@code sun.net.httpserver.*}
 * properties (set by {@link org.teixit.collect.CollectServer} unless already set).
 *
 * <h2>Safety</h2>
 * The server binds only the address it is given (the CLI's default: this machine's site-local IPv4
 * address, else 127.0.0.1). Every POST and the actor list need the join code (4–6 digits, compared in
 * constant time, rotatable). No CORS headers at all; a Content-Security-Policy of {@code default-src
 * 'self'} with no inline script; HTML is escaped and JSON escapes {@code < > & '} and bidirectional
 * control characters; only IP-literal or {@code localhost} Host headers are served (against DNS
 * rebinding). See {@link org.teixit.collect.CollectServer} for the limits.
 */
package org.teixit.collect;
