package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Checks a device certificate against the CA said to have issued it, the way a TLS server of ApsaraMQ for MQTT
 * will: the issuer name, the signature with the CA's key, the validity (now, and within the CA's), the usages
 * for TLS client authentication, and that the device is no CA itself. Each PEM's first certificate is used (any
 * certificate label). An unreadable PEM is a result naming it, not an exception. Stateless and thread-safe; the
 * signature check makes it about as costly as inspecting one self-signed certificate.
 */
public final class DeviceChainCheck {

    private static final CertificateInspector INSPECTOR = new CertificateInspector();

    private DeviceChainCheck() {
    }

    /** The parts of one PEM the checks need, or why it cannot be read. */
    private record Input(CertificateDetails details, Certificate certificate, Text problem) {
    }

    /**
     * Checks {@code devicePem} against {@code caPem} at {@code now}.
     *
     * @param devicePem the device certificate (PEM; null or blank is unreadable)
     * @param caPem     the certificate of the CA that should have issued it (PEM)
     * @param now       the time at which the device must be valid
     */
    public static ChainCheckResult check(String devicePem, String caPem, Instant now) {
        Input device = read(devicePem, "device.pem");
        Input ca = read(caPem, "ca.pem");
        List<ChainFinding> findings = new ArrayList<>();
        if (device.problem() != null) {
            findings.add(ChainFinding.of(ChainCheckItem.DEVICE_CERTIFICATE, ChainVerdict.FAIL,
                "chain.unreadable.device", device.problem()));
        }
        if (ca.problem() != null) {
            findings.add(ChainFinding.of(ChainCheckItem.CA_CERTIFICATE, ChainVerdict.FAIL, "chain.unreadable.ca",
                ca.problem()));
        }
        if (!findings.isEmpty()) {
            return new ChainCheckResult(findings);
        }
        findings.add(issuer(device, ca));
        findings.add(signature(device, ca));
        findings.addAll(ChainValidity.check(device.details(), ca.details(), now));
        findings.addAll(ClientAuthUsage.check(device.certificate().getTBSCertificate().getExtensions(),
            device.details()));
        findings.add(device.details().ca()
            ? ChainFinding.of(ChainCheckItem.END_ENTITY, ChainVerdict.WARN, "chain.endEntity.ca")
            : ChainFinding.of(ChainCheckItem.END_ENTITY, ChainVerdict.PASS, "chain.endEntity.pass"));
        return new ChainCheckResult(findings);
    }

    private static ChainFinding issuer(Input device, Input ca) {
        if (device.certificate().getIssuer().equals(ca.certificate().getSubject())) {
            return ChainFinding.of(ChainCheckItem.ISSUER, ChainVerdict.PASS, "chain.issuer.pass",
                device.details().issuer());
        }
        return ChainFinding.of(ChainCheckItem.ISSUER, ChainVerdict.FAIL, "chain.issuer.fail",
            device.details().issuer(), ca.details().subject());
    }

    private static ChainFinding signature(Input device, Input ca) {
        String algorithm = device.details().signatureAlgorithm();
        boolean verifies = CertificateSignatures.verifies(device.certificate(), device.details().der(),
            ca.certificate(), ca.details().der());
        return verifies
            ? ChainFinding.of(ChainCheckItem.SIGNATURE, ChainVerdict.PASS, "chain.signature.pass", algorithm)
            : ChainFinding.of(ChainCheckItem.SIGNATURE, ChainVerdict.FAIL, "chain.signature.fail", algorithm);
    }

    private static Input read(String pem, String source) {
        byte[] data = (pem == null ? "" : pem).getBytes(StandardCharsets.UTF_8);
        InspectionResult result = INSPECTOR.inspect(data, source);
        if (result.certificates().isEmpty()) {
            return new Input(null, null, result.errors().get(0).text());
        }
        CertificateDetails details = result.certificates().get(0);
        return new Input(details, Certificate.getInstance(details.der()), null);
    }
}
