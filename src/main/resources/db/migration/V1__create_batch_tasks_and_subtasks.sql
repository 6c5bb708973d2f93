-- Batch tasks and their subtasks (one row per target device).
-- Portable SQL: the same script runs on PostgreSQL and on the embedded H2 (PostgreSQL mode).

CREATE TABLE batch_task (
    id               VARCHAR(24)  NOT NULL PRIMARY KEY,
    project_id       VARCHAR(64)  NOT NULL,
    instance_id      VARCHAR(36)  NOT NULL,
    app_id           VARCHAR(36),
    task_name        VARCHAR(128) NOT NULL,
    task_type        VARCHAR(32)  NOT NULL,
    task_mode        VARCHAR(16),
    need_confirm     BOOLEAN      NOT NULL,
    task_ext_info    TEXT,
    targets          TEXT,
    targets_filter   TEXT,
    document         TEXT,
    document_source  VARCHAR(64),
    schedule_time    TIMESTAMP WITH TIME ZONE,
    retry_count      INTEGER,
    retry_interval   INTEGER,
    status           VARCHAR(16)  NOT NULL,
    status_desc      VARCHAR(256),
    stop_requested   BOOLEAN      NOT NULL,
    stopping_until   TIMESTAMP WITH TIME ZONE,
    total            INTEGER      NOT NULL,
    processing       INTEGER      NOT NULL,
    success          INTEGER      NOT NULL,
    fail             INTEGER      NOT NULL,
    waitting         INTEGER      NOT NULL,
    fail_wait_retry  INTEGER      NOT NULL,
    stopped          INTEGER      NOT NULL,
    removed          INTEGER      NOT NULL,
    create_time      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- list: tasks of one tenant and type, newest first
CREATE INDEX batch_task_tenant_type_idx ON batch_task (project_id, instance_id, task_type, id);
-- sweeps over tasks in a given status (Stopping -> Stopped)
CREATE INDEX batch_task_status_idx ON batch_task (status);

CREATE TABLE batch_subtask (
    id          VARCHAR(24)  NOT NULL PRIMARY KEY,
    task_id     VARCHAR(24)  NOT NULL REFERENCES batch_task (id) ON DELETE CASCADE,
    target      VARCHAR(128) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    output      VARCHAR(1024),
    error_code  VARCHAR(32),
    error_msg   VARCHAR(512),
    attempts    INTEGER      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- stop/retry/confirm by named targets, and one subtask per target
CREATE UNIQUE INDEX batch_subtask_task_target_uidx ON batch_subtask (task_id, target);
-- bulk transitions by status, and task_details filtered by status (newest first)
CREATE INDEX batch_subtask_task_status_idx ON batch_subtask (task_id, status, id);
-- task_details unfiltered (newest first)
CREATE INDEX batch_subtask_task_id_idx ON batch_subtask (task_id, id);

-- Device groups: the emulator has no device registry, so targets_filter.group_ids expands through these rows.
CREATE TABLE device_group_member (
    project_id   VARCHAR(64)  NOT NULL,
    instance_id  VARCHAR(36)  NOT NULL,
    group_id     VARCHAR(64)  NOT NULL,
    device_id    VARCHAR(128) NOT NULL,
    PRIMARY KEY (project_id, instance_id, group_id, device_id)
);
