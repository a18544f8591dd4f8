package org.teixit.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * The workshop server: the participant page and its JSON API on one address of the local network.
 *
 * <pre>
 * GET  /                      the participant page (language: ?lang=en|ca|es, else Accept-Language)
 * GET  /app.js /app.css /favicon.svg   its static files (a fixed allow-list)
 * GET  /api/actors            [{"id","label","kind","setting"}] — needs the code (X-Teixit-Code header or ?code=)
 * POST /api/responses         {"code","token"?,"respondent":{"name","kind"?,"setting"?},"ties":[{"to","kind"?,"dimensions"?,"strength"?}]}
 *                             → 201 {"status":"applied","token",…} once committed; 202 {"status":"pending",…} when moderated
 * GET  /api/responses/mine?token=…   the participant's own answer as it is now on the map (or in the queue)
 * </pre>
 *
 * <p>Refusals, each with a JSON body {@code {"error": code, "message": text, "field"?: path}}: 400 malformed
 * (not JSON, a missing or wrong field, a name over {@value Names#MAX_LENGTH} characters, more than
 * {@value Submission#MAX_TIES} ties), 403 wrong join code, 404 any other path, 405 a known path with
 * another method, 413 a body over {@value #MAX_BODY_BYTES} bytes (by Content-Length, and counted while
 * reading), 415 a POST that is not {@code application/json} (so a plain HTML form on another site cannot
 * post), 421 a Host header that is neither an IP literal nor {@code localhost} (DNS rebinding), 429 a
 * client over its rate limit (with Retry-After).
 *
 * <p>Rate limits, per client address (a classroom behind one router is one address): any request, a
 * burst of {@value #REQUESTS_BURST} then {@value #REQUESTS_PER_SECOND}/s; answers (POST), a burst of
 * {@value #SUBMISSIONS_BURST} then {@value #SUBMISSIONS_PER_SECOND}/s (300 a minute: 250 answers in a few
 * seconds pass, a script posting thousands a minute is refused after the burst); wrong join codes, a burst
 * of {@value #WRONG_CODES_BURST} then one every {@value #WRONG_CODE_SECONDS} s (guessing a 6-digit code
 * takes days).
 *
 * <p>A participant's first answer returns a random token (128 bits; kept only as a SHA-256 hash); posting
 * again with it replaces that participant's previous ties, and {@code /api/responses/mine} shows them.
 * Tokens live in memory and, when a journal file is given, in that journal, so they survive a restart.
 */
public final class CollectServer implements AutoCloseable {
    /** Largest request body accepted. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Header the page sends the join code in when reading the actor list. */
    public static final String CODE_HEADER = "X-Teixit-Code";
    static final double REQUESTS_BURST = 3000;
    static final double REQUESTS_PER_SECOND = 50;
    static final double SUBMISSIONS_BURST = 300;
    static final double SUBMISSIONS_PER_SECOND = 5;
    static final double WRONG_CODES_BURST = 20;
    static final double WRONG_CODE_SECONDS = 3;
    /** A refused body is read and discarded up to this size, so the client sees the 413 (not a reset). */
    private static final int DRAIN_LIMIT = 1 << 20;
    private static final System.Logger LOG = System.getLogger(CollectServer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static {
        // The JDK server's settings, read once when its first server is made; a value set on the command
        // line wins. Time limits (seconds) against clients that send or read slowly:
        setIfAbsent("sun.net.httpserver.maxReqTime", "60");
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
        // small JSON answers: without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to each
        setIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    /**
     * How to run the server.
     *
     * @param bindAddress     the only address listened on
     * @param port            TCP port, 0 for any free one
     * @param code            the join code (4–6 digits), or {@code null} for a random 6-digit one
     * @param moderated       answers wait in a queue for {@link #approve} instead of going on the map
     * @param journal         the workshop journal (moderation queue, participants' tokens), or {@code null}
     *                        to keep them in memory only; {@link #journalBeside(Path)} names the usual one
     * @param defaultLanguage the page's language when the phone's is not English, Catalan or Spanish
     * @param threads         worker threads (bounded pool)
     */
    public record Options(InetAddress bindAddress, int port, String code, boolean moderated, Path journal,
                          String defaultLanguage, int threads) {
        public Options {
            Objects.requireNonNull(bindAddress, "bindAddress");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535");
            }
            if (code != null && !JoinCode.isValid(code)) {
                throw new IllegalArgumentException("the join code must be 4 to 6 digits");
            }
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("threads must be 1 to 64");
            }
            defaultLanguage = CollectText.LANGUAGES.contains(defaultLanguage) ? defaultLanguage : "en";
        }

        /** Defaults: any free port, a random code, auto-accept, no journal, English, 8 threads. */
        public static Options on(InetAddress bindAddress) {
            return new Options(bindAddress, 0, null, false, null, "en", 8);
        }

        public Options withPort(int newPort) {
            return new Options(bindAddress, newPort, code, moderated, journal, defaultLanguage, threads);
        }

        public Options withCode(String newCode) {
            return new Options(bindAddress, port, newCode, moderated, journal, defaultLanguage, threads);
        }

        public Options withModeration(boolean on) {
            return new Options(bindAddress, port, code, on, journal, defaultLanguage, threads);
        }

        public Options withJournal(Path file) {
            return new Options(bindAddress, port, code, moderated, file, defaultLanguage, threads);
        }

        public Options withDefaultLanguage(String language) {
            return new Options(bindAddress, port, code, moderated, journal, language, threads);
        }

        public Options withThreads(int count) {
            return new Options(bindAddress, port, code, moderated, journal, defaultLanguage, count);
        }
    }

    private final ResponseSink sink;
    private final Options options;
    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final SessionJournal journal;
    private final Object writeLock = new Object();
    private final RateLimiter requests = new RateLimiter(REQUESTS_BURST, REQUESTS_PER_SECOND);
    private final RateLimiter submissions = new RateLimiter(SUBMISSIONS_BURST, SUBMISSIONS_PER_SECOND);
    private final RateLimiter wrongCodes = new RateLimiter(WRONG_CODES_BURST, 1 / WRONG_CODE_SECONDS);
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<Long, PendingResponse> pending = new ConcurrentSkipListMap<>();
    private final Set<String> answeredThisRun = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextPendingId = new AtomicLong();
    private final AtomicLong responses = new AtomicLong();
    private final List<Consumer<CollectEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile String code;
    private volatile boolean moderated;

    private CollectServer(ResponseSink sink, Options options, HttpServer http, ThreadPoolExecutor workers,
                          SessionJournal journal) {
        this.sink = sink;
        this.options = options;
        this.http = http;
        this.workers = workers;
        this.journal = journal;
        this.code = options.code() != null ? options.code() : JoinCode.generate();
        this.moderated = options.moderated();
        if (journal != null) {
            answers.putAll(journal.answers());
            pending.putAll(journal.pending());
            nextPendingId.set(journal.pending().keySet().stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    /**
     * Starts serving; returns once the port is open.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's) or the journal
     *                     cannot be opened
     */
    public static CollectServer start(ResponseSink sink, Options options) throws IOException {
        Objects.requireNonNull(sink, "sink");
        SessionJournal journal = options.journal() == null ? null : SessionJournal.open(options.journal());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 512);
        } catch (IOException | RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(options.threads(), options.threads(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "teixit-collect-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        CollectServer server = new CollectServer(sink, options, http, workers, journal);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    /** The usual journal file for a map: {@code <store>.collect.jsonl} beside it. */
    public static Path journalBeside(Path store) {
        return SessionJournal.beside(store);
    }

    // ---------------------------------------------------------------- public API for the window and CLI

    /** The address and port actually bound. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The page's address, e.g. {@code http://192.168.1.20:8080/}, for the QR code. */
    public URI url() {
        InetSocketAddress a = address();
        InetAddress ip = a.getAddress();
        String host = ip instanceof Inet6Address ? "[" + ip.getHostAddress().replaceAll("%.*$", "") + "]"
                : ip.getHostAddress();
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** {@link #url()} with the code in it ({@code ?code=…}): scanning it joins without typing the code. */
    public URI joinUrl() {
        return URI.create(url() + "?code=" + code);
    }

    public String code() {
        return code;
    }

    /** Replaces the join code with a new random one; phones using the old one are refused from now on. */
    public String rotateCode() {
        String fresh;
        do {
            fresh = JoinCode.generate();
        } while (fresh.equals(code));
        setCode(fresh);
        return fresh;
    }

    /** Sets the join code (4–6 digits). */
    public void setCode(String newCode) {
        if (!JoinCode.isValid(newCode)) {
            throw new IllegalArgumentException("the join code must be 4 to 6 digits");
        }
        code = newCode;
        fire(new CollectEvent.CodeRotated(newCode, stats()));
    }

    public boolean isModerated() {
        return moderated;
    }

    /** Turns moderation on or off; turning it off does not approve what is already queued. */
    public void setModerated(boolean on) {
        moderated = on;
    }

    /** Answers waiting for approval, oldest first. */
    public List<PendingResponse> pending() {
        return List.copyOf(pending.values());
    }

    /**
     * Puts a queued answer on the map (committed before this returns).
     *
     * @return false when no answer with that id is waiting
     */
    public boolean approve(long id) {
        CollectEvent.Applied event;
        synchronized (writeLock) {
            PendingResponse p = pending.get(id);
            if (p == null) {
                return false;
            }
            event = applyLocked(p.submission(), p.tokenHash()).event();
            pending.remove(id);
            if (journal != null) {
                journal.resolved(id);
            }
        }
        fire(event.withStats(stats()));
        return true;
    }

    /** Approves every queued answer, oldest first; returns how many. */
    public int approveAll() {
        int n = 0;
        for (Long id : List.copyOf(pending.keySet())) {
            if (approve(id)) {
                n++;
            }
        }
        return n;
    }

    /** Drops a queued answer. */
    public boolean reject(long id) {
        synchronized (writeLock) {
            if (pending.remove(id) == null) {
                return false;
            }
            if (journal != null) {
                journal.resolved(id);
            }
        }
        fire(new CollectEvent.Rejected(id, stats()));
        return true;
    }

    public CollectStats stats() {
        Set<String> respondents = new HashSet<>();
        int ties = 0;
        for (String h : answeredThisRun) {
            Answer a = answers.get(h);
            if (a != null) {
                respondents.add(a.respondentId());
                ties += a.tieIds().size();
            }
        }
        return new CollectStats(respondents.size(), ties, pending.size(), responses.get());
    }

    /** Hears of answers, approvals, code changes and the stop; see {@link CollectEvent} for threads. */
    public void addListener(Consumer<CollectEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<CollectEvent> listener) {
        listeners.remove(listener);
    }

    public boolean isRunning() {
        return !stopped.get();
    }

    /**
     * Stops accepting, lets answers being written finish (up to a few seconds), and closes the journal.
     * The sink (the map) stays open: its owner closes it. Idempotent.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        http.stop(1);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the workshop journal", e);
            }
        }
        fire(new CollectEvent.Stopped(stats()));
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange ex) {
        try {
            Reply reply;
            try {
                reply = route(ex);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "workshop request failed", e);
                reply = Reply.error(500, "server-error", "the answer could not be saved; try again");
            }
            send(ex, reply);
        } catch (IOException clientWentAway) {
            LOG.log(System.Logger.Level.DEBUG, "client went away", clientWentAway);
        } finally {
            ex.close();
        }
    }

    private Reply route(HttpExchange ex) throws IOException {
        InetAddress client = ex.getRemoteAddress().getAddress();
        if (!requests.tryAcquire(client)) {
            return tooMany(requests);
        }
        if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
            return Reply.error(421, "bad-host", "use the address shown by the facilitator");
        }
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (path == null) {
            return Reply.error(404, "not-found", "no such page");
        }
        switch (path) {
            case "/" -> {
                return isRead(method) ? page(ex) : notAllowed("GET, HEAD");
            }
            case "/api/actors" -> {
                return isRead(method) ? actors(ex, client) : notAllowed("GET, HEAD");
            }
            case "/api/responses" -> {
                return "POST".equals(method) ? submit(ex, client) : notAllowed("POST");
            }
            case "/api/responses/mine" -> {
                return isRead(method) ? mine(ex) : notAllowed("GET, HEAD");
            }
            default -> {
                ParticipantPage.Asset asset = ParticipantPage.ASSETS.get(path);
                if (asset == null) {
                    return Reply.error(404, "not-found", "no such page");
                }
                return isRead(method) ? new Reply(200, asset.contentType(), asset.bytes(), Map.of(), "no-cache")
                        : notAllowed("GET, HEAD");
            }
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static Reply notAllowed(String allow) {
        return Reply.error(405, "method-not-allowed", "use " + allow).with("Allow", allow);
    }

    private static Reply tooMany(RateLimiter limiter) {
        return Reply.error(429, "too-many-requests", "too many requests from this address; wait a little")
                .with("Retry-After", Long.toString(limiter.retryAfterSeconds()));
    }

    /** IP literals and localhost only: a page on another site that rebinds its own name to us is refused. */
    static boolean hostAllowed(String host) {
        if (host == null) {
            return true; // HTTP/1.0 clients; browsers always send Host
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 1 && h.substring(1, end).matches("[0-9a-f:.%a-z]+")
                    && (end == h.length() - 1 || h.substring(end + 1).matches(":[0-9]{1,5}"));
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0) {
            if (!h.substring(colon + 1).matches("[0-9]{1,5}")) {
                return false;
            }
            h = h.substring(0, colon);
        }
        return h.equals("localhost") || IPV4.matcher(h).matches();
    }

    private Reply page(HttpExchange ex) {
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        String lang = CollectText.negotiate(query.get("lang"), ex.getRequestHeaders().getFirst("Accept-Language"),
                options.defaultLanguage());
        byte[] html = ParticipantPage.render(sink.current(), lang).getBytes(StandardCharsets.UTF_8);
        return new Reply(200, "text/html; charset=utf-8", html,
                Map.of("Vary", "Accept-Language", "Content-Language", lang), "no-store");
    }

    private Reply actors(HttpExchange ex, InetAddress client) {
        String given = ex.getRequestHeaders().getFirst(CODE_HEADER);
        if (given == null) {
            given = query(ex.getRequestURI().getRawQuery()).get("code");
        }
        Reply refused = checkCode(given, client);
        if (refused != null) {
            return refused;
        }
        List<Map<String, String>> list = new ArrayList<>();
        for (Actor a : sink.current().actors()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("label", Names.clean(a.label()));
            m.put("kind", a.kind());
            m.put("setting", a.setting());
            list.add(m);
        }
        return Reply.json(200, list);
    }

    private Reply checkCode(String given, InetAddress client) {
        if (JoinCode.matches(code, given)) {
            return null;
        }
        if (!wrongCodes.tryAcquire(client)) {
            return tooMany(wrongCodes);
        }
        return Reply.error(403, "wrong-code", "the join code is not right (it may have changed)");
    }

    private Reply submit(HttpExchange ex, InetAddress client) throws IOException {
        if (!submissions.tryAcquire(client)) {
            return tooMany(submissions);
        }
        Headers h = ex.getRequestHeaders();
        String type = h.getFirst("Content-Type");
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            return Reply.error(415, "unsupported-media-type", "send JSON with Content-Type: application/json");
        }
        String length = h.getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                return Reply.error(400, "malformed", "bad Content-Length");
            }
            if (declared > MAX_BODY_BYTES) {
                return tooLarge(ex, declared);
            }
        }
        InputStream in = ex.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge(ex, -1);
        }
        JsonNode root;
        try {
            root = WebJson.read(body);
        } catch (JsonProcessingException e) {
            return Reply.error(400, "malformed-json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return Reply.error(400, "malformed", "the body must be a JSON object");
        }
        JsonNode codeNode = root.get("code");
        String given = codeNode != null && (codeNode.isTextual() || codeNode.isIntegralNumber()) ? codeNode.asText()
                : null;
        Reply refused = checkCode(given, client);
        if (refused != null) {
            return refused;
        }
        Submission s;
        try {
            s = Submission.parse(root, sink.current().vocabulary());
        } catch (Submission.Invalid e) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("error", "invalid");
            err.put("field", e.field());
            err.put("message", e.getMessage());
            return Reply.json(400, err);
        }
        String token = s.token();
        String hash = token == null ? null : tokenHash(token);
        if (hash == null || !(answers.containsKey(hash) || pendingFor(hash).isPresent())) {
            token = newToken(); // first answer, or a token this server never gave (e.g. journal-less restart)
            hash = tokenHash(token);
        }
        if (moderated) {
            return enqueue(s, token, hash);
        }
        Applied applied;
        synchronized (writeLock) {
            applied = applyLocked(s, hash);
        }
        fire(applied.event().withStats(stats()));
        Map<String, Object> view = applied.view();
        view.put("token", token);
        return Reply.json(201, view);
    }

    /** Reads and discards what remains of a refused body (up to a limit), so the client reads the 413. */
    private static Reply tooLarge(HttpExchange ex, long declared) {
        Reply reply = Reply.error(413, "too-large", "the answer is larger than " + MAX_BODY_BYTES + " bytes");
        if (declared > DRAIN_LIMIT) {
            return reply.with("Connection", "close");
        }
        try {
            InputStream in = ex.getRequestBody();
            long left = DRAIN_LIMIT;
            byte[] buf = new byte[8192];
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                left -= n;
            }
            if (left <= 0) {
                return reply.with("Connection", "close");
            }
        } catch (IOException e) {
            return reply.with("Connection", "close");
        }
        return reply;
    }

    private Reply enqueue(Submission s, String token, String hash) {
        PendingResponse p;
        synchronized (writeLock) {
            // a correction while still waiting replaces the queued answer
            Optional<PendingResponse> earlier = pendingFor(hash);
            p = new PendingResponse(nextPendingId.incrementAndGet(), Instant.now(), s, hash);
            if (journal != null) {
                journal.pending(p); // forced to disk: the phone is told it is stored
                earlier.ifPresent(e -> journal.resolved(e.id()));
            }
            earlier.ifPresent(e -> pending.remove(e.id()));
            pending.put(p.id(), p);
            answeredThisRun.add(hash);
            responses.incrementAndGet();
        }
        fire(new CollectEvent.Pending(p, stats()));
        Map<String, Object> view = pendingView(p);
        view.put("token", token);
        return Reply.json(202, view);
    }

    private record Applied(CollectEvent.Applied event, Map<String, Object> view) {
    }

    /** Plans and commits one answer; the caller holds {@link #writeLock}. */
    private Applied applyLocked(Submission s, String hash) {
        Answer previous = hash == null ? null : answers.get(hash);
        ResponsePlanner.Plan[] plan = new ResponsePlanner.Plan[1];
        Ecosystem after = sink.apply(map -> {
            plan[0] = ResponsePlanner.plan(map, s, previous);
            return plan[0].change();
        });
        Answer answer = plan[0].answer();
        if (hash != null) {
            answers.put(hash, answer);
            answeredThisRun.add(hash);
            if (journal != null) {
                try {
                    journal.answer(hash, answer);
                } catch (UncheckedIOException e) {
                    // the map has the answer; only a later correction of it would be lost
                    LOG.log(System.Logger.Level.WARNING, "cannot record a token in the workshop journal", e);
                }
            }
        }
        responses.incrementAndGet();
        String name = after.actor(answer.respondentId()).map(Actor::label).orElse(s.respondent().name());
        CollectEvent.Applied event = new CollectEvent.Applied(answer.respondentId(), name, plan[0].newActorIds(),
                answer.tieIds(), plan[0].removedTieIds(), previous != null, null);
        return new Applied(event, appliedView(after, answer));
    }

    private Reply mine(HttpExchange ex) {
        String token = query(ex.getRequestURI().getRawQuery()).get("token");
        if (token == null || token.length() > 64) {
            return Reply.error(400, "malformed", "token is needed");
        }
        String hash = tokenHash(token);
        Optional<PendingResponse> p = pendingFor(hash);
        if (p.isPresent()) {
            return Reply.json(200, pendingView(p.get()));
        }
        Answer a = answers.get(hash);
        if (a == null) {
            return Reply.error(404, "unknown-token", "this server has no answer for that token");
        }
        return Reply.json(200, appliedView(sink.current(), a));
    }

    private Optional<PendingResponse> pendingFor(String hash) {
        return pending.values().stream().filter(p -> Objects.equals(p.tokenHash(), hash)).reduce((x, y) -> y);
    }

    /** A participant's answer as it now stands on the map (the facilitator may have changed it). */
    private static Map<String, Object> appliedView(Ecosystem map, Answer a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", "applied");
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("id", a.respondentId());
        Optional<Actor> self = map.actor(a.respondentId());
        respondent.put("name", self.map(x -> Names.clean(x.label())).orElse(""));
        respondent.put("kind", self.map(Actor::kind).orElse(""));
        respondent.put("setting", self.map(Actor::setting).orElse(""));
        // the participant's own answer made this actor: a correction may change its kind and setting
        respondent.put("editable", a.createdActorIds().contains(a.respondentId()));
        view.put("respondent", respondent);
        List<Map<String, Object>> ties = new ArrayList<>();
        for (String id : a.tieIds()) {
            Optional<Tie> t = map.tie(id);
            if (t.isEmpty()) {
                continue;
            }
            String other = t.get().otherEnd(a.respondentId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("to", map.actor(other).map(x -> Names.clean(x.label())).orElse(other));
            m.put("toId", other);
            m.put("kind", t.get().kind());
            m.put("dimensions", t.get().dimensions().stream().sorted().map(CserDimension::id).toList());
            m.put("strength", t.get().strength());
            ties.add(m);
        }
        view.put("ties", ties);
        return view;
    }

    private static Map<String, Object> pendingView(PendingResponse p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", "pending");
        view.putAll(p.submission().toJson());
        return view;
    }

    private void fire(CollectEvent event) {
        for (Consumer<CollectEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a workshop listener failed", e);
            }
        }
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cache-Control", reply.cacheControl());
        if (reply.contentType() != null) {
            h.set("Content-Type", reply.contentType());
        }
        reply.headers().forEach(h::set);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        if (head || reply.body().length == 0) {
            ex.sendResponseHeaders(reply.status(), -1);
            return;
        }
        ex.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(reply.body());
        }
    }

    /** The decoded query parameters (first value wins); malformed escapes are dropped. */
    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty() || raw.length() > 2048) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // ignored
            }
        }
        return out;
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String tokenHash(String token) {
        return HexFormat.of().formatHex(JoinCode.sha256("teixit-token:" + token));
    }

    private static void setIfAbsent(String key, String value) {
        try {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        } catch (SecurityException ignored) {
            // no permission: the JDK's defaults apply
        }
    }

    /** One HTTP answer. */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers, String cacheControl) {
        static Reply json(int status, Object value) {
            return new Reply(status, "application/json; charset=utf-8", WebJson.write(value), Map.of(), "no-store");
        }

        static Reply error(int status, String error, String message) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", error);
            m.put("message", message);
            return json(status, m);
        }

        Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, contentType, body, more, cacheControl);
        }
    }
}
