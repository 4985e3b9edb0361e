package io.mqttca.console.ui.register;

import io.mqttca.console.service.BulkOperation;
import io.mqttca.console.service.BulkProgress;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.MqttInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A service whose answers the test gives: every registration code and CA list asked for is a future that stays
 * pending until the test completes it, so that answers can arrive in any order, after the wizard moved on.
 */
final class PendingCertificateService implements CertificateService {

    final List<CompletableFuture<String>> codes = new ArrayList<>();
    final List<CompletableFuture<Listing<CaCertificate>>> lists = new ArrayList<>();

    @Override
    public String profileName() {
        return "pending";
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:1";
    }

    @Override
    public CompletableFuture<String> getRegisterCode(String instanceId) {
        CompletableFuture<String> code = new CompletableFuture<>();
        codes.add(code);
        return code;
    }

    @Override
    public CompletableFuture<Listing<CaCertificate>> listCaCertificates(String instanceId) {
        CompletableFuture<Listing<CaCertificate>> list = new CompletableFuture<>();
        lists.add(list);
        return list;
    }

    @Override
    public CompletableFuture<List<MqttInstance>> listInstances() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<CaCertificate> getCaCertificate(String instanceId, String sn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public BulkOperation changeCaCertificates(String instanceId, ChangeAction action, List<String> sns,
                                              BulkProgress progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<ItemResult> registerCaCertificate(String instanceId, String caName, String caPem,
                                                               String verificationPem) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Listing<DeviceCertificate>> listDeviceCertificates(String instanceId, String caSn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Integer> countDeviceCertificates(String instanceId, String caSn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<DeviceCertificate> getDeviceCertificate(String instanceId, String caSn,
                                                                     String deviceSn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public BulkOperation changeDeviceCertificates(String instanceId, String caSn, ChangeAction action,
                                                  List<String> deviceSns, BulkProgress progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
