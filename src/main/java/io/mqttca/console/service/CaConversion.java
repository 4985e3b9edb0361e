package io.mqttca.console.service;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Turns the client's wire records into the service layer's, parsing each CA's subject CN locally from its PEM. */
final class CaConversion {

    private static final CertificateInspector INSPECTOR = new CertificateInspector();

    private CaConversion() {
    }

    static CaCertificate toService(io.mqttca.console.cloud.CaCertificate ca) {
        return new CaCertificate(ca.name(), ca.sn(), toService(ca.status()), ca.validBegin(), ca.validEnd(),
            ca.caContent(), ca.registrationCode(), subjectCommonName(ca.caContent()));
    }

    static DeviceCertificate toService(io.mqttca.console.cloud.DeviceCertificate device) {
        return new DeviceCertificate(device.deviceSn(), device.caSn(), device.deviceName(), toService(device.status()),
            device.validBegin(), device.validEnd(), device.deviceContent());
    }

    static CertificateStatus toService(io.mqttca.console.cloud.CertificateStatus status) {
        return status == io.mqttca.console.cloud.CertificateStatus.ACTIVE ? CertificateStatus.ACTIVE
            : CertificateStatus.INACTIVE;
    }

    /** The CN of the first certificate in the PEM, or null when there is none or it cannot be parsed. */
    static String subjectCommonName(String pem) {
        if (pem == null || pem.isBlank()) {
            return null;
        }
        List<CertificateDetails> certificates = INSPECTOR.inspect(pem.getBytes(StandardCharsets.UTF_8), "server PEM")
            .certificates();
        return certificates.isEmpty() ? null : certificates.get(0).subjectCommonName();
    }

    /** {@code PROFESSIONAL} → {@code Professional}, {@code PAY_AS_YOU_GO} → {@code Pay as you go}. */
    static String readable(String enumName) {
        String words = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
