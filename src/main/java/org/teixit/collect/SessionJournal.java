package org.teixit.collect;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workshop's own small journal beside the map, one JSON object a line: the moderation queue (answers
 * waiting for approval are acknowledged with {@code 202}, so they must survive a crash: each is written
 * and forced to disk before the phone hears back) and which ties each participant's token put on the map
 * (so corrections still work after a restart). The map itself stays in the store; losing this file only
 * loses the queue and the ability to correct earlier answers.
 *
 * <p>Lines: {@code {"type":"answer","token":H,"respondent":ID,"ties":[…],"created":[…]}},
 * {@code {"type":"pending","id":N,"token":H,"received":T,"submission":{…}}},
 * {@code {"type":"resolved","id":N}}. Tokens are stored only as SHA-256 hashes. A torn last line (a crash
 * mid-write) is skipped. Opening compacts the file.
 */
final class SessionJournal implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final Map<String, Answer> answers;
    private final Map<Long, PendingResponse> pending;

    private SessionJournal(Path file, FileChannel channel, Map<String, Answer> answers,
                           Map<Long, PendingResponse> pending) {
        this.file = file;
        this.channel = channel;
        this.answers = answers;
        this.pending = pending;
    }

    /** The journal for the map {@code store}: {@code <store>.collect.jsonl} beside it. */
    static Path beside(Path store) {
        return store.resolveSibling(store.getFileName() + ".collect.jsonl");
    }

    static SessionJournal open(Path file) throws IOException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<Long, PendingResponse> pending = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                replay(line, answers, pending);
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder compact = new StringBuilder();
        answers.forEach((h, a) -> compact.append(WebJson.text(answerLine(h, a))).append('\n'));
        pending.values().forEach(p -> compact.append(WebJson.text(pendingLine(p))).append('\n'));
        Files.writeString(tmp, compact, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new SessionJournal(file, channel, answers, pending);
    }

    private static void replay(String line, Map<String, Answer> answers, Map<Long, PendingResponse> pending) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode n = WebJson.MAPPER.readTree(line);
            switch (n.path("type").asText()) {
                case "answer" -> answers.put(n.get("token").asText(), new Answer(n.get("respondent").asText(),
                        strings(n.get("ties")), strings(n.get("created"))));
                case "pending" -> {
                    long id = n.get("id").asLong();
                    String token = n.path("token").isTextual() ? n.get("token").asText() : null;
                    Submission s = Submission.parse(n.get("submission"), null);
                    pending.put(id, new PendingResponse(id, Instant.parse(n.get("received").asText()), s, token));
                }
                case "resolved" -> pending.remove(n.get("id").asLong());
                default -> {
                    // a line from a later version: ignored
                }
            }
        } catch (IOException | RuntimeException | Submission.Invalid tornOrForeignLine) {
            // a crash mid-write leaves a torn last line; anything unreadable is skipped
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Map<String, Object> answerLine(String tokenHash, Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "answer");
        m.put("token", tokenHash);
        m.put("respondent", a.respondentId());
        m.put("ties", a.tieIds());
        m.put("created", a.createdActorIds());
        return m;
    }

    private static Map<String, Object> pendingLine(PendingResponse p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "pending");
        m.put("id", p.id());
        m.put("token", p.tokenHash());
        m.put("received", p.received().toString());
        m.put("submission", p.submission().toJson());
        return m;
    }

    Path file() {
        return file;
    }

    /** Answers read at opening, by token hash. */
    Map<String, Answer> answers() {
        return answers;
    }

    /** Queued answers read at opening, in arrival order. */
    Map<Long, PendingResponse> pending() {
        return pending;
    }

    /** Records which ties a token's answer put on the map (after the store commit; not forced). */
    void answer(String tokenHash, Answer a) {
        append(answerLine(tokenHash, a), false);
    }

    /** Records a queued answer, forced to disk before returning (it is acknowledged next). */
    void pending(PendingResponse p) {
        append(pendingLine(p), true);
    }

    void resolved(long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "resolved");
        m.put("id", id);
        append(m, true);
    }

    private synchronized void append(Map<String, Object> line, boolean force) {
        ByteBuffer bytes = ByteBuffer.wrap((WebJson.text(line) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
