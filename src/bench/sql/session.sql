-- The session of every script that writes the benchmark data (seed.sql, reset_*.sql): stop at the
-- first error, commit without waiting for the WAL flush, and know subtask j's seeded status (see
-- seed.sql) as pg_temp.seeded_status(j): the seed sets it, the resets restore it. A temporary SQL
-- function, so the database keeps only the emulator's own schema (and the planner inlines it).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
CREATE FUNCTION pg_temp.seeded_status(j int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE j % 10 WHEN 0 THEN 'Success' WHEN 1 THEN 'Fail' WHEN 2 THEN 'FailWaitRetry'
                       WHEN 3 THEN 'Processing' WHEN 4 THEN 'Processing' WHEN 5 THEN 'Processing'
                       WHEN 6 THEN 'Processing' ELSE 'Waitting' END
$$;
