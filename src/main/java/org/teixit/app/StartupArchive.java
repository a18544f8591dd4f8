package org.teixit.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the window in a JVM that maps the class-data-sharing archive {@code teixit.jsa} that the build writes
 * beside {@code teixit.jar} (from {@code packaging/startup.classlist}: the classes the window loads on its way
 * to the first map). Mapping ~6,500 already parsed and verified classes instead of loading them from jars
 * takes over a second off the start on a school laptop.
 *
 * <p>{@code java -jar teixit.jar} cannot name the archive itself, so this launches the same command again
 * with {@code -XX:SharedArchiveFile}, the caller's JVM options, the same arguments and the same console,
 * and passes on its exit code. It does nothing (the window opens in this JVM) when the archive is missing,
 * when this JVM already has one, inside a jpackage image (its launcher sets its own options), when not run
 * from a jar, or with {@code -Dteixit.relaunch=false}. If the JVM cannot be started, the window opens here.
 */
final class StartupArchive {
    static final String ARCHIVE = "teixit.jsa";
    static final String LAUNCHED_AT = "teixit.launchedAt";
    /**
     * The optimising compiler (C2) starts on a method ~10× later than by default: while the window opens, it
     * no longer competes for the cores with the JavaFX thread (start 2.3 s instead of 2.8–3.4 s on 2 cores),
     * and the long computations still reach it in their first iterations (ForceAtlas2 at 10,000 / 30,000: the
     * same 29–31 ms an iteration either way). See docs/decisions/0004.
     */
    static final List<String> LATER_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private StartupArchive() {
    }

    /** The command that relaunches with the archive, if it applies to this JVM. */
    static Optional<List<String>> relaunchCommand(String mainClass, String[] args) {
        if (!Boolean.parseBoolean(System.getProperty("teixit.relaunch", "true"))
                || System.getProperty("jpackage.app-path") != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        // This JVM only starts the next one: what it reads from the operating system (options, start) spares it
        // java.lang.management and lambdas, ~45 ms of a start that the user waits for.
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> commandLine = self.arguments();
        Optional<List<String>> options = commandLine.isPresent() ? optionsBeforeJar(commandLine.get()) : Optional.empty();
        Optional<java.time.Instant> started = self.startInstant();
        return relaunchCommand(javaCommand(), jar.get(),
                options.isPresent() ? options.get() : ManagementFactory.getRuntimeMXBean().getInputArguments(),
                started.isPresent() ? started.get().toEpochMilli() : ManagementFactory.getRuntimeMXBean().getStartTime(),
                mainClass, args);
    }

    /**
     * The JVM options of a {@code java [options] -jar JAR [arguments]} command line (without the program's
     * name); empty when the line has no {@code -jar} or an option is an argument file ({@code @file}), whose
     * options the operating system does not show.
     */
    static Optional<List<String>> optionsBeforeJar(String[] commandLine) {
        List<String> options = new ArrayList<>();
        for (String argument : commandLine) {
            if (argument.equals("-jar")) {
                return Optional.of(options);
            }
            if (argument.startsWith("@")) {
                return Optional.empty();
            }
            options.add(argument);
        }
        return Optional.empty();
    }

    /**
     * The command that runs {@code mainClass} from {@code jar} again with the archive beside it and the same
     * JVM options and arguments; empty when there is no archive or the options already choose one.
     */
    static Optional<List<String>> relaunchCommand(String java, Path jar, List<String> jvmOptions, long launchedAt,
                                                  String mainClass, String[] args) {
        Path archive = jar.resolveSibling(ARCHIVE);
        if (!Files.isRegularFile(archive) || anyStartsWith(jvmOptions, "-XX:SharedArchiveFile", "-Xshare")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xshare:auto");
        if (!anyStartsWith(jvmOptions, "-XX:Tier")) { // -XX:TieredStopAtLevel included
            command.addAll(LATER_C2);
        }
        command.add("-Dteixit.relaunch=false");
        command.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    private static boolean anyStartsWith(List<String> options, String... prefixes) {
        for (String option : options) {
            for (String prefix : prefixes) {
                if (option.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code command} with this process's console and waits for it; stops it if this JVM is stopped.
     *
     * @return its exit code, or empty if it could not be started
     */
    static Optional<Integer> run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(new Runnable() { // not a lambda: no method-handle spin-up on the way
            @Override
            public void run() {
                child.destroy();
            }
        }, "teixit-stop-window");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int code = child.waitFor();
                return Optional.of(code);
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /** Milliseconds since the user's launch: the first JVM's start when this one was relaunched. */
    static long sinceLaunch() {
        long start = Long.getLong(LAUNCHED_AT, ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }

    private static Optional<Path> runningJar() {
        try {
            var source = StartupArchive.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String javaCommand() {
        Optional<String> command = ProcessHandle.current().info().command();
        return command.isPresent() ? command.get()
                : System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
