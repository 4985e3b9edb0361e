package io.mqttca.console.service;

import io.mqttca.console.cloud.ApiCaCertificate;
import io.mqttca.console.cloud.ApiDeviceCertificate;
import io.mqttca.console.cloud.ApiCertificateStatus;
import io.mqttca.console.cert.CertificateSummary;
import io.mqttca.console.cert.DeviceRowSummary;
import java.util.Locale;

/** Turns the client's wire records into the service layer's, parsing each CA's subject CN locally from its PEM. */
final class CaConversion {

    private CaConversion() {
    }

    static CaCertificate toService(ApiCaCertificate ca) {
        return new CaCertificate(ca.name(), ca.sn(), toService(ca.status()), ca.validBegin(), ca.validEnd(),
            ca.caContent(), ca.registrationCode(), CertificateSummary.commonNameOf(ca.caContent()));
    }

    /** The subject CN is read with the device row summary: names and dates only, cheap for 100,000 rows. */
    static DeviceCertificate toService(ApiDeviceCertificate device) {
        DeviceRowSummary summary = device.deviceContent() == null ? null : DeviceRowSummary.of(device.deviceContent());
        // Interned: every row of a CA's listing names the same CA, and 100,000 copies of its Sn are 5 MB.
        String caSn = device.caSn() == null ? null : device.caSn().intern();
        return new DeviceCertificate(device.deviceSn(), caSn, device.deviceName(), toService(device.status()),
            device.validBegin(), device.validEnd(), device.deviceContent(),
            summary == null ? null : summary.subjectCommonName());
    }

    static CertificateStatus toService(ApiCertificateStatus status) {
        return status == ApiCertificateStatus.ACTIVE ? CertificateStatus.ACTIVE
            : CertificateStatus.INACTIVE;
    }

    /** {@code PROFESSIONAL} → {@code Professional}, {@code PAY_AS_YOU_GO} → {@code Pay as you go}. */
    static String readable(String enumName) {
        String words = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
