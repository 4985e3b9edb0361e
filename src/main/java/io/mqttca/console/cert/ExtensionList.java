package io.mqttca.console.cert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Every extension a certificate carries, one line each: its usual name with the OID, or the bare OID when the name
 * is not known, marked {@code critical} where it is. The details pane lists these so that an operator sees what
 * the certificate holds beyond the fields the inspector reads.
 */
public final class ExtensionList {

    private static final Map<String, String> NAMES = Map.ofEntries(
        Map.entry("2.5.29.14", "subjectKeyIdentifier"), Map.entry("2.5.29.15", "keyUsage"),
        Map.entry("2.5.29.17", "subjectAltName"), Map.entry("2.5.29.19", "basicConstraints"),
        Map.entry("2.5.29.31", "cRLDistributionPoints"), Map.entry("2.5.29.32", "certificatePolicies"),
        Map.entry("2.5.29.35", "authorityKeyIdentifier"), Map.entry("2.5.29.37", "extKeyUsage"),
        Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"), Map.entry("2.5.29.30", "nameConstraints"));

    private ExtensionList() {
    }

    /** The lines for the certificate {@code der}; empty when it cannot be read. */
    public static List<String> of(byte[] der) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(der);
            Set<ASN1ObjectIdentifier> critical = holder.getCriticalExtensionOIDs();
            List<String> lines = new ArrayList<>();
            for (Object oid : holder.getExtensionOIDs()) {
                String id = oid.toString();
                String name = NAMES.getOrDefault(id, id);
                lines.add(name + (name.equals(id) ? "" : " (" + id + ")")
                    + (critical.contains((ASN1ObjectIdentifier) oid) ? " critical" : ""));
            }
            return lines;
        } catch (IOException e) {
            return List.of();
        }
    }
}
