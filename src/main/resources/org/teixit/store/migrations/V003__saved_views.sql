-- Schema version 3: saved views, the steps of a workshop story (filters, focus and zoom, with a caption).

CREATE TABLE saved_view (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    caption  TEXT NOT NULL DEFAULT '',
    filter   TEXT NOT NULL,
    centre_x REAL,
    centre_y REAL,
    zoom     REAL,
    anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1))
);
