package io.mqttca.console.cert;

import java.util.List;

/**
 * Tells what a DER (or BER) structure is from the shape of its outer elements, without decoding it: a
 * certificate, a PKCS#10 request, a CRL, a private key (PKCS#8, encrypted PKCS#8, PKCS#1, SEC1, DSA), a
 * PKCS#12 keystore, a PKCS#7 bundle or a public key. Key material is only walked over, never copied.
 */
final class DerClassifier {

    /** The content octets of the OID 1.2.840.113549.1.7 (PKCS#7 content types). */
    private static final byte[] PKCS7_PREFIX = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07};

    private DerClassifier() {
    }

    static DerKind classify(byte[] data, Der.Tlv outer) {
        if (outer.tag() != Der.SEQUENCE) {
            return DerKind.UNKNOWN;
        }
        List<Der.Tlv> parts = Der.children(data, outer);
        if (parts == null || parts.isEmpty()) {
            return DerKind.UNKNOWN;
        }
        if (parts.size() == 3 && tags(parts, Der.SEQUENCE, Der.SEQUENCE, Der.BIT_STRING)) {
            return signedObject(data, parts.get(0));
        }
        if (isPkcs12(data, parts)) {
            return DerKind.PKCS12;
        }
        if (Der.oidStartsWith(data, parts.get(0), PKCS7_PREFIX)) {
            return DerKind.PKCS7;
        }
        if (isPrivateKey(data, parts)) {
            return DerKind.PRIVATE_KEY;
        }
        if (parts.size() == 2 && (tags(parts, Der.SEQUENCE, Der.BIT_STRING) || tags(parts, Der.INTEGER, Der.INTEGER))) {
            return DerKind.PUBLIC_KEY;
        }
        return DerKind.UNKNOWN;
    }

    /** SEQUENCE { tbs, algorithm, signature }: a certificate, a request or a CRL, told apart by the tbs part. */
    private static DerKind signedObject(byte[] data, Der.Tlv tbs) {
        List<Der.Tlv> fields = Der.children(data, tbs);
        if (fields == null || fields.isEmpty()) {
            return DerKind.UNKNOWN;
        }
        int first = fields.get(0).tag() == Der.CONTEXT_0 ? 1 : 0;
        if (fields.size() >= first + 6 && fields.get(first).tag() == Der.INTEGER
            && tags(fields.subList(first + 1, first + 6),
                Der.SEQUENCE, Der.SEQUENCE, Der.SEQUENCE, Der.SEQUENCE, Der.SEQUENCE)) {
            return DerKind.CERTIFICATE;
        }
        if ((fields.size() == 4 || fields.size() == 3) && tags(fields.subList(0, 3), Der.INTEGER, Der.SEQUENCE,
                Der.SEQUENCE) && (fields.size() == 3 || fields.get(3).tag() == Der.CONTEXT_0)) {
            return DerKind.CERTIFICATE_REQUEST;
        }
        int crl = fields.get(0).tag() == Der.INTEGER ? 1 : 0;
        if (fields.size() >= crl + 3 && tags(fields.subList(crl, crl + 2), Der.SEQUENCE, Der.SEQUENCE)
            && isTime(fields.get(crl + 2))) {
            return DerKind.CRL;
        }
        return DerKind.UNKNOWN;
    }

    /** PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData MacData OPTIONAL }. */
    private static boolean isPkcs12(byte[] data, List<Der.Tlv> parts) {
        if (parts.size() < 2 || parts.size() > 3 || Der.smallInteger(data, parts.get(0)) != 3
            || parts.get(1).tag() != Der.SEQUENCE) {
            return false;
        }
        List<Der.Tlv> contentInfo = Der.children(data, parts.get(1));
        return contentInfo != null && !contentInfo.isEmpty()
            && Der.oidStartsWith(data, contentInfo.get(0), PKCS7_PREFIX);
    }

    private static boolean isPrivateKey(byte[] data, List<Der.Tlv> parts) {
        int size = parts.size();
        long version = Der.smallInteger(data, parts.get(0));
        boolean pkcs8 = size >= 3 && (version == 0 || version == 1)
            && tags(parts.subList(0, 3), Der.INTEGER, Der.SEQUENCE, Der.OCTET_STRING);
        boolean encryptedPkcs8 = size == 2 && tags(parts, Der.SEQUENCE, Der.OCTET_STRING);
        boolean sec1 = size >= 2 && size <= 4 && version == 1 && parts.get(1).tag() == Der.OCTET_STRING;
        boolean rsaOrDsa = (size >= 9 || size == 6) && (version == 0 || version == 1) && allIntegers(parts);
        return pkcs8 || encryptedPkcs8 || sec1 || rsaOrDsa;
    }

    private static boolean allIntegers(List<Der.Tlv> parts) {
        for (Der.Tlv part : parts) {
            if (part.tag() != Der.INTEGER) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTime(Der.Tlv tlv) {
        return tlv.tag() == Der.UTC_TIME || tlv.tag() == Der.GENERALIZED_TIME;
    }

    private static boolean tags(List<Der.Tlv> parts, int... expected) {
        if (parts.size() != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (parts.get(i).tag() != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
