package org.teixit.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.teixit.i18n.Messages;
import org.teixit.io.ImportWarning;
import org.teixit.service.ImportPreview;

/**
 * Shows what an import will do before it does it: actors and ties added and updated, and every warning
 * with its file and line. Import applies it as one undoable edit; Cancel changes nothing.
 */
final class ImportDialog {
    private ImportDialog() {
    }

    /** Whether the user chose to import. */
    static boolean confirm(Window owner, List<Path> files, ImportPreview preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setHeaderText(Messages.get("import.header", files.size() == 1 ? files.get(0).getFileName() : files.size()));
        var s = preview.summary();
        Label counts = new Label(Messages.get("import.counts", s.actorsAdded(), s.actorsUpdated(), s.tiesAdded(),
                s.tiesUpdated()));
        counts.setWrapText(true);
        VBox body = new VBox(8, counts);
        if (!s.warnings().isEmpty()) {
            ListView<String> warnings = new ListView<>();
            s.warnings().stream().map(ImportWarning::toString).forEach(warnings.getItems()::add);
            warnings.setPrefHeight(160);
            body.getChildren().addAll(new Label(Messages.get("import.warnings", s.warnings().size())), warnings);
        }
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setPrefWidth(560);
        ButtonType importButton = new ButtonType(Messages.get("import.do"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == importButton).isPresent();
    }
}
