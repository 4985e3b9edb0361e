package io.mqttca.console.emulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The emulator's tables: their DDL, how records become rows (batched inserts) and rows become records. */
final class StoreRows {

    static final List<String> SCHEMA = List.of(
        "CREATE TABLE IF NOT EXISTS store_meta (meta_key VARCHAR(64) PRIMARY KEY, meta_value VARCHAR(256) NOT NULL)",
        "CREATE TABLE IF NOT EXISTS account (id VARCHAR(64) PRIMARY KEY, name VARCHAR(256) NOT NULL)",
        "CREATE TABLE IF NOT EXISTS access_key (id VARCHAR(256) PRIMARY KEY, secret VARCHAR(256) NOT NULL,"
            + " account_id VARCHAR(64) NOT NULL REFERENCES account(id), read_only BOOLEAN NOT NULL,"
            + " security_token VARCHAR(8192))",
        "CREATE TABLE IF NOT EXISTS mqtt_instance (id VARCHAR(128) PRIMARY KEY,"
            + " account_id VARCHAR(64) NOT NULL REFERENCES account(id), region_id VARCHAR(64) NOT NULL,"
            + " name VARCHAR(256) NOT NULL, instance_type INT NOT NULL, instance_status INT NOT NULL,"
            + " specification VARCHAR(128) NOT NULL, kernel_version VARCHAR(64) NOT NULL,"
            + " order_id VARCHAR(64) NOT NULL, create_time BIGINT NOT NULL, expire_time BIGINT NOT NULL,"
            + " register_code VARCHAR(128) NOT NULL)",
        "CREATE TABLE IF NOT EXISTS instance_tag (instance_id VARCHAR(128) NOT NULL REFERENCES mqtt_instance(id),"
            + " tag_key VARCHAR(128) NOT NULL, tag_value VARCHAR(256) NOT NULL, PRIMARY KEY (instance_id, tag_key))",
        "CREATE TABLE IF NOT EXISTS ca_certificate (instance_id VARCHAR(128) NOT NULL REFERENCES mqtt_instance(id),"
            + " sn VARCHAR(256) NOT NULL, ca_name VARCHAR(1024) NOT NULL, active BOOLEAN NOT NULL,"
            + " ca_content VARCHAR NOT NULL, verification_content VARCHAR NOT NULL,"
            + " registration_code VARCHAR(128) NOT NULL, valid_begin BIGINT NOT NULL, valid_end BIGINT NOT NULL,"
            + " registered_at BIGINT NOT NULL, PRIMARY KEY (instance_id, sn))",
        "CREATE INDEX IF NOT EXISTS ca_certificate_order ON ca_certificate (instance_id, registered_at, sn)",
        "CREATE TABLE IF NOT EXISTS device_certificate (instance_id VARCHAR(128) NOT NULL,"
            + " device_sn VARCHAR(256) NOT NULL, ca_sn VARCHAR(256) NOT NULL, device_name VARCHAR(1024) NOT NULL,"
            + " active BOOLEAN NOT NULL, device_content VARCHAR NOT NULL, valid_begin BIGINT NOT NULL,"
            + " valid_end BIGINT NOT NULL, registered_at BIGINT NOT NULL, PRIMARY KEY (instance_id, device_sn),"
            + " FOREIGN KEY (instance_id, ca_sn) REFERENCES ca_certificate (instance_id, sn) ON DELETE CASCADE)",
        "CREATE INDEX IF NOT EXISTS device_certificate_order"
            + " ON device_certificate (instance_id, registered_at, device_sn)",
        "CREATE INDEX IF NOT EXISTS device_certificate_by_ca"
            + " ON device_certificate (instance_id, ca_sn, registered_at, device_sn)",
        "CREATE TABLE IF NOT EXISTS sandbox_fixture_key (instance_id VARCHAR(128) NOT NULL,"
            + " ca_sn VARCHAR(256) NOT NULL, pkcs8 VARBINARY NOT NULL, PRIMARY KEY (instance_id, ca_sn),"
            + " FOREIGN KEY (instance_id, ca_sn) REFERENCES ca_certificate (instance_id, sn) ON DELETE CASCADE)");

    static final String CA_COLUMNS = "instance_id, sn, ca_name, active, ca_content, verification_content,"
        + " registration_code, valid_begin, valid_end, registered_at";
    static final String DEVICE_COLUMNS = "instance_id, device_sn, ca_sn, device_name, active,"
        + " device_content, valid_begin, valid_end, registered_at";
    static final String INSTANCE_COLUMNS = "id, account_id, region_id, name, instance_type,"
        + " instance_status, specification, kernel_version, order_id, create_time, expire_time, register_code";

    private StoreRows() {
    }

