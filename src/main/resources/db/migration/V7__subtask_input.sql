-- What a subtask acts with, beyond its target: for tasks made from a batch-task file
-- (document_source), the file's row for the device, as JSON, kept with the subtask so that a
-- file deleted after the create does not change what the task does.
ALTER TABLE batch_subtask ADD COLUMN input TEXT;
