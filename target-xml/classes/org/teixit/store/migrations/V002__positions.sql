-- Schema version 2: where each actor sits on the map, and whether the layout must leave it there.
-- Files written at version 1 gain empty positions; the next layout fills them.

ALTER TABLE actor ADD COLUMN x REAL;
ALTER TABLE actor ADD COLUMN y REAL;
ALTER TABLE actor ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