    /** Inserts every row of a batch on the given connection (the caller owns the transaction). */
    static void insert(Connection connection, StoreBatch batch) throws SQLException {
        insertAccounts(connection, batch.accounts());
        insertAccessKeys(connection, batch.accessKeys());
        insertInstances(connection, batch.instances());
        insertCas(connection, batch.caCertificates());
        insertDevices(connection, batch.deviceCertificates());
        insertFixtureKeys(connection, batch.fixtureKeys());
        try (PreparedStatement ps = connection.prepareStatement(
            "MERGE INTO store_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : batch.meta().entrySet()) {
                ps.setString(1, entry.getKey());
                ps.setString(2, entry.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAccounts(Connection connection, List<AccountRecord> accounts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO account (id, name) VALUES (?, ?)")) {
            for (AccountRecord account : accounts) {
                ps.setString(1, account.id());
                ps.setString(2, account.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAccessKeys(Connection connection, List<EmulatorAccessKey> keys) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO access_key (id, secret, account_id, read_only, security_token) VALUES (?, ?, ?, ?, ?)")) {
            for (EmulatorAccessKey key : keys) {
                ps.setString(1, key.id());
                ps.setString(2, key.secret());
                ps.setString(3, key.accountId());
                ps.setBoolean(4, key.readOnly());
                ps.setString(5, key.securityToken());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertInstances(Connection connection, List<InstanceRecord> instances) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO mqtt_instance (" + INSTANCE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tags = connection.prepareStatement(
                 "INSERT INTO instance_tag (instance_id, tag_key, tag_value) VALUES (?, ?, ?)")) {
            for (InstanceRecord instance : instances) {
                ps.setString(1, instance.id());
                ps.setString(2, instance.accountId());
                ps.setString(3, instance.regionId());
                ps.setString(4, instance.name());
                ps.setInt(5, instance.instanceType());
                ps.setInt(6, instance.status());
                ps.setString(7, instance.specification());
                ps.setString(8, instance.kernelVersion());
                ps.setString(9, instance.orderId());
                ps.setLong(10, instance.createTime().toEpochMilli());
                ps.setLong(11, instance.expireTime().toEpochMilli());
                ps.setString(12, instance.registerCode());
                ps.addBatch();
                for (Map.Entry<String, String> tag : instance.tags().entrySet()) {
                    tags.setString(1, instance.id());
                    tags.setString(2, tag.getKey());
                    tags.setString(3, tag.getValue());
                    tags.addBatch();
                }
            }
            ps.executeBatch();
            tags.executeBatch();
        }
    }

    static void insertCas(Connection connection, List<CaCertificateRecord> cas) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO ca_certificate (" + CA_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CaCertificateRecord ca : cas) {
                ps.setString(1, ca.instanceId());
                ps.setString(2, ca.sn());
                ps.setString(3, ca.name());
                ps.setBoolean(4, ca.active());
                ps.setString(5, ca.caPem());
                ps.setString(6, ca.verificationPem());
                ps.setString(7, ca.registrationCode());
                ps.setLong(8, ca.validBegin().toEpochMilli());
                ps.setLong(9, ca.validEnd().toEpochMilli());
                ps.setLong(10, ca.registeredAt().toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertDevices(Connection connection, List<DeviceCertificateRecord> devices)
        throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO device_certificate (" + DEVICE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DeviceCertificateRecord device : devices) {
                ps.setString(1, device.instanceId());
                ps.setString(2, device.deviceSn());
                ps.setString(3, device.caSn());
                ps.setString(4, device.deviceName());
                ps.setBoolean(5, device.active());
                ps.setString(6, device.devicePem());
                ps.setLong(7, device.validBegin().toEpochMilli());
                ps.setLong(8, device.validEnd().toEpochMilli());
                ps.setLong(9, device.registeredAt().toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFixtureKeys(Connection connection, List<StoreBatch.FixtureKey> keys)
        throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO sandbox_fixture_key (instance_id, ca_sn, pkcs8) VALUES (?, ?, ?)")) {
            for (StoreBatch.FixtureKey key : keys) {
                ps.setString(1, key.instanceId());
                ps.setString(2, key.caSn());
                ps.setBytes(3, key.pkcs8());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static CaCertificateRecord caRow(ResultSet rs) throws SQLException {
        return new CaCertificateRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
            rs.getString(5), rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)),
            Instant.ofEpochMilli(rs.getLong(9)), Instant.ofEpochMilli(rs.getLong(10)));
    }

    static DeviceCertificateRecord deviceRow(ResultSet rs) throws SQLException {
        return new DeviceCertificateRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getBoolean(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)),
            Instant.ofEpochMilli(rs.getLong(8)), Instant.ofEpochMilli(rs.getLong(9)));
    }
}
