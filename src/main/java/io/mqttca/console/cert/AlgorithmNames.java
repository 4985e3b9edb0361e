package io.mqttca.console.cert;

import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * OpenSSL's names for the algorithms found in certificates: signature algorithms as {@code openssl x509 -text}
 * prints them ({@code sha256WithRSAEncryption}, {@code ecdsa-with-SHA256}, {@code rsassaPss}, {@code ED25519}),
 * public key algorithms ({@code RSA}, {@code EC}, {@code Ed25519}, {@code RSASSA-PSS}, {@code DSA}), and named
 * curves by their ASN.1 OID names ({@code prime256v1}, {@code secp384r1}) with their sizes in bits. Unknown
 * algorithms are named by their dotted OID. Also the JCA name used to verify a signature, where there is a
 * plain one.
 */
final class AlgorithmNames {

    /** A named curve: OpenSSL's name and the field size in bits. */
    record Curve(String name, int bits) {
    }

    private static final Map<String, String> SIGNATURES = new HashMap<>();
    private static final Map<String, String> JCA_SIGNATURES = new HashMap<>();
    private static final Map<String, String> KEYS = new HashMap<>();
    private static final Map<String, Curve> CURVES = new HashMap<>();

    static {
        signature("1.2.840.113549.1.1.2", "md2WithRSAEncryption", null);
        signature("1.2.840.113549.1.1.4", "md5WithRSAEncryption", "MD5withRSA");
        signature("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", "SHA1withRSA");
        signature("1.3.14.3.2.29", "sha1WithRSA", "SHA1withRSA");
        signature("1.2.840.113549.1.1.10", "rsassaPss", null);
        signature("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA256withRSA");
        signature("1.2.840.113549.1.1.12", "sha384WithRSAEncryption", "SHA384withRSA");
        signature("1.2.840.113549.1.1.13", "sha512WithRSAEncryption", "SHA512withRSA");
        signature("1.2.840.113549.1.1.14", "sha224WithRSAEncryption", "SHA224withRSA");
        signature("1.2.840.113549.1.1.15", "sha512-224WithRSAEncryption", "SHA512/224withRSA");
        signature("1.2.840.113549.1.1.16", "sha512-256WithRSAEncryption", "SHA512/256withRSA");
        signature("2.16.840.1.101.3.4.3.13", "RSA-SHA3-224", null);
        signature("2.16.840.1.101.3.4.3.14", "RSA-SHA3-256", null);
        signature("2.16.840.1.101.3.4.3.15", "RSA-SHA3-384", null);
        signature("2.16.840.1.101.3.4.3.16", "RSA-SHA3-512", null);
        signature("1.2.840.10045.4.1", "ecdsa-with-SHA1", "SHA1withECDSA");
        signature("1.2.840.10045.4.3.1", "ecdsa-with-SHA224", "SHA224withECDSA");
        signature("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", "SHA256withECDSA");
        signature("1.2.840.10045.4.3.3", "ecdsa-with-SHA384", "SHA384withECDSA");
        signature("1.2.840.10045.4.3.4", "ecdsa-with-SHA512", "SHA512withECDSA");
        signature("2.16.840.1.101.3.4.3.9", "ecdsa_with_SHA3-224", null);
        signature("2.16.840.1.101.3.4.3.10", "ecdsa_with_SHA3-256", null);
        signature("2.16.840.1.101.3.4.3.11", "ecdsa_with_SHA3-384", null);
        signature("2.16.840.1.101.3.4.3.12", "ecdsa_with_SHA3-512", null);
        signature("1.3.101.112", "ED25519", "Ed25519");
        signature("1.3.101.113", "ED448", "Ed448");
        signature("1.2.840.10040.4.3", "dsaWithSHA1", "SHA1withDSA");
        signature("2.16.840.1.101.3.4.3.1", "dsa_with_SHA224", "SHA224withDSA");
        signature("2.16.840.1.101.3.4.3.2", "dsa_with_SHA256", "SHA256withDSA");
        signature("1.2.156.10197.1.501", "SM2-with-SM3", null);

        KEYS.put("1.2.840.113549.1.1.1", "RSA");
        KEYS.put("1.2.840.113549.1.1.10", "RSASSA-PSS");
        KEYS.put("1.2.840.10045.2.1", "EC");
        KEYS.put("1.3.101.112", "Ed25519");
        KEYS.put("1.3.101.113", "Ed448");
        KEYS.put("1.3.101.110", "X25519");
        KEYS.put("1.3.101.111", "X448");
        KEYS.put("1.2.840.10040.4.1", "DSA");

        curve("1.2.840.10045.3.1.1", "prime192v1", 192);
        curve("1.3.132.0.33", "secp224r1", 224);
        curve("1.2.840.10045.3.1.7", "prime256v1", 256);
        curve("1.3.132.0.10", "secp256k1", 256);
        curve("1.3.132.0.34", "secp384r1", 384);
        curve("1.3.132.0.35", "secp521r1", 521);
        curve("1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1", 256);
        curve("1.3.36.3.3.2.8.1.1.11", "brainpoolP384r1", 384);
        curve("1.3.36.3.3.2.8.1.1.13", "brainpoolP512r1", 512);
        curve("1.2.156.10197.1.301", "SM2", 256);
    }

    private AlgorithmNames() {
    }

    private static void signature(String oid, String name, String jcaName) {
        SIGNATURES.put(oid, name);
        if (jcaName != null) {
            JCA_SIGNATURES.put(oid, jcaName);
        }
    }

    private static void curve(String oid, String name, int bits) {
        CURVES.put(oid, new Curve(name, bits));
    }

    /** OpenSSL's name of a signature algorithm, or the dotted OID. */
    static String signature(ASN1ObjectIdentifier oid) {
        return SIGNATURES.getOrDefault(oid.getId(), oid.getId());
    }

    /** The JCA name that verifies this signature with no parameters, or {@code null} (PSS, SHA-3, unknown). */
    static String jcaSignature(ASN1ObjectIdentifier oid) {
        return JCA_SIGNATURES.get(oid.getId());
    }

    /** The name of a public key algorithm, or the dotted OID. */
    static String publicKey(ASN1ObjectIdentifier oid) {
        return KEYS.getOrDefault(oid.getId(), oid.getId());
    }

    /** A curve known by name here, or {@code null}. */
    static Curve curve(ASN1ObjectIdentifier oid) {
        return CURVES.get(oid.getId());
    }
}
