package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The CLIENT_AUTH item of a {@link DeviceChainCheck}, by RFC 5280 and the TLS servers that follow it: a key usage
 * extension must include digitalSignature (the client signs the handshake), an extended key usage extension must
 * include clientAuth or anyExtendedKeyUsage. An absent extension restricts nothing, and the PASS says so.
 */
final class ClientAuthUsage {

    private ClientAuthUsage() {
    }

    /**
     * @param extensions the device's extensions, or null for none (version 1)
     * @param device     the device's details, for the names of its usages
     */
    static List<ChainFinding> check(Extensions extensions, CertificateDetails device) {
        KeyUsage keyUsage = extensions == null ? null : KeyUsage.fromExtensions(extensions);
        ExtendedKeyUsage extendedKeyUsage = extensions == null ? null : ExtendedKeyUsage.fromExtensions(extensions);
        List<ChainFinding> failures = new ArrayList<>(2);
        if (keyUsage != null && !keyUsage.hasUsages(KeyUsage.digitalSignature)) {
            failures.add(ChainFinding.of(ChainCheckItem.CLIENT_AUTH, ChainVerdict.FAIL, "chain.clientAuth.keyUsage",
                names(device.keyUsage())));
        }
        boolean anyPurpose = extendedKeyUsage != null
            && extendedKeyUsage.hasKeyPurposeId(KeyPurposeId.anyExtendedKeyUsage);
        boolean clientAuth = extendedKeyUsage != null
            && extendedKeyUsage.hasKeyPurposeId(KeyPurposeId.id_kp_clientAuth);
        if (extendedKeyUsage != null && !anyPurpose && !clientAuth) {
            failures.add(ChainFinding.of(ChainCheckItem.CLIENT_AUTH, ChainVerdict.FAIL,
                "chain.clientAuth.extendedKeyUsage", names(device.extendedKeyUsage())));
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        Text keyUsagePart = Refusals.text(keyUsage == null ? "chain.clientAuth.keyUsageAbsent"
            : "chain.clientAuth.keyUsageAllows");
        Text purposePart = Refusals.text(extendedKeyUsage == null ? "chain.clientAuth.extendedKeyUsageAbsent"
            : clientAuth ? "chain.clientAuth.extendedKeyUsageAllows" : "chain.clientAuth.extendedKeyUsageAny");
        return List.of(ChainFinding.of(ChainCheckItem.CLIENT_AUTH, ChainVerdict.PASS, "chain.clientAuth.pass",
            keyUsagePart, purposePart));
    }

    private static Object names(List<String> names) {
        return names.isEmpty() ? Refusals.text("chain.none") : String.join(", ", names);
    }
}
