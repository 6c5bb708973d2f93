-- The execution simulator: when each subtask moves next, when each task next has something due,
-- and the control plane's shared state (outcome rules, webhooks), so that instances sharing one
-- database agree. Portable SQL: runs on PostgreSQL and on the embedded H2 (PostgreSQL mode).

-- When the subtask's next simulated step falls due (start, finish, retry); NULL: not timed yet.
ALTER TABLE batch_subtask ADD COLUMN next_transition_at TIMESTAMP WITH TIME ZONE;
-- due subtasks of one task and status, earliest first
CREATE INDEX batch_subtask_task_status_due_idx ON batch_subtask (task_id, status, next_transition_at);

-- The earliest time anything of the task falls due; NULL: nothing will happen without an operation.
ALTER TABLE batch_task ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
-- The last task status announced to webhooks (status-change notifications).
ALTER TABLE batch_task ADD COLUMN notified_status VARCHAR(16);
CREATE INDEX batch_task_next_due_idx ON batch_task (next_due_at);

-- Scripted outcomes per device: the first matching rule (lowest position) decides.
CREATE TABLE sim_outcome_rule (
    id             VARCHAR(24)  NOT NULL PRIMARY KEY,
    position       BIGINT       NOT NULL,
    project_id     VARCHAR(64),
    match_type     VARCHAR(8)   NOT NULL,
    pattern        VARCHAR(256) NOT NULL,
    outcome        VARCHAR(24)  NOT NULL,
    error_code     VARCHAR(32),
    error_msg      VARCHAR(512),
    fail_attempts  INTEGER
);
CREATE INDEX sim_outcome_rule_position_idx ON sim_outcome_rule (position);

-- URLs that receive batch-task status-change notifications.
CREATE TABLE emulator_webhook (
    id          VARCHAR(24)   NOT NULL PRIMARY KEY,
    url         VARCHAR(2048) NOT NULL,
    project_id  VARCHAR(64),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
