-- Schema version 4: indexes on the order columns, so adding a row finds the next position without
-- scanning the table (imports of large maps were quadratic).

CREATE INDEX actor_position ON actor (position);
CREATE INDEX tie_position ON tie (position);
