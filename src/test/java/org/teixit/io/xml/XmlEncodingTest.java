package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teixit.io.ImportException;
import org.teixit.task.Progress;

class XmlEncodingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "UTF-8, '', false",
        "UTF-8, UTF-8, true",
        "ISO-8859-1, ISO-8859-1, false",
        "windows-1252, windows-1252, false",
        "UTF-16LE, UTF-16, true",
        "UTF-16BE, UTF-16, true",
        "UTF-16LE, UTF-16, false"})
    void decodesTheDeclaredOrMarkedEncoding(String charsetName, String declared, boolean byteOrderMark)
            throws Exception {
        Charset charset = Charset.forName(charsetName);
        String declaration = declared.isEmpty() ? "<?xml version=\"1.0\"?>"
                : "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>";
        String xml = declaration + "\n<gexf>\n<graph>Àmbit: família, niño, ràtio</graph></gexf>\n";
        byte[] text = xml.getBytes(charset);
        byte[] bom = !byteOrderMark ? new byte[0]
                : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Path file = Files.write(dir.resolve("enc.gexf"), all);
        assertEquals("Àmbit: família, niño, ràtio", graphText(file));
    }

    private static String graphText(Path file) throws ImportException {
        try (XmlInput in = XmlInput.openAtRoot(file, Progress.NONE, "gexf", "GEXF")) {
            in.nextChild();
            return in.text();
        }
    }
}
