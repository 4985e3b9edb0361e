package io.mqttca.console.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The emulator's state in an embedded H2 database in file mode: accounts, access keys, instances, CA and device
 * certificates. Plain JDBC over H2's own small connection pool, so concurrent handlers each get a connection;
 * every public method that changes something runs in one transaction. {@code WRITE_DELAY=0} makes every commit
 * reach the file before the method returns, so killing the process loses nothing committed (H2's default
 * delay of 500 ms lost whole commits in a kill test). The schema is created on first open.
 */
public final class EmulatorStore implements AutoCloseable {

    private static final String DUPLICATE_KEY_STATE = "23505";
    private static final String SEEDED_KEY = "seeded";
    private static final String JOINED_DEVICE_COLUMNS = "d." + StoreRows.DEVICE_COLUMNS.replace(", ", ", d.");


    private final JdbcConnectionPool pool;
    /** Counts writes that can change which devices a listing holds; a cached order is good while it stands. */
    private final AtomicLong writes = new AtomicLong();
    private final Map<String, CachedOrder> deviceOrders = new ConcurrentHashMap<>();

    private EmulatorStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (and on first use creates) the database {@code emulator} in the given directory.
     *
     * @param maxConnections how many handlers may use the store at once
     */
    public static EmulatorStore open(Path dataDirectory, int maxConnections) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the emulator data directory " + dataDirectory, e);
        }
        String url = "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("emulator")
            + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "emulator", "");
        pool.setMaxConnections(maxConnections);
        EmulatorStore store = new EmulatorStore(pool);
        try {
            store.createSchema();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return store;
    }

    private void createSchema() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : StoreRows.SCHEMA) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot create the emulator schema", e);
        }
    }

    /** True once a batch carrying the seed marker ({@link #markSeeded(StoreBatch, Instant)}) was committed. */
    public boolean isSeeded() {
        return query("SELECT meta_value FROM store_meta WHERE meta_key = ?", List.of(SEEDED_KEY),
            rs -> rs.getString(1)).size() == 1;
    }

    /** Adds the seed marker to a batch, so the seed and the marker commit together. */
    public static StoreBatch markSeeded(StoreBatch batch, Instant at) {
        return batch.meta(SEEDED_KEY, at.toString());
    }

    /** Writes a whole batch in one transaction. */
    public void insert(StoreBatch batch) {
        changingDevices(() -> inTransaction(connection -> {
            StoreRows.insert(connection, batch);
            return null;
        }));
    }

    public Optional<EmulatorAccessKey> findAccessKey(String id) {
        return query("SELECT id, secret, account_id, read_only, security_token FROM access_key WHERE id = ?",
            List.of(id), rs -> new EmulatorAccessKey(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), rs.getString(5))).stream().findFirst();
    }

    public Optional<InstanceRecord> findInstance(String id) {
        List<InstanceRecord> found = instances(
            "SELECT " + StoreRows.INSTANCE_COLUMNS + " FROM mqtt_instance WHERE id = ?",
            "SELECT instance_id, tag_key, tag_value FROM instance_tag WHERE instance_id = ?", id);
        return found.stream().findFirst();
    }

    /** The instances of one account, ordered by creation time then id. */
    public List<InstanceRecord> listInstances(String accountId) {
        return instances("SELECT " + StoreRows.INSTANCE_COLUMNS + " FROM mqtt_instance WHERE account_id = ?"
                + " ORDER BY create_time, id",
            "SELECT t.instance_id, t.tag_key, t.tag_value FROM instance_tag t JOIN mqtt_instance i"
                + " ON i.id = t.instance_id WHERE i.account_id = ?", accountId);
    }

    private List<InstanceRecord> instances(String instanceSql, String tagSql, String argument) {
        return inTransaction(connection -> {
            Map<String, Map<String, String>> tags = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(tagSql)) {
                ps.setString(1, argument);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            List<InstanceRecord> result = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(instanceSql)) {
                ps.setString(1, argument);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        result.add(new InstanceRecord(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Instant.ofEpochMilli(rs.getLong(10)), Instant.ofEpochMilli(rs.getLong(11)),
                            rs.getString(12), tags.getOrDefault(id, Map.of())));
                    }
                }
            }
            return result;
        });
    }

    public Optional<CaCertificateRecord> findCa(String instanceId, String sn) {
        return query("SELECT " + StoreRows.CA_COLUMNS + " FROM ca_certificate WHERE instance_id = ? AND sn = ?",
            List.of(instanceId, sn), StoreRows::caRow).stream().findFirst();
    }

    /**
     * Registers one CA certificate.
     *
     * @return false when the instance already has a CA with that Sn (nothing changed)
     */
    public boolean insertCaIfAbsent(CaCertificateRecord ca) {
        try {
            inTransaction(connection -> {
                StoreRows.insertCas(connection, List.of(ca));
                return null;
            });
            return true;
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE_KEY_STATE.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** @return false when the instance has no CA with that Sn */
    public boolean setCaActive(String instanceId, String sn, boolean active) {
        return update("UPDATE ca_certificate SET active = ? WHERE instance_id = ? AND sn = ?",
            List.of(active, instanceId, sn)) == 1;
    }

    /** Deletes a CA and every device certificate registered under it, in one transaction. */
    public boolean deleteCa(String instanceId, String sn) {
        return changingDevices(() -> inTransaction(connection -> {
            execute(connection, "DELETE FROM device_certificate WHERE instance_id = ? AND ca_sn = ?",
                List.of(instanceId, sn));
            return execute(connection, "DELETE FROM ca_certificate WHERE instance_id = ? AND sn = ?",
                List.of(instanceId, sn)) == 1;
        }));
    }

    /** CA certificates of an instance ordered by registration time, then Sn. */
    public Page<CaCertificateRecord> listCas(String instanceId, int pageNo, int pageSize) {
        return page("FROM ca_certificate WHERE instance_id = ?", List.of(instanceId), "SELECT " + StoreRows.CA_COLUMNS
                + " FROM ca_certificate WHERE instance_id = ? ORDER BY registered_at, sn LIMIT ? OFFSET ?", List.of(),
            pageNo, pageSize, StoreRows::caRow);
    }

    public int countCas(String instanceId) {
        return listCas(instanceId, 1, 1).total();
    }

    public Optional<DeviceCertificateRecord> findDevice(String instanceId, String deviceSn) {
        return query("SELECT " + StoreRows.DEVICE_COLUMNS
                + " FROM device_certificate WHERE instance_id = ? AND device_sn = ?",
            List.of(instanceId, deviceSn), StoreRows::deviceRow).stream().findFirst();
    }

    /** @return false when the instance has no such device certificate under that CA */
    public boolean setDeviceActive(String instanceId, String caSn, String deviceSn, boolean active) {
        return update("UPDATE device_certificate SET active = ? WHERE instance_id = ? AND ca_sn = ? AND device_sn = ?",
            List.of(active, instanceId, caSn, deviceSn)) == 1;
    }

    /** @return false when the instance has no such device certificate under that CA */
    public boolean deleteDevice(String instanceId, String caSn, String deviceSn) {
        return changingDevices(() -> update(
            "DELETE FROM device_certificate WHERE instance_id = ? AND ca_sn = ? AND device_sn = ?",
            List.of(instanceId, caSn, deviceSn))) == 1;
    }

    /** A write that may add or remove devices: cached listing orders stop counting from before it to after it. */
    private <T> T changingDevices(java.util.function.Supplier<T> write) {
        writes.incrementAndGet();
        try {
            return write.get();
        } finally {
            writes.incrementAndGet();
        }
    }

    /** Device certificates of an instance ordered by registration time, then DeviceSn. */
    public Page<DeviceCertificateRecord> listDevices(String instanceId, int pageNo, int pageSize) {
        return devicePage("WHERE instance_id = ?", List.of(instanceId), instanceId, pageNo, pageSize);
    }

    /** Device certificates issued by one CA of an instance, in the same order. */
    public Page<DeviceCertificateRecord> listDevicesByCa(String instanceId, String caSn, int pageNo, int pageSize) {
        return devicePage("WHERE instance_id = ? AND ca_sn = ?", List.of(instanceId, caSn), instanceId, pageNo,
            pageSize);
    }

    /**
     * A page of devices: the listing's keys in order come from a cache kept until the next write (with 100,000
     * devices, OFFSET made every deep page scan and sort the keys again, 50 to 500 ms a page), the page's rows by
     * primary key. Total is the number of keys, as COUNT(*) was.
     */
    private Page<DeviceCertificateRecord> devicePage(String where, List<Object> arguments, String instanceId,
                                                     int pageNo, int pageSize) {
        List<String> order = deviceOrder(where, arguments);
        int from = (int) Math.min(order.size(), (long) (pageNo - 1) * pageSize);
        List<String> keys = order.subList(from, Math.min(order.size(), from + pageSize));
        if (keys.isEmpty()) {
            return new Page<>(List.of(), order.size(), pageNo, pageSize);
        }
        Map<String, DeviceCertificateRecord> rows = devicesByKey(instanceId, keys);
        // A row deleted since the keys were read is left out, as a later page would no longer list it.
        List<DeviceCertificateRecord> items = keys.stream().map(rows::get).filter(Objects::nonNull).toList();
        return new Page<>(items, order.size(), pageNo, pageSize);
    }

    /** The devices with these keys, each read by primary key (H2 scans the table for an IN list). */
    private Map<String, DeviceCertificateRecord> devicesByKey(String instanceId, List<String> keys) {
        return inTransaction(connection -> {
            Map<String, DeviceCertificateRecord> rows = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + StoreRows.DEVICE_COLUMNS
                + " FROM device_certificate WHERE instance_id = ? AND device_sn = ?")) {
                ps.setString(1, instanceId);
                for (String key : keys) {
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            rows.put(key, StoreRows.deviceRow(rs));
                        }
                    }
                }
            }
            return rows;
        });
    }

    /** The DeviceSn values a listing holds, in its order, from the cache while no write came since. */
    private List<String> deviceOrder(String where, List<Object> arguments) {
        String cacheKey = where + arguments;
        long version = writes.get();
        CachedOrder cached = deviceOrders.get(cacheKey);
        if (cached != null && cached.version() == version) {
            return cached.keys();
        }
        List<String> keys = List.copyOf(query("SELECT device_sn FROM device_certificate " + where
            + " ORDER BY registered_at, device_sn", arguments, rs -> rs.getString(1)));
        if (writes.get() == version) {
            deviceOrders.put(cacheKey, new CachedOrder(version, keys));
        }
        return keys;
    }

    private record CachedOrder(long version, List<String> keys) {
    }

    /** The PKCS#8 key of a CA the sandbox seed made itself (decision 0009); empty for every other CA. */
    Optional<byte[]> fixtureKey(String instanceId, String caSn) {
        return query("SELECT pkcs8 FROM sandbox_fixture_key WHERE instance_id = ? AND ca_sn = ?",
            List.of(instanceId, caSn), rs -> rs.getBytes(1)).stream().findFirst();
    }

    /** The highest DeviceSn under a CA among those starting with {@code snPrefix}, if any. */
    Optional<String> highestDeviceSn(String instanceId, String caSn, String snPrefix) {
        return query("SELECT MAX(device_sn) FROM device_certificate WHERE instance_id = ? AND ca_sn = ?"
                + " AND device_sn LIKE ?", List.of(instanceId, caSn, snPrefix + "%"), rs -> rs.getString(1))
            .stream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /**
     * One page: the count over {@code from}, and the items of {@code itemsSql}, whose parameters are
     * {@code arguments}, the page size, the offset, then {@code trailingArguments}.
     */
    private <T> Page<T> page(String from, List<Object> arguments, String itemsSql, List<Object> trailingArguments,
                             int pageNo, int pageSize, RowMapper<T> mapper) {
        return inTransaction(connection -> {
            int total;
            try (PreparedStatement ps = prepare(connection, "SELECT COUNT(*) " + from, arguments);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
            List<Object> pageArguments = new ArrayList<>(arguments);
            pageArguments.add(pageSize);
            pageArguments.add((long) (pageNo - 1) * pageSize);
            pageArguments.addAll(trailingArguments);
            List<T> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(connection, itemsSql, pageArguments);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(mapper.map(rs));
                }
            }
            return new Page<>(items, total, pageNo, pageSize);
        });
    }

    private <T> List<T> query(String sql, List<Object> arguments, RowMapper<T> mapper) {
        return inTransaction(connection -> {
            List<T> result = new ArrayList<>();
            try (PreparedStatement ps = prepare(connection, sql, arguments); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        });
    }

    private int update(String sql, List<Object> arguments) {
        return inTransaction(connection -> execute(connection, sql, arguments));
    }

    private static int execute(Connection connection, String sql, List<Object> arguments) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, arguments)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> arguments)
        throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.size(); i++) {
            ps.setObject(i + 1, arguments.get(i));
        }
        return ps;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Emulator database operation failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
