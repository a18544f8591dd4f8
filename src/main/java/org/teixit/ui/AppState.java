package org.teixit.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.teixit.model.Ecosystem;
import org.teixit.model.filter.FilterApplier;
import org.teixit.model.filter.MapFilter;
import org.teixit.service.MapSession;
import org.teixit.style.Theme;

/**
 * The state every panel shares, as JavaFX properties, touched only on the FX thread: the open session, its
 * current map, the filter and the map it leaves visible, the selection, the hovered actor and the theme.
 * The session's edits arrive here through {@link #sessionChanged}.
 */
public final class AppState {
    private final ObjectProperty<MapSession> session = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Ecosystem> map = new ReadOnlyObjectWrapper<>(Ecosystem.empty(""));
    private final ObjectProperty<MapFilter> filter = new SimpleObjectProperty<>(MapFilter.all());
    private final ReadOnlyObjectWrapper<Ecosystem> visible = new ReadOnlyObjectWrapper<>(Ecosystem.empty(""));
    private final StringProperty selectedActor = new SimpleStringProperty();
    private final StringProperty selectedTie = new SimpleStringProperty();
    private final StringProperty hoveredActor = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final javafx.beans.property.BooleanProperty anonymised = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObjectProperty<org.teixit.model.VocabularyCategory> colourBy =
            new SimpleObjectProperty<>(org.teixit.model.VocabularyCategory.SETTING);

    public AppState() {
        filter.addListener((o, was, now) -> refilter());
        map.addListener((o, was, now) -> refilter());
    }

    private void refilter() {
        visible.set(FilterApplier.apply(map.get(), filter.get()));
    }

    public ObjectProperty<MapSession> sessionProperty() {
        return session;
    }

    public MapSession session() {
        return session.get();
    }

    /** Called (on the FX thread) with the session's newest snapshot. */
    public void sessionChanged(Ecosystem now) {
        map.set(now);
        if (selectedActor.get() != null && now.actor(selectedActor.get()).isEmpty()) {
            selectedActor.set(null);
        }
        if (selectedTie.get() != null && now.tie(selectedTie.get()).isEmpty()) {
            selectedTie.set(null);
        }
    }

    public ReadOnlyObjectProperty<Ecosystem> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public Ecosystem map() {
        return map.get();
    }

    public ObjectProperty<MapFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Ecosystem> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public StringProperty selectedActorProperty() {
        return selectedActor;
    }

    public StringProperty selectedTieProperty() {
        return selectedTie;
    }

    public StringProperty hoveredActorProperty() {
        return hoveredActor;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private final ObjectProperty<java.util.Map<String, Double>> sizeBy = new SimpleObjectProperty<>();

    private final ObjectProperty<java.util.Map<String, Double>> colourValues = new SimpleObjectProperty<>();

    /** Actor colours by a measure (id → value), or null for colours by setting or kind. */
    public ObjectProperty<java.util.Map<String, Double>> colourValuesProperty() {
        return colourValues;
    }

    /** Actor sizes by a measure (id → value), or null for sizes by number of ties. */
    public ObjectProperty<java.util.Map<String, Double>> sizeByProperty() {
        return sizeBy;
    }

    /** Actors and ties a finding is about (the map lights them up), or empty. */
    public record Focus(java.util.Set<String> actors, java.util.Set<String> ties) {
        public static final Focus NONE = new Focus(java.util.Set.of(), java.util.Set.of());
    }

    private final ObjectProperty<Focus> focus = new SimpleObjectProperty<>(Focus.NONE);

    public ObjectProperty<Focus> focusProperty() {
        return focus;
    }

    /** Whether the map shows kind and setting instead of names. */
    public javafx.beans.property.BooleanProperty anonymisedProperty() {
        return anonymised;
    }

    /** What actors are coloured by on the map: their setting or their kind. */
    public ObjectProperty<org.teixit.model.VocabularyCategory> colourByProperty() {
        return colourBy;
    }

    /** Selects an actor (and no tie). */
    public void selectActor(String id) {
        selectedTie.set(null);
        selectedActor.set(id);
    }

    /** Selects a tie (and no actor). */
    public void selectTie(String id) {
        selectedActor.set(null);
        selectedTie.set(id);
    }
}
