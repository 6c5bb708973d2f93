-- A whole-task stop of the big task, statement for statement as the emulator runs it
-- (BatchTaskService.apply/applyToWholeTask): lock the task row, one UPDATE of every active
-- subtask (the statuses whose counters are above zero), one UPDATE of the task row.
\set ON_ERROR_STOP on
BEGIN;
SELECT id, app_id, create_time, document, document_source, instance_id, need_confirm, fail, fail_wait_retry,
       processing, removed, stopped, success, total, waitting, project_id, retry_count, retry_interval,
       schedule_time, status, status_desc, stop_requested, stopping_until, targets_filter, targets,
       task_ext_info, task_mode, task_name, task_type
FROM batch_task WHERE id = '650000000110000000000001' AND project_id = 'bench' AND instance_id = ''
FOR NO KEY UPDATE \g /dev/null
UPDATE batch_subtask SET status = 'Stopped', updated_at = now(),
       error_code = CASE WHEN false THEN NULL ELSE error_code END,
       error_msg = CASE WHEN false THEN NULL ELSE error_msg END
WHERE task_id = '650000000110000000000001' AND status IN ('Processing', 'Waitting', 'FailWaitRetry');
UPDATE batch_task SET app_id = app_id, create_time = create_time, document = document,
       document_source = document_source, instance_id = instance_id, need_confirm = need_confirm, fail = fail,
       fail_wait_retry = 0, processing = 0, removed = removed, stopped = stopped + processing + waitting + fail_wait_retry,
       success = success, total = total, waitting = 0, project_id = project_id, retry_count = retry_count,
       retry_interval = retry_interval, schedule_time = schedule_time, status = 'Stopping', status_desc = status_desc,
       stop_requested = true, stopping_until = now() + INTERVAL '2 seconds', targets_filter = targets_filter,
       targets = targets, task_ext_info = task_ext_info, task_mode = task_mode, task_name = task_name,
       task_type = task_type
WHERE id = '650000000110000000000001';
COMMIT;
