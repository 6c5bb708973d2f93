-- Puts the small tasks back into their seeded state (see seed.sql): every subtask that a run moved
-- gets its seeded status again, the counters their seeded values; then VACUUM, so that every
-- measured run starts from the same rows and about the same table.
\ir session.sql
BEGIN;
UPDATE batch_subtask SET
       status = pg_temp.seeded_status(substr(target, 2)::int - 1000),
       error_code = CASE WHEN (substr(target, 2)::int - 1000) % 10 IN (1, 2) THEN 'IOTDA.BENCH' END,
       error_msg = CASE WHEN (substr(target, 2)::int - 1000) % 10 IN (1, 2) THEN 'seeded failure' END,
       updated_at = TIMESTAMPTZ '2026-01-01 00:00:00+00'
WHERE task_id LIKE '6500000000%' AND updated_at <> TIMESTAMPTZ '2026-01-01 00:00:00+00';
UPDATE batch_task SET status = 'Processing', stop_requested = false, stopping_until = NULL,
       total = 100, processing = 40, success = 10, fail = 10, waitting = 30, fail_wait_retry = 10, stopped = 0, removed = 0
WHERE id LIKE '6500000000%' AND (stopped <> 0 OR status <> 'Processing' OR waitting <> 30 OR processing <> 40);
COMMIT;
VACUUM ANALYZE batch_subtask;
VACUUM ANALYZE batch_task;
CHECKPOINT;
