package org.teixit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.teixit.collect.CollectEvent;
import org.teixit.collect.CollectServer;
import org.teixit.collect.CollectStats;
import org.teixit.collect.CollectText;
import org.teixit.collect.JoinCode;
import org.teixit.collect.LocalAddresses;
import org.teixit.collect.PendingResponse;
import org.teixit.collect.ResponseSink;
import org.teixit.service.MapSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit collect STORE [--port P] [--code C] [--bind ADDR] [--moderate] [--create]}: the workshop
 * server without the window. Prints the address and the join code, then one line per answer. Each answer
 * is committed to STORE before the phone hears {@code 201}, so killing the process loses nothing that was
 * acknowledged; SIGTERM or Ctrl+C (a shutdown hook) stops the server and closes the store cleanly. While it
 * runs, commands typed on standard input: {@code code}, {@code stats}, {@code pending},
 * {@code approve N|all}, {@code reject N}, {@code stop}. The moderation queue and participants' tokens are
 * kept in {@code STORE.collect.jsonl} beside the map.
 */
@Command(name = "collect", mixinStandardHelpOptions = true, resourceBundle = "org.teixit.i18n.cli_collect")
final class CollectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", descriptionKey = "store")
    Path store;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", descriptionKey = "port")
    int port;

    @Option(names = "--code", paramLabel = "C", descriptionKey = "code")
    String code;

    @Option(names = "--bind", paramLabel = "ADDR", descriptionKey = "bind")
    String bind;

    @Option(names = "--moderate", descriptionKey = "moderate")
    boolean moderate;

    @Option(names = "--create", descriptionKey = "create")
    boolean create;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (code != null && !JoinCode.isValid(code)) {
            throw new ParameterException(spec.commandLine(), "--code must be 4 to 6 digits");
        }
        InetAddress address = bindAddress();
        PrintWriter out = spec.commandLine().getOut();
        CollectText text = CollectText.forDefaultLocale();

        boolean existed = Files.exists(store);
        MapSession session = create ? MapSession.openOrCreate(store) : MapSession.open(store);
        CollectServer server;
        try {
            CollectServer.Options options = CollectServer.Options.on(address).withPort(port).withCode(code)
                    .withModeration(moderate).withJournal(CollectServer.journalBeside(store))
                    .withDefaultLanguage(text.language());
            server = CollectServer.start(ResponseSink.of(session), options);
        } catch (IOException | RuntimeException e) {
            session.close();
            String where = address.getHostAddress() + ":" + port;
            throw new UncheckedIOException(text.get("collect.cli.cannot-listen", where, String.valueOf(e.getMessage())),
                    e instanceof IOException io ? io : new IOException(e));
        }

        if (!existed) {
            out.println(text.get("collect.cli.created", store));
        }
        out.println(text.get("collect.cli.title", session.current().name()));
        out.println(text.get("collect.cli.url", server.url().toString()));
        out.println(text.get("collect.cli.code", server.code()));
        out.println(text.get("collect.cli.join-url", server.joinUrl().toString()));
        if (address.isLoopbackAddress()) {
            out.println(text.get("collect.cli.loopback"));
        }
        if (moderate) {
            out.println(text.get("collect.cli.moderated"));
        }
        out.println(text.get("collect.cli.commands"));
        out.flush();

        server.addListener(event -> report(out, text, event));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                out.println(text.get("collect.cli.stopping"));
                out.flush();
                server.stop();
                session.close();
                out.println(text.get("collect.cli.stopped", store));
                out.flush();
            }
            stopped.countDown();
        };
        Thread hook = new Thread(stop, "teixit-collect-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread console = new Thread(() -> console(out, text, server, stop), "teixit-collect-console");
        console.setDaemon(true);
        console.start();

        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDownAlready) {
            // stopped by the hook itself
        }
        return 0;
    }

    private InetAddress bindAddress() {
        if (bind == null) {
            return LocalAddresses.defaultBindAddress();
        }
        try {
            return InetAddress.getByName(bind.strip());
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: unknown address " + bind);
        }
    }

    private static void report(PrintWriter out, CollectText text, CollectEvent event) {
        if (event instanceof CollectEvent.Applied a) {
            out.println(text.get(a.correction() ? "collect.cli.corrected" : "collect.cli.applied",
                    oneLine(a.respondentName()), a.tieIds().size()));
        } else if (event instanceof CollectEvent.Pending p) {
            out.println(text.get("collect.cli.pending", p.response().id(), oneLine(p.response().respondentName()),
                    p.response().tieCount()));
        } else {
            return;
        }
        out.flush();
    }

    /** Names come from phones: no control characters reach the terminal. */
    private static String oneLine(String name) {
        return name.replaceAll("\\p{Cntrl}", " ");
    }

    /** Reads commands from standard input until it ends (no input at all is fine: the server keeps running). */
    private static void console(PrintWriter out, CollectText text, CollectServer server, Runnable stop) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null && server.isRunning()) {
                String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
                switch (words[0]) {
                    case "" -> {
                        continue;
                    }
                    case "code", "rotate" -> out.println(text.get("collect.cli.new-code", server.rotateCode()));
                    case "stats" -> {
                        CollectStats s = server.stats();
                        out.println(text.get("collect.cli.stats", s.participants(), s.ties(), s.pending(), s.responses()));
                    }
                    case "pending" -> {
                        if (server.pending().isEmpty()) {
                            out.println(text.get("collect.cli.pending-none"));
                        }
                        for (PendingResponse p : server.pending()) {
                            out.println(text.get("collect.cli.pending-line", p.id(), oneLine(p.respondentName()),
                                    p.tieCount()));
                        }
                    }
                    case "approve" -> approve(out, text, server, words);
                    case "reject" -> {
                        Long id = words.length > 1 ? number(words[1]) : null;
                        out.println(id != null && server.reject(id) ? text.get("collect.cli.rejected", id)
                                : text.get("collect.cli.no-such", words.length > 1 ? words[1] : "?"));
                    }
                    case "stop", "quit", "exit" -> {
                        stop.run();
                        return;
                    }
                    default -> out.println(text.get("collect.cli.unknown-command", oneLine(words[0])));
                }
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // standard input closed or unreadable: keep serving
        }
    }

    private static void approve(PrintWriter out, CollectText text, CollectServer server, String[] words) {
        if (words.length > 1 && words[1].equals("all")) {
            out.println(text.get("collect.cli.approved", server.approveAll()));
            return;
        }
        Long id = words.length > 1 ? number(words[1]) : null;
        out.println(id != null && server.approve(id) ? text.get("collect.cli.approved", 1)
                : text.get("collect.cli.no-such", words.length > 1 ? words[1] : "?"));
    }

    private static Long number(String word) {
        try {
            return Long.parseLong(word.replace("#", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
