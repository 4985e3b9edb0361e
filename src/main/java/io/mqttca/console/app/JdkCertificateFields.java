package io.mqttca.console.app;

import io.mqttca.console.ui.details.CertificateFields;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.security.auth.x500.X500Principal;

/**
 * Reads the details pane's fields with the JDK's X.509 parser, until the BouncyCastle certificate inspector is wired
 * in its place. Field ids are those of {@link CertificateFields}.
 */
public final class JdkCertificateFields implements Function<String, List<Map.Entry<String, String>>> {

    private static final String[] KEY_USAGES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final Map<String, String> EXTENSION_NAMES = Map.ofEntries(
        Map.entry("2.5.29.14", "subjectKeyIdentifier"), Map.entry("2.5.29.15", "keyUsage"),
        Map.entry("2.5.29.17", "subjectAltName"), Map.entry("2.5.29.19", "basicConstraints"),
        Map.entry("2.5.29.31", "cRLDistributionPoints"), Map.entry("2.5.29.32", "certificatePolicies"),
        Map.entry("2.5.29.35", "authorityKeyIdentifier"), Map.entry("2.5.29.37", "extKeyUsage"),
        Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"), Map.entry("2.5.29.30", "nameConstraints"));

    @Override
    public List<Map.Entry<String, String>> apply(String pem) {
        X509Certificate certificate = parse(pem);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        add(fields, CertificateFields.SUBJECT, certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
        add(fields, CertificateFields.ISSUER, certificate.getIssuerX500Principal().getName(X500Principal.RFC2253));
        BigInteger serial = certificate.getSerialNumber();
        add(fields, CertificateFields.SERIAL_HEX, colonHex(serial.toByteArray()));
        add(fields, CertificateFields.SERIAL_DECIMAL, serial.toString());
        add(fields, CertificateFields.VERSION, "v" + certificate.getVersion());
        add(fields, CertificateFields.NOT_BEFORE, certificate.getNotBefore().toInstant().toString());
        add(fields, CertificateFields.NOT_AFTER, certificate.getNotAfter().toInstant().toString());
        add(fields, CertificateFields.PUBLIC_KEY, describe(certificate.getPublicKey()));
        add(fields, CertificateFields.SIGNATURE_ALGORITHM, certificate.getSigAlgName());
        add(fields, CertificateFields.SHA256, fingerprint(certificate, "SHA-256"));
        add(fields, CertificateFields.SHA1, fingerprint(certificate, "SHA-1"));
        int pathLength = certificate.getBasicConstraints();
        add(fields, CertificateFields.CA, pathLength >= 0 ? "true" : "false");
        if (pathLength >= 0) {
            add(fields, CertificateFields.PATH_LENGTH, pathLength == Integer.MAX_VALUE ? "unlimited"
                : Integer.toString(pathLength));
        }
        add(fields, CertificateFields.KEY_USAGE, keyUsage(certificate.getKeyUsage()));
        add(fields, CertificateFields.EXTENDED_KEY_USAGE, extendedKeyUsage(certificate));
        add(fields, CertificateFields.SUBJECT_ALTERNATIVE_NAMES, alternativeNames(certificate));
        add(fields, CertificateFields.EXTENSIONS, extensions(certificate));
        return fields;
    }

    private static X509Certificate parse(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(
                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("Not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static void add(List<Map.Entry<String, String>> fields, String id, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(new AbstractMap.SimpleImmutableEntry<>(id, value));
        }
    }

    private static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return "RSA " + ((RSAPublicKey) key).getModulus().bitLength() + " bits";
        }
        if (key instanceof ECPublicKey) {
            return "EC " + ((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() + " bits";
        }
        return key.getAlgorithm();
    }

    private static String fingerprint(X509Certificate certificate, String algorithm) {
        try {
            return colonHex(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateException e) {
            return null;
        }
    }

    private static String keyUsage(boolean[] usage) {
        if (usage == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < usage.length && i < KEY_USAGES.length; i++) {
            if (usage[i]) {
                names.add(KEY_USAGES[i]);
            }
        }
        return String.join(", ", names);
    }

    private static String extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages == null ? null : String.join(", ", usages);
        } catch (CertificateParsingException e) {
            return null;
        }
    }

    private static String alternativeNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return null;
            }
            List<String> values = new ArrayList<>();
            names.forEach(name -> values.add(String.valueOf(name.get(1))));
            return String.join(", ", values);
        } catch (CertificateParsingException e) {
            return null;
        }
    }

    private static String extensions(X509Certificate certificate) {
        Set<String> critical = certificate.getCriticalExtensionOIDs();
        Set<String> all = new TreeSet<>();
        if (critical != null) {
            all.addAll(critical);
        }
        if (certificate.getNonCriticalExtensionOIDs() != null) {
            all.addAll(certificate.getNonCriticalExtensionOIDs());
        }
        List<String> lines = new ArrayList<>();
        for (String oid : all) {
            String name = EXTENSION_NAMES.getOrDefault(oid, oid);
            lines.add(name + (name.equals(oid) ? "" : " (" + oid + ")")
                + (critical != null && critical.contains(oid) ? " critical" : ""));
        }
        return String.join("\n", lines);
    }

    private static String colonHex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte value : bytes) {
            if (text.length() > 0) {
                text.append(':');
            }
            text.append(String.format("%02X", value));
        }
        return text.toString();
    }
}
