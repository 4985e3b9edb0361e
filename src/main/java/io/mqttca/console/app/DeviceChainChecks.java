package io.mqttca.console.app;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.LocalCertificates;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.UiContext;
import io.mqttca.console.ui.details.ChainCheckFields;
import io.mqttca.console.ui.details.DetailField;
import io.mqttca.console.ui.devices.DeviceRow;
import io.mqttca.console.ui.devices.DeviceScope;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * For the device screen's details pane: checks a device certificate's PEM against the CA that issued it, locally,
 * with the CA's PEM from the CA table (or from GetCaCertificate when the table had none), and turns the result into
 * the pane's chain check section.
 */
final class DeviceChainChecks
    implements BiFunction<DeviceScope, DeviceRow, Function<String, CompletableFuture<List<DetailField>>>> {

    private final UiContext context;
    private final LocalCertificates local;

    DeviceChainChecks(UiContext context) {
        this.context = context;
        this.local = new LocalCertificates(context.background(), context.clock());
    }

    @Override
    public Function<String, CompletableFuture<List<DetailField>>> apply(DeviceScope scope, DeviceRow row) {
        String caLabel = context.format("devices.column.ca.value", row.caName(), row.caSn());
        return devicePem -> caPem(scope, row.caSn())
            .thenCompose(caPem -> local.checkDeviceChain(devicePem, caPem))
            .thenApply(result -> ChainCheckFields.of(result, caLabel, context))
            .exceptionally(error -> ChainCheckFields.unavailable(caLabel, context.format("details.chain.unavailable",
                context.explanation(ErrorReport.failureOf(error, context))), context));
    }

    private static CompletableFuture<String> caPem(DeviceScope scope, String caSn) {
        CaCertificate known = scope.cas().get(caSn);
        if (known != null && known.pem() != null && !known.pem().isBlank()) {
            return CompletableFuture.completedFuture(known.pem());
        }
        return scope.target().service().getCaCertificate(scope.target().instanceId(), caSn)
            .thenApply(CaCertificate::pem);
    }
}
