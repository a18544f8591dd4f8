package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.ui.live.LiveSessionWindow;

/** A phone's answer, posted on loopback, shows up on the facilitator's map. */
@ExtendWith(ApplicationExtension.class)
class LiveSessionUiTest {
    private AppState state;
    private MainWindow window;
    private Stage stage;
    private LiveSessionWindow live;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SampleWindow sample = new SampleWindow(stage, "teixit-live");
        state = sample.state;
        window = sample.window;
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (live != null) {
                live.stop();
            }
            state.session().close();
        });
    }

    @Test
    void aSubmissionAppearsOnTheMapPlacedNextToItsTies(FxRobot robot) throws Exception {
        robot.interact(() -> {
            live = new LiveSessionWindow(stage, state.session(), window.mapView()::flash);
            try {
                live.start(InetAddress.getLoopbackAddress(), 0);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        URI base = live.server().url();
        assertTrue(base.getHost().equals("127.0.0.1") || base.getHost().equals("localhost"), base.toString());
        int ties = state.map().tieCount();
        String body = "{\"code\":\"" + live.server().code() + "\",\"respondent\":{\"name\":\"Biblioteca de Palau\","
                + "\"kind\":\"institution\",\"setting\":\"community\"},\"ties\":[{\"to\":\"Ajuntament de Palau d'Anglesola\","
                + "\"kind\":\"collaboration\",\"dimensions\":[\"funds\"],\"strength\":4}]}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/responses"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> state.map().tieCount() == ties + 1);
        Actor library = state.map().actors().stream().filter(a -> a.label().equals("Biblioteca de Palau"))
                .findFirst().orElseThrow();
        assertTrue(library.hasPosition(), "placed on the map, not left invisible");
        assertTrue(state.map().tiesOf(library.id()).stream().anyMatch(t -> t.touches("council") && t.has(CserDimension.FUNDS)));
        assertEquals(state.map().actor("school").orElseThrow().position(),
                org.teixit.sample.SampleEcosystem.load().actor("school").orElseThrow().position(), "nobody else moved");
        assertTrue(state.session().canUndo(), "the answer is an undoable edit");
    }
}
