-- The SQL transaction of a targeted stop, statement for statement as the emulator runs it
-- (BatchTaskService.apply/applyToTargets; seen with logging.level.org.hibernate.SQL=debug):
--   1. lock the task row (Hibernate's PESSIMISTIC_WRITE on PostgreSQL: FOR NO KEY UPDATE), all columns
--   2. read id, target, status of the named targets (one index lookup on (task_id, target))
--   3. one UPDATE of the active ones by id (PostgreSQL turns the app's IN (...) into = ANY(array))
--   4. one UPDATE of the task row writing every column, counters and derived status included
-- The app does steps 3 and 4 only when a named subtask was active, and answers 403 (rolling back)
-- when the task's status refuses a stop; this script does the same. The filtering of step 2's rows
-- that the app does in Java is done here by FILTER clauses in the same statement.
-- Variables: ntasks. Ids and targets are built as in sql/seed.sql.
\set tid 10000000000000 + random(1, :ntasks)
\set a1 random(1001, 1100)
\set a2 random(1001, 1100)
\set a3 random(1001, 1100)
\set a4 random(1001, 1100)
\set a5 random(1001, 1100)
\set a6 random(1001, 1100)
\set a7 random(1001, 1100)
\set a8 random(1001, 1100)
\set a9 random(1001, 1100)
\set a10 random(1001, 1100)
BEGIN;
SELECT id, app_id, create_time, document, document_source, instance_id, need_confirm, fail, fail_wait_retry,
       processing, removed, stopped, success, total, waitting, project_id, retry_count, retry_interval,
       schedule_time, status, status_desc, stop_requested, stopping_until, targets_filter, targets,
       task_ext_info, task_mode, task_name, task_type,
       (status IN ('Success', 'Fail', 'PartialSuccess', 'Stopped', 'Stopping'))::int AS refused
FROM batch_task WHERE id = '6500000000' || :tid AND project_id = 'bench' AND instance_id = ''
FOR NO KEY UPDATE \gset t_
SELECT coalesce(string_agg(id, ',') FILTER (WHERE status IN ('Processing', 'Waitting', 'FailWaitRetry')), '') AS ids,
       count(*) FILTER (WHERE status = 'Processing') AS np,
       count(*) FILTER (WHERE status = 'Waitting') AS nw,
       count(*) FILTER (WHERE status = 'FailWaitRetry') AS nf
FROM batch_subtask
WHERE task_id = '6500000000' || :tid
  AND target IN ('d' || :a1, 'd' || :a2, 'd' || :a3, 'd' || :a4, 'd' || :a5,
                 'd' || :a6, 'd' || :a7, 'd' || :a8, 'd' || :a9, 'd' || :a10) \gset s_
\set n :s_np + :s_nw + :s_nf
\if :t_refused
ROLLBACK;
\elif :n > 0
UPDATE batch_subtask SET status = 'Stopped', updated_at = now(),
       error_code = CASE WHEN false THEN NULL ELSE error_code END,
       error_msg = CASE WHEN false THEN NULL ELSE error_msg END
WHERE id = ANY (string_to_array(:s_ids, ','));
UPDATE batch_task SET app_id = app_id, create_time = create_time, document = document,
       document_source = document_source, instance_id = instance_id, need_confirm = need_confirm, fail = fail,
       fail_wait_retry = fail_wait_retry - :s_nf, processing = processing - :s_np, removed = removed,
       stopped = stopped + :n, success = success, total = total, waitting = waitting - :s_nw,
       project_id = project_id, retry_count = retry_count, retry_interval = retry_interval,
       schedule_time = schedule_time,
       status = CASE WHEN processing - :s_np > 0 OR fail_wait_retry - :s_nf > 0 OR waitting - :s_nw > 0 THEN 'Processing'
                     WHEN success > 0 THEN 'PartialSuccess' ELSE 'Fail' END,
       status_desc = status_desc, stop_requested = stop_requested, stopping_until = stopping_until,
       targets_filter = targets_filter, targets = targets, task_ext_info = task_ext_info, task_mode = task_mode,
       task_name = task_name, task_type = task_type
WHERE id = '6500000000' || :tid;
COMMIT;
\else
COMMIT;
\endif
