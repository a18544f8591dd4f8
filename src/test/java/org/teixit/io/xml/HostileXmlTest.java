package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportException;
import org.teixit.task.Progress;

import com.sun.net.httpserver.HttpServer;

/** Files built to hurt: none may read other files or URLs, blow up memory, or leak parser noise. */
class HostileXmlTest {
    private static final String SECRET = "TOP-SECRET-4711";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Reads every element and all text of a file whose root must be {@code <gexf>}. */
    private static void readAll(Path file) throws ImportException {
        try (XmlInput in = XmlInput.openAtRoot(file, Progress.NONE, "gexf", "GEXF")) {
            readChildren(in);
        }
    }

    private static void readChildren(XmlInput in) throws ImportException {
        in.text(() -> readChildren(in));
    }

    private ImportException refused(String name, String content) throws IOException {
        Path file = TestFiles.write(dir, name, content);
        ImportException e = assertThrows(ImportException.class, () -> readAll(file));
        TestFiles.assertCleanMessage(e, name, 0, null);
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        return e;
    }

    @Test
    void externalFileEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        ImportException e = refused("xxe.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<gexf>&xxe;</gexf>\n");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(4, e.location().line(), "the line where the DOCTYPE ends");
    }

    @Test
    void externalUrlEntityIsNeverFetched() throws IOException {
        refused("xxe-url.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM \"" + url("/e")
                + "\">]>\n<gexf>&xxe;</gexf>\n");
        assertEquals(0, requests.get());
    }

    @Test
    void externalDtdIsNeverFetched() throws IOException {
        refused("dtd.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf SYSTEM \"" + url("/evil.dtd")
                + "\">\n<gexf>&leak;</gexf>\n");
        assertEquals(0, requests.get());
    }

    @Test
    void parameterEntityIsNeverFetched() throws IOException {
        refused("param.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY % remote SYSTEM \"" + url("/p.dtd")
                + "\"> %remote;]>\n<gexf>&leak;</gexf>\n");
        assertEquals(0, requests.get());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">\n");
        }
        dtd.append("]>\n<gexf>&lol9;</gexf>\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused("lol.gexf", dtd.toString()));
    }

    @Test
    void undeclaredEntityIsRefused() throws IOException {
        ImportException e = refused("entity.gexf", "<?xml version=\"1.0\"?>\n<gexf>\n<graph>&nbsp;</graph></gexf>\n");
        assertEquals(3, e.location().line());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        ImportException e = refused("empty.gexf", "");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void blankFileIsRefused() throws IOException {
        refused("blank.gexf", "   \n\n  ");
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (byte[] bytes : new byte[][] {noise, {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3}, new byte[100], {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<'}}) {
            Path file = Files.write(dir.resolve("noise.gexf"), bytes);
            ImportException e = assertThrows(ImportException.class, () -> readAll(file));
            TestFiles.assertCleanMessage(e, "noise.gexf", 0, null);
        }
    }

    @Test
    void invalidUtf8InsideAnElementIsRefusedWithItsLine() throws IOException {
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf>\n<graph>".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = "</graph></gexf>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Path file = Files.write(dir.resolve("utf8.gexf"), all);
        ImportException e = assertThrows(ImportException.class, () -> readAll(file));
        TestFiles.assertCleanMessage(e, "utf8.gexf", 3, null);
        assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefusedWithTheLineWhereItStops() throws IOException {
        String whole = Files.readString(TestFiles.fixture("gexf/networkx-partners-1.3.gexf"));
        String half = whole.substring(0, whole.length() / 2);
        int lines = (int) half.chars().filter(c -> c == '\n').count() + 1;
        Path file = TestFiles.write(dir, "cut.gexf", half);
        ImportException e = assertThrows(ImportException.class, () -> readAll(file));
        TestFiles.assertCleanMessage(e, "cut.gexf", lines, null);
    }

    @Test
    void wrongRootElementIsRefused() throws IOException {
        ImportException e = refused("page.gexf", "<?xml version=\"1.0\"?>\n<html><body/></html>");
        assertTrue(e.getMessage().contains("<html>"), e.getMessage());
        assertEquals("page.gexf:2: not a GEXF file: the root element is <html>, expected <gexf>", e.getMessage());
    }

    @Test
    void millionsOfNestedElementsAreRefusedAtTheLimit() throws IOException {
        int depth = SafeXml.MAX_ELEMENT_DEPTH + 10;
        Path file = TestFiles.write(dir, "deep.gexf", "<?xml version=\"1.0\"?>\n<gexf><graph><nodes>\n"
                + "<a>".repeat(depth) + "</a>".repeat(depth) + "</nodes></graph></gexf>\n");
        ImportException e = assertThrows(ImportException.class,
                () -> new org.teixit.io.gexf.GexfReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "deep.gexf", 3, null);
        assertTrue(e.getMessage().contains("depth") && !e.getMessage().contains("JAXP"), e.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> readAll(dir.resolve("nowhere.gexf")));
        assertEquals("nowhere.gexf: cannot read the file (no such file)", e.getMessage());
    }
}
