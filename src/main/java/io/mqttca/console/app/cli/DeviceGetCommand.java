package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code device get}: one device certificate with its PEM (GetDeviceCertificate). */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one device certificate, with its PEM.")
final class DeviceGetCommand extends ServiceSubcommand {

    @Option(names = "--ca", required = true, paramLabel = "SN", description = "The Sn of the CA that issued it.")
    String caSn;

    @Option(names = "--sn", required = true, paramLabel = "DEVICE_SN", description = "The device certificate's Sn.")
    String deviceSn;

    @Override
    int run(CertificateService service) throws Exception {
        DeviceCertificate device = await(service.getDeviceCertificate(connection.instanceId(), caSn.strip(),
            deviceSn.strip()));
        if (json) {
            ObjectNode node = DeviceListCommand.toJson(device);
            node.put("pem", device.pem());
            out().println(JSON.writeValueAsString(node));
            return 0;
        }
        String commonName = DeviceListCommand.commonName(device);
        out().println("Device Sn:   " + device.deviceSn());
        out().println("Name:        " + (device.deviceName() == null ? "-" : device.deviceName()));
        out().println("CA Sn:       " + device.caSn());
        out().println("Status:      " + device.status());
        out().println("Subject CN:  " + (commonName == null ? "-" : commonName));
        out().println("Valid from:  " + CaListCommand.iso(device.validBegin()));
        out().println("Valid until: " + CaListCommand.iso(device.validEnd()) + "  ("
            + Expiry.of(device.validEnd(), parent.context().clock().instant(), Expiry.DEFAULT_WARNING_DAYS)
                .describe() + ")");
        if (device.pem() != null) {
            out().println();
            out().println(device.pem().stripTrailing());
        }
        return 0;
    }
}
