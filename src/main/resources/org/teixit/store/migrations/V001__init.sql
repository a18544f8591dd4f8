-- Teixit store, schema version 1: an ecosystem of actors and ties tagged by CSER dimension.
-- A shipped migration is never edited; changes go in a new numbered file.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE vocabulary (
    category TEXT NOT NULL CHECK (category IN ('setting', 'actor-kind', 'tie-kind')),
    id       TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (category, id)
);

CREATE TABLE actor (
    id       TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    kind     TEXT NOT NULL DEFAULT '',
    setting  TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);

CREATE TABLE actor_attribute (
    actor_id TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE ON UPDATE CASCADE,
    name     TEXT NOT NULL,
    value    TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (actor_id, name)
);

CREATE TABLE tie (
    id       TEXT PRIMARY KEY,
    source   TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE ON UPDATE CASCADE,
    target   TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind     TEXT NOT NULL DEFAULT '',
    directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    stage    TEXT CHECK (stage IN ('distant', 'complementary', 'strategic')),
    notes    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE INDEX tie_source ON tie (source);
CREATE INDEX tie_target ON tie (target);

CREATE TABLE tie_dimension (
    tie_id    TEXT NOT NULL REFERENCES tie (id) ON DELETE CASCADE ON UPDATE CASCADE,
    dimension TEXT NOT NULL
        CHECK (dimension IN ('orientation', 'funds', 'collective', 'governance', 'communication')),
    PRIMARY KEY (tie_id, dimension)
);

CREATE TABLE tie_attribute (
    tie_id   TEXT NOT NULL REFERENCES tie (id) ON DELETE CASCADE ON UPDATE CASCADE,
    name     TEXT NOT NULL,
    value    TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (tie_id, name)
);
