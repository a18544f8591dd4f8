package org.teixit.io.xml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a UTF-8 XML file all or nothing: into a temporary file in the same folder, flushed to disk, then
 * moved over {@code file} in one step (atomically where the file system can). A failure leaves any
 * existing file as it was and no temporary file behind.
 */
public final class XmlFileWriter {
    /** What goes between the XML declaration and the end of the document. */
    @FunctionalInterface
    public interface Body {
        void write(XmlOut out) throws XMLStreamException;
    }

    private XmlFileWriter() {
    }

    public static void write(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                Writer text = new CharRefWriter(new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)));
                writeDocument(text, body);
                text.flush();
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeDocument(Writer text, Body body) throws IOException {
        try {
            XMLStreamWriter writer = SafeXml.outputFactory().createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(new XmlOut(writer));
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write XML: " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
