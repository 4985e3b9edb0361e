package io.mqttca.console.cert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * The extensions of a certificate that the inspector shows, decoded and named: basic constraints, key usage
 * (RFC 5280 names: {@code digitalSignature}, {@code keyCertSign} ...), extended key usage (OpenSSL's short
 * names: {@code serverAuth}, {@code clientAuth} ..., else the OID), subject alternative names typed as OpenSSL
 * types them ({@code DNS:}, {@code IP:}, {@code email:}, {@code URI:}, {@code DirName:}, {@code RID:},
 * {@code othername:}) and the key identifiers in upper-case hex with colons.
 *
 * @param ca                      the CA flag of basic constraints (false when the extension is absent)
 * @param pathLength              the path length constraint, or {@code null}
 * @param keyUsage                key usage names, empty when the extension is absent
 * @param extendedKeyUsage        extended key usage names, empty when absent
 * @param subjectAlternativeNames typed alternative names, empty when absent
 * @param subjectKeyIdentifier    the subject key identifier, or {@code null}
 * @param authorityKeyIdentifier  the key identifier of the authority key identifier, or {@code null}
 */
record ExtensionDetails(boolean ca, Integer pathLength, List<String> keyUsage, List<String> extendedKeyUsage,
        List<String> subjectAlternativeNames, String subjectKeyIdentifier, String authorityKeyIdentifier) {

    private static final ExtensionDetails NONE =
        new ExtensionDetails(false, null, List.of(), List.of(), List.of(), null, null);
    private static final int[] KEY_USAGE_BITS = {
        KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment, KeyUsage.dataEncipherment,
        KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign, KeyUsage.encipherOnly, KeyUsage.decipherOnly,
    };
    private static final String[] KEY_USAGE_NAMES = {
        "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
        "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly",
    };
    private static final Map<String, String> PURPOSES = new HashMap<>();
    private static final String UPN = "1.3.6.1.4.1.311.20.2.3";

    static {
        String[][] table = {
            {"1.3.6.1.5.5.7.3.1", "serverAuth"}, {"1.3.6.1.5.5.7.3.2", "clientAuth"},
            {"1.3.6.1.5.5.7.3.3", "codeSigning"}, {"1.3.6.1.5.5.7.3.4", "emailProtection"},
            {"1.3.6.1.5.5.7.3.5", "ipsecEndSystem"}, {"1.3.6.1.5.5.7.3.6", "ipsecTunnel"},
            {"1.3.6.1.5.5.7.3.7", "ipsecUser"}, {"1.3.6.1.5.5.7.3.8", "timeStamping"},
            {"1.3.6.1.5.5.7.3.9", "OCSPSigning"}, {"1.3.6.1.5.5.7.3.17", "ipsecIKE"},
            {"1.3.6.1.5.5.7.3.21", "secureShellClient"}, {"1.3.6.1.5.5.7.3.22", "secureShellServer"},
            {"2.5.29.37.0", "anyExtendedKeyUsage"}, {"1.3.6.1.4.1.311.10.3.3", "msSGC"},
            {"1.3.6.1.4.1.311.10.3.4", "msEFS"}, {"1.3.6.1.4.1.311.2.1.21", "msCodeInd"},
            {"1.3.6.1.4.1.311.2.1.22", "msCodeCom"}, {"1.3.6.1.4.1.311.20.2.2", "msSmartcardLogin"},
            {"2.16.840.1.113730.4.1", "nsSGC"},
        };
        for (String[] row : table) {
            PURPOSES.put(row[0], row[1]);
        }
    }

    /**
     * Reads the extensions.
     *
     * @throws IllegalArgumentException when one of them is malformed
     */
    static ExtensionDetails of(Extensions extensions) {
        if (extensions == null) {
            return NONE;
        }
        BasicConstraints constraints = BasicConstraints.fromExtensions(extensions);
        boolean ca = constraints != null && constraints.isCA();
        Integer pathLength = ca && constraints.getPathLenConstraint() != null
            ? constraints.getPathLenConstraint().intValueExact() : null;
        SubjectKeyIdentifier subjectKeyId = SubjectKeyIdentifier.fromExtensions(extensions);
        AuthorityKeyIdentifier authorityKeyId = AuthorityKeyIdentifier.fromExtensions(extensions);
        byte[] authorityKeyIdOctets = authorityKeyId == null ? null : authorityKeyId.getKeyIdentifierOctets();
        return new ExtensionDetails(ca, pathLength, keyUsage(KeyUsage.fromExtensions(extensions)),
            extendedKeyUsage(ExtendedKeyUsage.fromExtensions(extensions)),
            alternativeNames(GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName)),
            subjectKeyId == null ? null : Hex.colons(subjectKeyId.getKeyIdentifier()),
            authorityKeyIdOctets == null ? null : Hex.colons(authorityKeyIdOctets));
    }

    private static List<String> keyUsage(KeyUsage usage) {
        if (usage == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(4);
        for (int i = 0; i < KEY_USAGE_BITS.length; i++) {
            if (usage.hasUsages(KEY_USAGE_BITS[i])) {
                names.add(KEY_USAGE_NAMES[i]);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> extendedKeyUsage(ExtendedKeyUsage usage) {
        if (usage == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(4);
        for (KeyPurposeId purpose : usage.getUsages()) {
            String oid = purpose.toOID().getId();
            names.add(PURPOSES.getOrDefault(oid, oid));
        }
        return List.copyOf(names);
    }

    private static List<String> alternativeNames(GeneralNames names) {
        if (names == null) {
            return List.of();
        }
        List<String> typed = new ArrayList<>(4);
        for (GeneralName name : names.getNames()) {
            typed.add(typed(name));
        }
        return List.copyOf(typed);
    }

    private static String typed(GeneralName name) {
        ASN1Encodable value = name.getName();
        switch (name.getTagNo()) {
            case GeneralName.rfc822Name:
                return "email:" + text(value);
            case GeneralName.dNSName:
                return "DNS:" + text(value);
            case GeneralName.uniformResourceIdentifier:
                return "URI:" + text(value);
            case GeneralName.iPAddress:
                return "IP:" + ipAddress(ASN1OctetString.getInstance(value).getOctets());
            case GeneralName.directoryName:
                return "DirName:" + DistinguishedNames.toRfc4514(X500Name.getInstance(value));
            case GeneralName.registeredID:
                return "RID:" + ASN1ObjectIdentifier.getInstance(value).getId();
            case GeneralName.otherName:
                OtherName other = OtherName.getInstance(value);
                String type = other.getTypeID().getId();
                return "othername:" + (UPN.equals(type) ? "UPN" : type) + ":" + text(other.getValue());
            case GeneralName.x400Address:
                return "X400Name:" + text(value);
            default:
                return "EdiPartyName:" + text(value);
        }
    }

    private static String text(ASN1Encodable value) {
        if (value instanceof ASN1String) {
            return ((ASN1String) value).getString();
        }
        try {
            return "#" + Hex.upper(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalArgumentException("Unencodable name value", e);
        }
    }

    /** Dotted quad for IPv4; for IPv6 eight upper-case groups without compression, as OpenSSL prints them. */
    static String ipAddress(byte[] octets) {
        if (octets.length == 4) {
            return (octets[0] & 0xFF) + "." + (octets[1] & 0xFF) + "." + (octets[2] & 0xFF) + "." + (octets[3] & 0xFF);
        }
        if (octets.length == 16) {
            StringBuilder out = new StringBuilder(39);
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) {
                    out.append(':');
                }
                out.append(Integer.toHexString(((octets[i] & 0xFF) << 8) | (octets[i + 1] & 0xFF))
                    .toUpperCase(Locale.ROOT));
            }
            return out.toString();
        }
        return "#" + Hex.upper(octets);
    }
}
