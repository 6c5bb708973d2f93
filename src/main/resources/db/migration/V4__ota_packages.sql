-- OTA upgrade packages: the metadata IoTDA keeps about a firmware or software package in OBS.
-- The OBS object is stored as named, never fetched. Portable SQL: PostgreSQL and the embedded H2.

CREATE TABLE ota_package (
    id                       VARCHAR(24)   NOT NULL PRIMARY KEY,
    project_id               VARCHAR(64)   NOT NULL,
    instance_id              VARCHAR(36)   NOT NULL,
    app_id                   VARCHAR(36)   NOT NULL,
    package_type             VARCHAR(16)   NOT NULL,
    product_id               VARCHAR(36)   NOT NULL,
    version                  VARCHAR(256)  NOT NULL,
    support_source_versions  TEXT,
    description              VARCHAR(1024),
    custom_info              VARCHAR(4096),
    obs_region_name          VARCHAR(256)  NOT NULL,
    obs_bucket_name          VARCHAR(63)   NOT NULL,
    obs_object_key           VARCHAR(1024) NOT NULL,
    obs_sign                 VARCHAR(64),
    create_time              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- list: packages of one tenant and type, newest first
CREATE INDEX ota_package_tenant_type_idx ON ota_package (project_id, instance_id, package_type, id);
-- one package per product, type and version in a tenant
CREATE UNIQUE INDEX ota_package_version_uidx ON ota_package (project_id, instance_id, product_id, package_type, version);
