-- The SQL transaction of a targeted stop, statement for statement as the emulator runs it
-- (BatchTaskService.apply/applyToTargets, BatchTaskRowsImpl, SubtaskRowsImpl.moveNamed; the statement
-- texts are those classes' constants):
--   1. lock the task row and read its type, status, start conditions and counters (FOR UPDATE)
--   2. one statement that reads the named targets' subtasks (one index lookup on (task_id, target))
--      and moves the active ones to Stopped, answering the states they had before
--   3. one UPDATE of the task row's counters, status and next_due_at
-- The app does step 3 only when a named subtask was active, and answers 403 (rolling back) when the
-- task's status refuses a stop; this script does the same. The counting of step 2's rows that the
-- app does in Java is done here by FILTER clauses in the same statement.
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
SELECT task_type, need_confirm, schedule_time, status, stop_requested, next_due_at, total, processing, success,
       fail, waitting, fail_wait_retry, stopped, removed,
       (status IN ('Success', 'Fail', 'PartialSuccess', 'Stopped', 'Stopping'))::int AS refused
FROM batch_task WHERE id = '6500000000' || :tid AND project_id = 'bench' AND instance_id = ''
FOR UPDATE \gset t_
\if :t_refused
ROLLBACK;
\else
WITH named AS (SELECT id, target, status FROM batch_subtask
               WHERE task_id = '6500000000' || :tid
                 AND target = ANY (ARRAY['d' || :a1, 'd' || :a2, 'd' || :a3, 'd' || :a4, 'd' || :a5,
                                         'd' || :a6, 'd' || :a7, 'd' || :a8, 'd' || :a9, 'd' || :a10])),
     moved AS (UPDATE batch_subtask s SET status = 'Stopped', updated_at = now(), next_transition_at = NULL
               FROM named WHERE s.id = named.id AND named.status = ANY (ARRAY['Processing', 'Waitting', 'FailWaitRetry'])
               RETURNING s.id)
SELECT count(*) FILTER (WHERE status = 'Processing') AS np,
       count(*) FILTER (WHERE status = 'Waitting') AS nw,
       count(*) FILTER (WHERE status = 'FailWaitRetry') AS nf
FROM named \gset s_
\set n :s_np + :s_nw + :s_nf
\if :n > 0
UPDATE batch_task SET
       status = CASE WHEN processing - :s_np > 0 OR fail_wait_retry - :s_nf > 0 OR waitting - :s_nw > 0 THEN 'Processing'
                     WHEN success > 0 THEN 'PartialSuccess' ELSE 'Fail' END,
       next_due_at = now(), total = total, processing = processing - :s_np, success = success, fail = fail,
       waitting = waitting - :s_nw, fail_wait_retry = fail_wait_retry - :s_nf, stopped = stopped + :n,
       removed = removed
WHERE id = '6500000000' || :tid;
\endif
COMMIT;
\endif
