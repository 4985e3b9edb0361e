package io.mqttca.console.cert;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * The public key of a certificate as an operator reads it: algorithm, size in bits and curve.
 * <ul>
 *   <li>RSA and RSASSA-PSS: the modulus size; DSA: the size of p.</li>
 *   <li>EC: the field size of the curve, and the curve by its ASN.1 OID name as OpenSSL prints it after
 *       "ASN1 OID:" ({@code prime256v1} for NIST P-256, {@code secp384r1} for P-384); explicit curve parameters
 *       give the size and no name.</li>
 *   <li>Ed25519 / X25519: 256, Ed448: 456, X448: 448 (the size of the raw public key).</li>
 * </ul>
 *
 * @param algorithm the algorithm name ({@code RSA}, {@code EC}, {@code Ed25519} ...) or the dotted OID
 * @param bits      the size in bits, or {@code null} when it cannot be told
 * @param curve     the curve name for EC keys, else {@code null}
 */
record PublicKeyDescription(String algorithm, Integer bits, String curve) {

    static PublicKeyDescription of(SubjectPublicKeyInfo info) {
        ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
        String algorithm = AlgorithmNames.publicKey(oid);
        ASN1Encodable parameters = info.getAlgorithm().getParameters();
        try {
            switch (algorithm) {
                case "RSA":
                case "RSASSA-PSS":
                    return new PublicKeyDescription(algorithm, rsaBits(info), null);
                case "EC":
                    return ec(parameters);
                case "DSA":
                    return new PublicKeyDescription(algorithm, parameters == null ? null
                        : DSAParameter.getInstance(parameters).getP().bitLength(), null);
                case "Ed25519":
                case "X25519":
                    return new PublicKeyDescription(algorithm, 256, null);
                case "Ed448":
                    return new PublicKeyDescription(algorithm, 456, null);
                case "X448":
                    return new PublicKeyDescription(algorithm, 448, null);
                default:
                    return new PublicKeyDescription(algorithm, null, null);
            }
        } catch (IOException | RuntimeException e) {
            return new PublicKeyDescription(algorithm, null, null);
        }
    }

    private static Integer rsaBits(SubjectPublicKeyInfo info) throws IOException {
        return RSAPublicKey.getInstance(info.parsePublicKey()).getModulus().bitLength();
    }

    private static PublicKeyDescription ec(ASN1Encodable parameters) {
        if (parameters instanceof ASN1ObjectIdentifier) {
            ASN1ObjectIdentifier curveOid = (ASN1ObjectIdentifier) parameters;
            AlgorithmNames.Curve known = AlgorithmNames.curve(curveOid);
            if (known != null) {
                return new PublicKeyDescription("EC", known.bits(), known.name());
            }
            X9ECParameters named = ECNamedCurveTable.getByOID(curveOid);
            String name = ECNamedCurveTable.getName(curveOid);
            return new PublicKeyDescription("EC", named == null ? null : named.getCurve().getFieldSize(),
                name == null ? curveOid.getId() : name);
        }
        if (parameters != null) {
            return new PublicKeyDescription("EC", X9ECParameters.getInstance(parameters).getCurve().getFieldSize(),
                null);
        }
        return new PublicKeyDescription("EC", null, null);
    }
}
