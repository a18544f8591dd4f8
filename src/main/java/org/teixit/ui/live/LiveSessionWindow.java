package org.teixit.ui.live;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.teixit.collect.CollectEvent;
import org.teixit.collect.CollectServer;
import org.teixit.collect.CollectStats;
import org.teixit.collect.LocalAddresses;
import org.teixit.collect.PendingResponse;
import org.teixit.collect.ResponseSink;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.service.ChangeSet;
import org.teixit.service.MapSession;
import org.teixit.service.NewActorPlacement;
import org.teixit.ui.FxThread;

/**
 * The live session: runs the workshop server on the laptop's local network address and shows what the
 * room needs to join — a large QR code, the short address and the join code — with counters, code
 * rotation and the moderation queue. Answers go through the open map's session, so they are saved at once,
 * appear on the map (placed next to whom they are tied to) and can be undone.
 */
public final class LiveSessionWindow {
    private final Stage stage = new Stage();
    private final MapSession session;
    private final Consumer<java.util.List<String>> onNewActors;
    private final Label url = new Label();
    private final Label code = new Label();
    private final Label counters = new Label();
    private final ImageView qr = new ImageView();
    private final ListView<PendingResponse> pending = new ListView<>();
    private final Consumer<CollectEvent> listener = e -> FxThread.run(() -> onEvent(e));
    private CollectServer server;

    /**
     * @param onNewActors told (on the FX thread) which actors an answer created, so the map can point them out
     */
    public LiveSessionWindow(Window owner, MapSession session, Consumer<java.util.List<String>> onNewActors) {
        this.session = session;
        this.onNewActors = onNewActors;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("live.title"));
        stage.setScene(new Scene(layout())); // as large as what it shows: no empty half on a laptop
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setOnHidden(e -> stop());
    }

    private BorderPane layout() {
        url.getStyleClass().add("live-url");
        url.setId("live-url");
        code.getStyleClass().add("live-code");
        code.setId("live-code");
        counters.getStyleClass().add("live-counters");
        counters.setId("live-counters");
        Label join = new Label(Messages.get("live.join"));
        join.getStyleClass().add("live-join");
        join.setWrapText(true);
        Button rotate = new Button(Messages.get("live.rotate"));
        rotate.setOnAction(e -> {
            if (server != null) {
                server.rotateCode();
                showAddress();
            }
        });
        ToggleButton moderate = new ToggleButton(Messages.get("live.moderate"));
        moderate.setId("live-moderate");
        moderate.selectedProperty().addListener((o, was, now) -> {
            if (server != null) {
                server.setModerated(now);
            }
            pending.setVisible(now);
            stage.sizeToScene();
        });
        Button approveAll = new Button(Messages.get("live.approve-all"));
        approveAll.setOnAction(e -> {
            if (server != null) {
                server.approveAll();
                refreshPending();
            }
        });
        approveAll.visibleProperty().bind(moderate.selectedProperty());
        Button stop = new Button(Messages.get("live.stop"));
        stop.setId("live-stop");
        stop.setOnAction(e -> stage.close());
        pending.setVisible(false);
        pending.managedProperty().bind(pending.visibleProperty()); // no room kept for it while hidden
        pending.setPrefHeight(180);
        pending.setCellFactory(list -> new PendingCell());
        VBox right = new VBox(14, join, url, code, counters, new HBox(8, rotate, moderate, approveAll, stop), pending);
        right.setPadding(new Insets(20));
        right.setAlignment(Pos.TOP_LEFT);
        BorderPane root = new BorderPane();
        root.setLeft(qr);
        BorderPane.setMargin(qr, new Insets(20));
        root.setCenter(right);
        root.getStyleClass().add("live-session");
        return root;
    }

    /** Starts the server on the usual address (the local network's, else loopback) and shows the window. */
    public void start() throws IOException {
        start(LocalAddresses.defaultBindAddress(), 0);
    }

    public void start(InetAddress address, int port) throws IOException {
        ResponseSink sink = placingSink(session);
        server = CollectServer.start(sink, CollectServer.Options.on(address).withPort(port)
                .withJournal(CollectServer.journalBeside(session.file())));
        server.addListener(listener);
        showAddress();
        showStats(server.stats());
        stage.show();
    }

    /** Answers through the session, with new actors placed next to whom they are tied to. */
    private static ResponseSink placingSink(MapSession session) {
        ResponseSink plain = ResponseSink.of(session);
        return new ResponseSink() {
            @Override
            public Ecosystem current() {
                return plain.current();
            }

            @Override
            public Ecosystem apply(Function<Ecosystem, ChangeSet> plan) {
                return plain.apply(map -> NewActorPlacement.place(map, plan.apply(map)));
            }
        };
    }

    private void showAddress() {
        String address = server.joinUrl().toString();
        url.setText(address);
        code.setText(Messages.get("live.code", server.code()));
        qr.setImage(QrImage.of(address, 9));
    }

    private void showStats(CollectStats s) {
        counters.setText(Messages.get("live.counters", s.participants(), s.ties(), s.pending()));
    }

    private void onEvent(CollectEvent e) {
        showStats(e.stats());
        if (e instanceof CollectEvent.Applied applied && !applied.newActorIds().isEmpty()) {
            onNewActors.accept(applied.newActorIds());
        }
        refreshPending();
    }

    private void refreshPending() {
        if (server != null) {
            pending.getItems().setAll(server.pending());
        }
    }

    /** Stops the server (the window closing does it too). */
    public void stop() {
        if (server != null) {
            server.removeListener(listener);
            server.close();
            server = null;
        }
    }

    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** The running server (for tests). */
    public CollectServer server() {
        return server;
    }

    /** One waiting answer with Approve and Reject. */
    private final class PendingCell extends ListCell<PendingResponse> {
        @Override
        protected void updateItem(PendingResponse r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Button approve = new Button(Messages.get("live.approve"));
            approve.setOnAction(e -> {
                server.approve(r.id());
                refreshPending();
            });
            Button reject = new Button(Messages.get("live.reject"));
            reject.setOnAction(e -> {
                server.reject(r.id());
                refreshPending();
            });
            Label what = new Label(Messages.get("live.pending", r.respondentName(), r.tieCount()));
            setGraphic(new HBox(8, what, approve, reject));
        }
    }
}
