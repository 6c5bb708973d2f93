-- Fails when any task's counters differ from its subtask rows (the emulator's invariant).
\set ON_ERROR_STOP on
DO $$
DECLARE bad integer;
BEGIN
  SELECT count(*) INTO bad FROM batch_task t
  JOIN (SELECT task_id, count(*) AS total,
               count(*) FILTER (WHERE status = 'Processing') AS processing,
               count(*) FILTER (WHERE status = 'Success') AS success,
               count(*) FILTER (WHERE status = 'Fail') AS fail,
               count(*) FILTER (WHERE status = 'Waitting') AS waitting,
               count(*) FILTER (WHERE status = 'FailWaitRetry') AS fail_wait_retry,
               count(*) FILTER (WHERE status = 'Stopped') AS stopped,
               count(*) FILTER (WHERE status = 'Removed') AS removed
        FROM batch_subtask GROUP BY task_id) s ON s.task_id = t.id
  WHERE (t.total, t.processing, t.success, t.fail, t.waitting, t.fail_wait_retry, t.stopped, t.removed)
     <> (s.total::int, s.processing::int, s.success::int, s.fail::int, s.waitting::int, s.fail_wait_retry::int,
         s.stopped::int, s.removed::int);
  IF bad > 0 THEN
    RAISE EXCEPTION 'check: % task(s) whose counters differ from their subtask rows', bad;
  END IF;
END $$;
