package io.mqttca.console.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows to insert together: {@link EmulatorStore#insert(StoreBatch)} writes a whole batch in one transaction, so a
 * seed (or a bulk load) is either fully there or not at all.
 */
public final class StoreBatch {

    private final List<AccountRecord> accounts = new ArrayList<>();
    private final List<EmulatorAccessKey> accessKeys = new ArrayList<>();
    private final List<InstanceRecord> instances = new ArrayList<>();
    private final List<CaCertificateRecord> caCertificates = new ArrayList<>();
    private final List<DeviceCertificateRecord> deviceCertificates = new ArrayList<>();
    private final List<FixtureKey> fixtureKeys = new ArrayList<>();
    private final Map<String, String> meta = new LinkedHashMap<>();

    /**
     * The private key of one of the sandbox's own seeded CAs, kept so that devices can be issued under it on a
     * later start (decision 0009). Never a key a user brought: nothing but the seed writes one.
     *
     * @param instanceId the instance of the CA
     * @param caSn       the CA's Sn
     * @param pkcs8      the key's PKCS#8 encoding
     */
    record FixtureKey(String instanceId, String caSn, byte[] pkcs8) {
    }

    public StoreBatch account(AccountRecord account) {
        accounts.add(account);
        return this;
    }

    public StoreBatch accessKey(EmulatorAccessKey key) {
        accessKeys.add(key);
        return this;
    }

    public StoreBatch instance(InstanceRecord instance) {
        instances.add(instance);
        return this;
    }

    public StoreBatch caCertificate(CaCertificateRecord ca) {
        caCertificates.add(ca);
        return this;
    }

    public StoreBatch deviceCertificate(DeviceCertificateRecord device) {
        deviceCertificates.add(device);
        return this;
    }

    /** Keeps the private key of a CA the seed itself made (decision 0009); package-private on purpose. */
    StoreBatch fixtureKey(String instanceId, String caSn, byte[] pkcs8) {
        fixtureKeys.add(new FixtureKey(instanceId, caSn, pkcs8.clone()));
        return this;
    }

    /** A marker row of the store's own bookkeeping (e.g. that the seed is in). */
    public StoreBatch meta(String key, String value) {
        meta.put(key, value);
        return this;
    }

    List<AccountRecord> accounts() {
        return accounts;
    }

    List<EmulatorAccessKey> accessKeys() {
        return accessKeys;
    }

    List<InstanceRecord> instances() {
        return instances;
    }

    List<CaCertificateRecord> caCertificates() {
        return caCertificates;
    }

    List<DeviceCertificateRecord> deviceCertificates() {
        return deviceCertificates;
    }

    List<FixtureKey> fixtureKeys() {
        return fixtureKeys;
    }

    Map<String, String> meta() {
        return meta;
    }
}
