-- Batch-task files: an uploaded xlsx is kept as its rows (one JSON object per data row, keyed by
-- the normalised column names), which a device-management batch task reads through document_source.
-- Portable SQL: PostgreSQL and the embedded H2.

CREATE TABLE batch_task_file (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    project_id   VARCHAR(64)  NOT NULL,
    instance_id  VARCHAR(36)  NOT NULL,
    file_name    VARCHAR(60)  NOT NULL,
    upload_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count    INTEGER      NOT NULL
);

-- a file name once per tenant (IOTDA.014602), and the tenant's files for list and the 10-file limit
CREATE UNIQUE INDEX batch_task_file_name_uidx ON batch_task_file (project_id, instance_id, file_name);
-- files past their retention are purged by upload time
CREATE INDEX batch_task_file_upload_time_idx ON batch_task_file (upload_time);

CREATE TABLE batch_task_file_row (
    file_id  VARCHAR(36) NOT NULL REFERENCES batch_task_file (id) ON DELETE CASCADE,
    line     INTEGER     NOT NULL,
    cells    TEXT        NOT NULL,
    PRIMARY KEY (file_id, line)
);
