package io.mqttca.console.cert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes certificates for tests with BouncyCastle: RSA, EC (P-256, P-384), Ed25519 and RSASSA-PSS keys, chosen
 * serials, UTF-8 names, dates on either side of 2050, CA and leaf extensions. Key pairs are generated once per
 * kind and shared, so making many certificates is cheap. Names are given in RFC 4514 order ("CN=a,O=b,C=CN").
 */
public final class TestCertificates {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    private TestCertificates() {
    }

    /** A shared 2048-bit RSA key pair. */
    public static KeyPair rsa2048() {
        return key("RSA", 2048, null);
    }

    /** A shared EC key pair on P-256 (prime256v1). */
    public static KeyPair ecP256() {
        return key("EC", 0, "secp256r1");
    }

    /** A shared EC key pair on P-384 (secp384r1). */
    public static KeyPair ecP384() {
        return key("EC", 0, "secp384r1");
    }

    /** A shared Ed25519 key pair. */
    public static KeyPair ed25519() {
        return key("Ed25519", 0, null);
    }

    /** A shared 2048-bit RSASSA-PSS key pair (the id-RSASSA-PSS key algorithm). */
    public static KeyPair rsaPss() {
        return key("RSASSA-PSS", 2048, null);
    }

    /** A shared 2048-bit DSA key pair. */
    public static KeyPair dsa2048() {
        return key("DSA", 2048, null);
    }

    /** Another shared key pair of the given kind, for when a test needs two different keys. */
    public static KeyPair another(String algorithm, int bits, String curve) {
        return key(algorithm + "#2", bits, curve);
    }

