-- Leasing at a cost that does not grow with the frontier (see FrontierStore#lease), and the
-- per-host request schedule that several scrapers share (see HostScheduleStore). Same rule as
-- V1: one script for PostgreSQL and H2 2.3, only types and syntax the two share.

-- Serves "ORDER BY due_at, url" straight from the index, so a lease reads the first due
-- rows instead of sorting every due entry; replaces the index on due_at alone.
DROP INDEX frontier_due_idx;
CREATE INDEX frontier_due_url_idx ON frontier (due_at, url);

-- Serves a lease restricted to one source (a scraper choosing a host whose next request
-- slot is free) in due order, whatever other sources hold.
CREATE INDEX frontier_source_due_idx ON frontier (source_id, due_at, url);

-- The earliest time the next request to a host may go out, shared by every scraper process on
-- this database so that the per-host delay holds across them. A process reserves a slot by
-- moving next_free_at forward in one conditional statement.
CREATE TABLE host_schedule (
    host         VARCHAR(300) NOT NULL PRIMARY KEY,
    next_free_at TIMESTAMP WITH TIME ZONE NOT NULL
);
