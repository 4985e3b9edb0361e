package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateSummary;
import java.util.Locale;

/** Turns the client's wire records into the service layer's, parsing each CA's subject CN locally from its PEM. */
final class CaConversion {

    private CaConversion() {
    }

    static CaCertificate toService(io.mqttca.console.cloud.CaCertificate ca) {
        return new CaCertificate(ca.name(), ca.sn(), toService(ca.status()), ca.validBegin(), ca.validEnd(),
            ca.caContent(), ca.registrationCode(), CertificateSummary.commonNameOf(ca.caContent()));
    }

    static DeviceCertificate toService(io.mqttca.console.cloud.DeviceCertificate device) {
        return new DeviceCertificate(device.deviceSn(), device.caSn(), device.deviceName(), toService(device.status()),
            device.validBegin(), device.validEnd(), device.deviceContent());
    }

    static CertificateStatus toService(io.mqttca.console.cloud.CertificateStatus status) {
        return status == io.mqttca.console.cloud.CertificateStatus.ACTIVE ? CertificateStatus.ACTIVE
            : CertificateStatus.INACTIVE;
    }

    /** {@code PROFESSIONAL} → {@code Professional}, {@code PAY_AS_YOU_GO} → {@code Pay as you go}. */
    static String readable(String enumName) {
        String words = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
