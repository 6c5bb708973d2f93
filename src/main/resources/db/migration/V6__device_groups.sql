-- Device groups as IoTDA's own API keeps them (AddDeviceGroup, ShowDeviceGroup, ...): one row per
-- group, per project and instance; device_group_member keeps the members. Groups that until now
-- existed only as member rows (set through the control plane) become STATIC groups without a name.
-- Portable SQL: runs on PostgreSQL and on the embedded H2 (PostgreSQL mode).

CREATE TABLE device_group (
    record_id           VARCHAR(24)   NOT NULL PRIMARY KEY,
    project_id          VARCHAR(64)   NOT NULL,
    instance_id         VARCHAR(36)   NOT NULL,
    group_id            VARCHAR(64)   NOT NULL,
    name                VARCHAR(64),
    description         VARCHAR(64),
    super_group_id      VARCHAR(64),
    group_type          VARCHAR(8)    NOT NULL,
    -- the resource space; '' when the create named none (the default one)
    app_id              VARCHAR(36)   NOT NULL,
    dynamic_group_rule  VARCHAR(2048),
    create_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one group per id in a project and instance: show, update, delete, and the members' group
    CONSTRAINT device_group_tenant_group_uq UNIQUE (project_id, instance_id, group_id)
);

-- a name once per resource space; unnamed groups never collide (NULLs are distinct)
CREATE UNIQUE INDEX device_group_tenant_app_name_uidx ON device_group (project_id, instance_id, app_id, name);
-- list: a project's groups, newest first
CREATE INDEX device_group_tenant_record_idx ON device_group (project_id, instance_id, record_id);
-- the children of a group
CREATE INDEX device_group_tenant_super_idx ON device_group (project_id, instance_id, super_group_id);

-- Each membership gets a record id: ShowDevicesInGroup pages a group's devices newest first by it.
-- Rows from before get zero-padded sequence numbers (decimal digits are hex digits too), older
-- than every id the application makes (those start with the second they were made in).
ALTER TABLE device_group_member ADD COLUMN record_id VARCHAR(24);
CREATE SEQUENCE device_group_v6_record_ids;
UPDATE device_group_member
   SET record_id = LPAD(CAST(nextval('device_group_v6_record_ids') AS VARCHAR(24)), 24, '0');
ALTER TABLE device_group_member ALTER COLUMN record_id SET NOT NULL;

INSERT INTO device_group (record_id, project_id, instance_id, group_id, name, description, super_group_id,
                          group_type, app_id, dynamic_group_rule, create_time, last_modified_time)
SELECT LPAD(CAST(nextval('device_group_v6_record_ids') AS VARCHAR(24)), 24, '0'), project_id, instance_id,
       group_id, NULL, NULL, NULL, 'STATIC', '', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
  FROM (SELECT DISTINCT project_id, instance_id, group_id FROM device_group_member) grouped;
DROP SEQUENCE device_group_v6_record_ids;

-- a member belongs to a group that exists, and goes with it
ALTER TABLE device_group_member ADD CONSTRAINT device_group_member_group_fk
    FOREIGN KEY (project_id, instance_id, group_id) REFERENCES device_group (project_id, instance_id, group_id)
    ON DELETE CASCADE;
-- ShowDevicesInGroup: a group's members, newest first
CREATE UNIQUE INDEX device_group_member_record_uidx ON device_group_member (project_id, instance_id, group_id, record_id);
-- ListDeviceGroupsByDevice and the groups-per-device limit: the groups of a device
CREATE INDEX device_group_member_device_idx ON device_group_member (project_id, instance_id, device_id);