    private static KeyPair key(String name, int bits, String curve) {
        return KEYS.computeIfAbsent(name + "/" + bits + "/" + curve, ignored -> {
            try {
                String algorithm = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
                KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
                if (curve != null) {
                    generator.initialize(new ECGenParameterSpec(curve));
                } else if (bits > 0) {
                    generator.initialize(bits);
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Starts a self-signed RSA certificate with sensible defaults; every property can be changed. */
    public static Builder certificate() {
        return new Builder();
    }

    /** The PEM text of the given DER certificates, one CERTIFICATE block each, LF line endings. */
    public static String pem(byte[]... certificates) {
        StringBuilder text = new StringBuilder();
        for (byte[] der : certificates) {
            text.append(pemBlock("CERTIFICATE", der));
        }
        return text.toString();
    }

    /** One PEM block of the given type around the given bytes, 64 columns, LF line endings. */
    public static String pemBlock(String type, byte[] content) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(content);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    /** A certificate under construction. */
    public static final class Builder {

        private String subject = "CN=Test Certificate,O=MQTT CA Console Tests,C=CN";
        private KeyPair keyPair = rsa2048();
        private String issuer;
        private PrivateKey issuerKey;
        private byte[] issuerPublicKey;
        private BigInteger serial = BigInteger.valueOf(0x1234_5678L);
        private Instant notBefore = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        private Instant notAfter = notBefore.plus(3650, ChronoUnit.DAYS);
        private String signatureAlgorithm;
        private Integer pathLength;
        private boolean ca;
        private int keyUsage = -1;
        private final List<KeyPurposeId> extendedKeyUsages = new ArrayList<>();
        private final List<GeneralName> alternativeNames = new ArrayList<>();
        private boolean keyIdentifiers = true;
        private boolean version1;

        private Builder() {
        }

        /** The subject in RFC 4514 order, e.g. {@code CN=device,O=Example,C=CN}. */
        public Builder subject(String rfc4514) {
            this.subject = rfc4514;
            return this;
        }

        public Builder keyPair(KeyPair pair) {
            this.keyPair = pair;
            return this;
        }

        /** Signs with the given issuer's key and names it as issuer (otherwise the certificate is self-signed). */
        public Builder issuer(String issuerName, KeyPair issuerKeys) {
            this.issuer = issuerName;
            this.issuerKey = issuerKeys.getPrivate();
            this.issuerPublicKey = issuerKeys.getPublic().getEncoded();
            return this;
        }

        public Builder serial(BigInteger value) {
            this.serial = value;
            return this;
        }

        public Builder validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        /** A JCA/BouncyCastle signature algorithm name, e.g. SHA384withECDSA; by default one fitting the key. */
        public Builder signatureAlgorithm(String name) {
            this.signatureAlgorithm = name;
            return this;
        }

        /** Marks the certificate as a CA with the given path length ({@code null} for none). */
        public Builder ca(Integer maxPathLength) {
            this.ca = true;
            this.pathLength = maxPathLength;
            return this;
        }

        /** Key usage bits from {@link KeyUsage}, e.g. {@code KeyUsage.keyCertSign | KeyUsage.cRLSign}. */
        public Builder keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        public Builder extendedKeyUsage(KeyPurposeId... purposes) {
            extendedKeyUsages.addAll(List.of(purposes));
            return this;
        }

        public Builder alternativeName(int tag, String value) {
            alternativeNames.add(new GeneralName(tag, value));
            return this;
        }

        public Builder withoutKeyIdentifiers() {
            this.keyIdentifiers = false;
            return this;
        }

        /** Makes an X.509 version 1 certificate: no extensions at all. */
        public Builder version1() {
            this.version1 = true;
            return this;
        }

        /** The DER encoding of the certificate. */
        public byte[] der() {
            try {
                return holder().getEncoded();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The certificate as one PEM block. */
        public String pem() {
            return TestCertificates.pem(der());
        }

        /** The certificate as a BouncyCastle holder. */
        public X509CertificateHolder holder() {
            try {
                X500Name subjectName = name(subject);
                X500Name issuerName = issuer == null ? subjectName : name(issuer);
                PrivateKey signingKey = issuerKey == null ? keyPair.getPrivate() : issuerKey;
                byte[] signingPublic = issuerPublicKey == null ? keyPair.getPublic().getEncoded() : issuerPublicKey;
                SubjectPublicKeyInfo publicKeyInfo = SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded());
                ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithmFor(signingKey))
                    .setProvider(PROVIDER).build(signingKey);
                if (version1) {
                    return new X509v1CertificateBuilder(issuerName, serial, Date.from(notBefore),
                        Date.from(notAfter), subjectName, publicKeyInfo).build(signer);
                }
                X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, serial,
                    Date.from(notBefore), Date.from(notAfter), subjectName, publicKeyInfo);
                addExtensions(builder, publicKeyInfo, SubjectPublicKeyInfo.getInstance(signingPublic));
                return builder.build(signer);
            } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }

        private void addExtensions(X509v3CertificateBuilder builder, SubjectPublicKeyInfo subjectKey,
                SubjectPublicKeyInfo issuerKeyInfo) throws IOException, GeneralSecurityException {
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true,
                    pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength));
            }
            if (keyUsage >= 0) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (!extendedKeyUsages.isEmpty()) {
                builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(extendedKeyUsages.toArray(new KeyPurposeId[0])));
            }
            if (!alternativeNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(alternativeNames.toArray(new GeneralName[0])));
            }
            if (keyIdentifiers) {
                JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
                builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(subjectKey));
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerKeyInfo));
            }
        }

        private String signatureAlgorithmFor(PrivateKey key) {
            if (signatureAlgorithm != null) {
                return signatureAlgorithm;
            }
            switch (key.getAlgorithm()) {
                case "EC":
                    boolean large = ((ECKey) key).getParams().getOrder().bitLength() > 256;
                    return large ? "SHA384withECDSA" : "SHA256withECDSA";
                case "Ed25519":
                case "EdDSA":
                    return "Ed25519";
                case "RSASSA-PSS":
                    return "SHA256withRSAandMGF1";
                case "DSA":
                    return "SHA256withDSA";
                default:
                    return "SHA256withRSA";
            }
        }

        private static X500Name name(String rfc4514) {
            return X500Name.getInstance(new X500Principal(rfc4514).getEncoded());
        }
    }
}
