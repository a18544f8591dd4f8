package org.teixit.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The class-data archive of an installed app image (jpackage). Java 17 checks an archive's class path by
 * absolute path, so the one `mvn package` makes cannot travel with the image; instead the image's launcher
 * names {@code $APPDIR/teixit.jsa} ({@code packaging/build-app-image.sh}) and, the first time the window runs
 * without it, this makes it there in a background process from the class list in the jar — the same dump
 * the build does, now with the installed paths. From the next start on the JVM maps it (a missing or
 * unusable archive is silently skipped). An image installed where the user cannot write does without, and
 * so does a macOS app bundle (it stays as signed).
 */
final class ImageArchive {
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final String CLASS_LIST = "startup.classlist";

    private ImageArchive() {
    }

    /** Starts making the image's archive on a background thread, if this is an image and it has none. */
    static void makeIfMissing() {
        // Not inside a macOS app bundle: writing there would break its signature.
        if (System.getProperty("jpackage.app-path") == null || System.getProperty("os.name", "").startsWith("Mac")) {
            return;
        }
        Thread maker = new Thread(() -> {
            try {
                Thread.sleep(5_000); // after the panels and the first clicks: a first run only
            } catch (InterruptedException e) {
                return;
            }
            missing(ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(ImageArchive::make);
        }, "teixit-image-archive");
        maker.setDaemon(true);
        maker.setPriority(Thread.MIN_PRIORITY);
        maker.start();
    }

    /** The archive the JVM was told to map, when it is not there yet and its folder can take it. */
    static Optional<Path> missing(List<String> jvmOptions) {
        return jvmOptions.stream().filter(o -> o.startsWith(ARCHIVE_OPTION)).reduce((first, last) -> last)
                .map(o -> Path.of(o.substring(ARCHIVE_OPTION.length())).toAbsolutePath())
                .filter(a -> !Files.exists(a) && a.getParent() != null && Files.isDirectory(a.getParent())
                        && Files.isWritable(a.getParent()));
    }

    /**
     * Dumps the archive for this JVM's class path into {@code archive}, through a file beside it moved in
     * whole, so that a JVM starting meanwhile never maps half an archive.
     *
     * @return whether the archive was made
     */
    static boolean make(Path archive) {
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        Path classList = null;
        try (InputStream in = ImageArchive.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return false;
            }
            classList = Files.createTempFile("teixit-", ".classlist");
            Files.copy(in, classList, StandardCopyOption.REPLACE_EXISTING);
            String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
            Path java = Path.of(System.getProperty("java.home"), "bin", exe);
            Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classList, ARCHIVE_OPTION + part,
                    "-cp", System.getProperty("java.class.path"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!dump.waitFor(5, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                return false;
            }
            if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                return false;
            }
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(part);
                if (classList != null) {
                    Files.deleteIfExists(classList);
                }
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }
}
