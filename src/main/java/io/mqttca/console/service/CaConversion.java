package io.mqttca.console.service;

import io.mqttca.console.cloud.ApiCaCertificate;
import io.mqttca.console.cloud.ApiDeviceCertificate;
import io.mqttca.console.cloud.ApiCertificateStatus;
import io.mqttca.console.cert.CertificateSummary;
import java.util.Locale;

/** Turns the client's wire records into the service layer's, parsing each CA's subject CN locally from its PEM. */
final class CaConversion {

    private CaConversion() {
    }

    static CaCertificate toService(ApiCaCertificate ca) {
        return new CaCertificate(ca.name(), ca.sn(), toService(ca.status()), ca.validBegin(), ca.validEnd(),
            ca.caContent(), ca.registrationCode(), CertificateSummary.commonNameOf(ca.caContent()));
    }

    static DeviceCertificate toService(ApiDeviceCertificate device) {
        return new DeviceCertificate(device.deviceSn(), device.caSn(), device.deviceName(), toService(device.status()),
            device.validBegin(), device.validEnd(), device.deviceContent(),
            CertificateSummary.commonNameOf(device.deviceContent()));
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
