-- Products and devices: IoTDA's device registry, per project and instance ('' is the default instance).
-- record_id is a 24-hex id in creation order: what IoTDA's list operations page over (marker).
-- Portable SQL: the same script runs on PostgreSQL and on the embedded H2 (PostgreSQL mode).

CREATE TABLE product (
    record_id             VARCHAR(24)  NOT NULL PRIMARY KEY,
    project_id            VARCHAR(64)  NOT NULL,
    instance_id           VARCHAR(36)  NOT NULL,
    product_id            VARCHAR(36)  NOT NULL,
    app_id                VARCHAR(36),
    name                  VARCHAR(64)  NOT NULL,
    device_type           VARCHAR(32)  NOT NULL,
    protocol_type         VARCHAR(16)  NOT NULL,
    data_format           VARCHAR(16)  NOT NULL,
    manufacturer_name     VARCHAR(32),
    industry              VARCHAR(64),
    description           VARCHAR(128),
    -- the list as the client gave it, as JSON text
    service_capabilities  TEXT         NOT NULL,
    create_time           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one product per id in a tenant
CREATE UNIQUE INDEX product_tenant_product_uidx ON product (project_id, instance_id, product_id);
-- list: a tenant's products, newest first
CREATE INDEX product_tenant_record_idx ON product (project_id, instance_id, record_id);

CREATE TABLE device (
    record_id             VARCHAR(24)   NOT NULL PRIMARY KEY,
    project_id            VARCHAR(64)   NOT NULL,
    instance_id           VARCHAR(36)   NOT NULL,
    device_id             VARCHAR(128)  NOT NULL,
    -- 64 characters through AddDevice; a device registered on first use has its device id (128)
    node_id               VARCHAR(128)  NOT NULL,
    device_name           VARCHAR(256),
    -- NULL: registered on first use, without a product
    product_id            VARCHAR(36),
    app_id                VARCHAR(36),
    -- the device's own id when it is directly connected
    gateway_id            VARCHAR(128)  NOT NULL,
    node_type             VARCHAR(16)   NOT NULL,
    description           VARCHAR(2048),
    fw_version            VARCHAR(256),
    sw_version            VARCHAR(256),
    status                VARCHAR(16)   NOT NULL,
    -- while FROZEN: the status unfreeze gives back
    status_before_freeze  VARCHAR(16),
    auth_type             VARCHAR(16),
    secret                VARCHAR(32),
    fingerprint           VARCHAR(64),
    secure_access         BOOLEAN,
    auth_timeout          INTEGER,
    -- JSON text, at most 1 KB as IoTDA has it
    extension_info        VARCHAR(1024),
    create_time           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one device per id in a tenant
CREATE UNIQUE INDEX device_tenant_device_uidx ON device (project_id, instance_id, device_id);
-- one device per node id of a product (devices without a product are told apart by their id)
CREATE UNIQUE INDEX device_tenant_product_node_uidx ON device (project_id, instance_id, product_id, node_id);
-- list: a tenant's devices, newest first
CREATE INDEX device_tenant_record_idx ON device (project_id, instance_id, record_id);
-- list filtered by gateway_id: the sub-devices of a gateway
CREATE INDEX device_tenant_gateway_idx ON device (project_id, instance_id, gateway_id);
