-- Puts the big task back into its seeded state (see seed.sql), then VACUUM and CHECKPOINT, so
-- that both stop-all runs start from the same rows, a clean table and no pending checkpoint.
\ir session.sql
BEGIN;
UPDATE batch_subtask SET
       status = pg_temp.seeded_status(substr(target, 2)::int - 10000000),
       updated_at = TIMESTAMPTZ '2026-01-01 00:00:00+00'
WHERE task_id = '650000000110000000000001' AND status = 'Stopped';
UPDATE batch_task t SET status = 'Processing', stop_requested = false, stopping_until = NULL,
       (processing, success, fail, waitting, fail_wait_retry, stopped) = (
         SELECT count(*) FILTER (WHERE status = 'Processing'), count(*) FILTER (WHERE status = 'Success'),
                count(*) FILTER (WHERE status = 'Fail'), count(*) FILTER (WHERE status = 'Waitting'),
                count(*) FILTER (WHERE status = 'FailWaitRetry'), count(*) FILTER (WHERE status = 'Stopped')
         FROM batch_subtask s WHERE s.task_id = t.id)
WHERE t.id = '650000000110000000000001';
COMMIT;
VACUUM ANALYZE batch_subtask;
CHECKPOINT;
