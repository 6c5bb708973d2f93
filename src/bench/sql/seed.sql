-- Seeds the benchmark data through the emulator's own schema (Flyway has created it).
-- psql variables: ntasks (upgrade tasks of 100 subtasks each) and nbig (subtasks of the one big task).
--
-- Ids are 24 hex digits that increase with creation, like the app's ObjectIds, but made only of the
-- digits 0-9 so that wrk's Lua and pgbench can build them with plain integer arithmetic:
--   small task i (1..ntasks)            6500000000 || (10^13 + i)
--   big task                            650000000110000000000001
--   subtask j (1..100) of small task i  6500000002 || (10^13 + i*1000 + j)   target d(1000+j)
--   subtask j (1..nbig) of the big task 6500000003 || (10^13 + j)            target b(10^7+j)
-- Subtask j's seeded status is a function of j, so a reset can restore it exactly:
--   j%10 = 0 Success, 1 Fail, 2 FailWaitRetry, 3..6 Processing, 7..9 Waitting
-- (per 100: 10 Success, 10 Fail, 10 FailWaitRetry, 40 Processing, 30 Waitting; 80 active).
\ir session.sql
SET maintenance_work_mem = '256MB';

TRUNCATE batch_subtask, batch_task;

-- Bulk loading is faster with the subtask indexes built once at the end: keep the schema's own
-- definitions, drop the indexes, and re-run the same definitions after the load.
CREATE TEMP TABLE seed_indexes AS
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'batch_subtask'
      AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'batch_subtask'::regclass);
SELECT format('DROP INDEX %I', indexname) FROM seed_indexes \gexec

BEGIN;
INSERT INTO batch_task (id, project_id, instance_id, app_id, task_name, task_type, task_mode, need_confirm,
        task_ext_info, targets, targets_filter, document, document_source, schedule_time, retry_count,
        retry_interval, status, status_desc, stop_requested, stopping_until,
        total, processing, success, fail, waitting, fail_wait_retry, stopped, removed, create_time)
SELECT '6500000000' || (10000000000000 + i), 'bench', '', 'bench_app', 'bench_' || i, 'firmwareUpgrade', NULL, false,
       NULL,
       (SELECT '[' || string_agg('"d' || (1000 + j) || '"', ',' ORDER BY j) || ']' FROM generate_series(1, 100) j),
       NULL, '{"package_ids":["bench-package"]}', NULL, NULL, NULL, NULL,
       'Processing', NULL, false, NULL,
       100, 40, 10, 10, 30, 10, 0, 0, TIMESTAMPTZ '2026-01-01 00:00:00+00'
FROM generate_series(1, :ntasks) i;

INSERT INTO batch_task (id, project_id, instance_id, app_id, task_name, task_type, task_mode, need_confirm,
        task_ext_info, targets, targets_filter, document, document_source, schedule_time, retry_count,
        retry_interval, status, status_desc, stop_requested, stopping_until,
        total, processing, success, fail, waitting, fail_wait_retry, stopped, removed, create_time)
VALUES ('650000000110000000000001', 'bench', '', 'bench_app', 'bench_big', 'firmwareUpgrade', NULL, false,
       NULL, NULL, '{"group_ids":["bench-big-group"]}', '{"package_ids":["bench-package"]}', NULL, NULL, NULL, NULL,
       'Processing', NULL, false, NULL,
       :nbig, 0, 0, 0, :nbig, 0, 0, 0, TIMESTAMPTZ '2026-01-01 00:00:00+00');

-- the foreign key is checked by the seed's construction; skip its per-row trigger
SET LOCAL session_replication_role = replica;

-- the small tasks' subtasks, then the big task's: status, output, error and attempts are functions of j
INSERT INTO batch_subtask (id, task_id, target, status, output, error_code, error_msg, attempts, updated_at)
SELECT id, task_id, target, pg_temp.seeded_status(j),
       CASE WHEN j % 10 = 0 THEN 'upgraded' END,
       CASE WHEN j % 10 IN (1, 2) THEN 'IOTDA.BENCH' END,
       CASE WHEN j % 10 IN (1, 2) THEN 'seeded failure' END,
       CASE WHEN j % 10 IN (1, 2) THEN 1 ELSE 0 END, TIMESTAMPTZ '2026-01-01 00:00:00+00'
FROM (SELECT '6500000002' || (10000000000000 + i * 1000 + j), '6500000000' || (10000000000000 + i), 'd' || (1000 + j), j
      FROM generate_series(1, :ntasks) i, generate_series(1, 100) j
      UNION ALL
      SELECT '6500000003' || (10000000000000 + j), '650000000110000000000001', 'b' || (10000000 + j), j
      FROM generate_series(1, :nbig) j) AS subtask (id, task_id, target, j);

-- the big task's counters, counted from its rows
UPDATE batch_task t SET (processing, success, fail, waitting, fail_wait_retry) = (
    SELECT count(*) FILTER (WHERE status = 'Processing'), count(*) FILTER (WHERE status = 'Success'),
           count(*) FILTER (WHERE status = 'Fail'), count(*) FILTER (WHERE status = 'Waitting'),
           count(*) FILTER (WHERE status = 'FailWaitRetry')
    FROM batch_subtask s WHERE s.task_id = t.id)
WHERE t.id = '650000000110000000000001';
COMMIT;

SELECT indexdef FROM seed_indexes \gexec

VACUUM ANALYZE batch_task;
VACUUM ANALYZE batch_subtask;

-- the counters must equal the rows
\ir check_counters.sql
