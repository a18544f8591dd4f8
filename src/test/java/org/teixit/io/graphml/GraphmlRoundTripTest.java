package org.teixit.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.xml.RichEcosystem;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

class GraphmlRoundTripTest {
    @TempDir
    Path dir;

    private ImportBatch roundTrip(Ecosystem ecosystem) throws Exception {
        Path file = dir.resolve("map.graphml");
        new GraphmlWriter().write(ecosystem, file);
        return new GraphmlReader().read(file, Progress.NONE);
    }

    @Test
    void richMapComesBackUnchanged() throws Exception {
        Ecosystem rich = RichEcosystem.build();
        ImportBatch batch = roundTrip(rich);
        TestFiles.assertSameMap(rich, batch);
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    @Test
    void allDirectedAndAllUndirectedMapsComeBackUnchanged() throws Exception {
        TestFiles.assertSameMap(RichEcosystem.allDirected(), roundTrip(RichEcosystem.allDirected()));
        TestFiles.assertSameMap(RichEcosystem.allUndirected(), roundTrip(RichEcosystem.allUndirected()));
    }

    @Test
    void emptyMapComesBackEmpty() throws Exception {
        ImportBatch batch = roundTrip(Ecosystem.empty("Buit"));
        assertEquals("Buit", batch.graphName());
        assertTrue(batch.actors().isEmpty());
        assertTrue(batch.ties().isEmpty());
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("a.graphml");
        Path second = dir.resolve("b.graphml");
        new GraphmlWriter().write(RichEcosystem.build(), first);
        ImportBatch batch = new GraphmlReader().read(first, Progress.NONE);
        Ecosystem.Builder again = Ecosystem.builder(batch.graphName()).description(RichEcosystem.build().description());
        batch.actors().forEach(again::actor);
        batch.ties().forEach(again::tie);
        new GraphmlWriter().write(again.build(), second);
        assertEquals(Files.readString(first), Files.readString(second));
    }
}
