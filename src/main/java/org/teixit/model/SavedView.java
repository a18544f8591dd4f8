package org.teixit.model;

import org.teixit.model.filter.MapFilter;

/**
 * One step of a workshop story: what the map shows (the filter, ego focus included), where the camera is
 * (the map point in the middle and the zoom, in pixels per layout unit; {@code null} centre = fit the
 * whole map), whether names are hidden, and the caption the room reads.
 */
public record SavedView(String id, String caption, MapFilter filter, Position centre, double zoom,
                        boolean anonymised) {
    public SavedView {
        id = Text.requireId(id, "view id");
        caption = Text.orEmpty(caption);
        if (filter == null) {
            filter = MapFilter.all();
        }
        if (!Double.isFinite(zoom) || zoom <= 0) {
            zoom = 0;
        }
    }
}
