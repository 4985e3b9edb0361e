package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqttca.console.cert.CertificateSummary;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.CertificateStatus;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.Expiry;
import io.mqttca.console.service.Listing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code device list}: the device certificates under one CA, or under every CA of the instance. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List device certificates: under the CA given with --ca, or under every CA of the instance.")
final class DeviceListCommand extends ServiceSubcommand {

    @Option(names = "--ca", paramLabel = "SN", description = "The Sn of the CA whose device certificates to list "
        + "(as the service lists it); without it, every device certificate of the instance (ListDeviceCertificate).")
    String caSn;

    @Option(names = "--status", paramLabel = "active|inactive", description = "Only device certificates with this "
        + "status.")
    String status;

    @Option(names = "--expiring-within", paramLabel = "DAYS", description = "Only device certificates whose "
        + "validity ends within DAYS days from now, the already expired included.")
    Integer expiringWithinDays;

    @Option(names = "--csv", description = "Print CSV (a header line, then one line per device certificate).")
    boolean csv;

    @Override
    int run(CertificateService service) throws Exception {
        Predicate<DeviceCertificate> wanted = filter();
        Listing<DeviceCertificate> listing = await(caSn == null
            ? service.listInstanceDeviceCertificates(connection.instanceId())
            : service.listDeviceCertificates(connection.instanceId(), caSn.strip()));
        boolean complete = listing.complete();
        List<DeviceCertificate> devices = listing.items().stream().filter(wanted).toList();
        if (!complete) {
            err().println("warning: the service returned more pages than the console reads; the list is not whole.");
        }
        if (json) {
            out().println(JSON.writeValueAsString(toJson(devices)));
        } else if (csv) {
            printCsv(devices);
        } else {
            printTable(devices);
        }
        return 0;
    }

    private Predicate<DeviceCertificate> filter() {
        if (json && csv) {
            throw new ParameterException(spec.commandLine(), "Choose one output: --json or --csv, not both.");
        }
        Predicate<DeviceCertificate> wanted = device -> true;
        if (status != null) {
            CertificateStatus chosen = switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "active" -> CertificateStatus.ACTIVE;
                case "inactive" -> CertificateStatus.INACTIVE;
                default -> throw new ParameterException(spec.commandLine(), "Unknown --status '" + status
                    + "': use active or inactive.");
            };
            wanted = wanted.and(device -> device.status() == chosen);
        }
        if (expiringWithinDays != null) {
            if (expiringWithinDays < 0) {
                throw new ParameterException(spec.commandLine(), "--expiring-within takes a number of days, 0 or "
                    + "more.");
            }
            Instant limit = parent.context().clock().instant().plus(Duration.ofDays(expiringWithinDays));
            wanted = wanted.and(device -> device.validEnd() != null && !device.validEnd().isAfter(limit));
        }
        return wanted;
    }

    private static ArrayNode toJson(List<DeviceCertificate> devices) {
        ArrayNode array = JSON.createArrayNode();
        devices.forEach(device -> array.add(toJson(device)));
        return array;
    }

    /** The documented fields of one device certificate ({@code device get} adds its PEM). */
    static ObjectNode toJson(DeviceCertificate device) {
        ObjectNode node = JSON.createObjectNode();
        node.put("deviceSn", device.deviceSn());
        node.put("deviceName", device.deviceName());
        node.put("caSn", device.caSn());
        node.put("status", device.status().name());
        node.put("validBegin", CaListCommand.iso(device.validBegin()));
        node.put("validEnd", CaListCommand.iso(device.validEnd()));
        node.put("subjectCommonName", commonName(device));
        return node;
    }

    private void printCsv(List<DeviceCertificate> devices) {
        out().println("deviceSn,deviceName,caSn,status,validBegin,validEnd,subjectCommonName");
        for (DeviceCertificate device : devices) {
            out().println(String.join(",", csvField(device.deviceSn()), csvField(device.deviceName()),
                csvField(device.caSn()), device.status().name(), csvField(CaListCommand.iso(device.validBegin())),
                csvField(CaListCommand.iso(device.validEnd())), csvField(commonName(device))));
        }
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private void printTable(List<DeviceCertificate> devices) {
        Instant now = parent.context().clock().instant();
        TextTable table = new TextTable("DEVICE SN", "NAME", "CA SN", "STATUS", "VALID UNTIL", "EXPIRY");
        for (DeviceCertificate device : devices) {
            table.add(device.deviceSn(), device.deviceName() == null ? "-" : device.deviceName(), device.caSn(),
                device.status().name(), device.validEnd() == null ? "-" : CaListCommand.iso(device.validEnd()),
                Expiry.of(device.validEnd(), now, Expiry.DEFAULT_WARNING_DAYS).describe());
        }
        table.print(out());
        out().println(devices.size() + (devices.size() == 1 ? " device certificate" : " device certificates"));
    }

    static String commonName(DeviceCertificate device) {
        return device.pem() == null ? null : CertificateSummary.commonNameOf(device.pem());
    }
}
