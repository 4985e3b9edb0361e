package io.mqttca.console.cert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Date;
import java.util.Random;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;

/**
 * Inputs that are not certificates, made for tests: private keys in every encoding (PKCS#8, encrypted PKCS#8,
 * PKCS#1, SEC1), certificate requests, CRLs, PKCS#12 keystores, and helpers to look for key material in text.
 */
public final class TestInputs {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private TestInputs() {
    }

    /** The PKCS#8 DER of a key pair's private key. */
    public static byte[] pkcs8(KeyPair pair) {
        return pair.getPrivate().getEncoded();
    }

    /** The "traditional" OpenSSL DER: PKCS#1 for RSA, SEC1 for EC. */
    public static byte[] traditional(KeyPair pair) {
        try {
            return PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive()
                .getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenSSL's traditional DSA private key DER: SEQUENCE { 0, p, q, g, y, x }. */
    public static byte[] traditionalDsa(KeyPair pair) {
        DSAPrivateKey key = (DSAPrivateKey) pair.getPrivate();
        DSAParams params = key.getParams();
        ASN1EncodableVector fields = new ASN1EncodableVector();
        for (BigInteger value : new BigInteger[] {BigInteger.ZERO, params.getP(), params.getQ(), params.getG(),
            ((DSAPublicKey) pair.getPublic()).getY(), key.getX()}) {
            fields.add(new ASN1Integer(value));
        }
        try {
            return new DERSequence(fields).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An encrypted PKCS#8 (PBES2, AES-256-CBC) DER. */
    public static byte[] encryptedPkcs8(KeyPair pair) {
        try {
            return new JcaPKCS8EncryptedPrivateKeyInfoBuilder(pair.getPrivate())
                .build(new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(PROVIDER)
                    .setPassword("test-password".toCharArray()).build())
                .getEncoded();
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#10 request DER. */
    public static byte[] certificateRequest(KeyPair pair) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=device-001,O=Example"),
                pair.getPublic()).build(signer(pair)).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty v2 CRL DER. */
    public static byte[] crl(KeyPair pair) {
        try {
            return new X509v2CRLBuilder(new X500Name("CN=Test CA"), new Date()).build(signer(pair)).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PKCS#12 keystore holding the key and a self-signed certificate for it. */
    public static byte[] pkcs12(KeyPair pair) {
        try {
            byte[] der = TestCertificates.certificate().keyPair(pair).der();
            Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "changeit".toCharArray();
            store.setKeyEntry("device", pair.getPrivate(), password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Random bytes that look like the body of a key format the inspector cannot parse (OpenSSH, PuTTY). */
    public static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * Fails when any 16-character run of the key's base64 appears in the text: catches the key being echoed
     * whole, in lines, or in part.
     */
    public static void assertNoKeyMaterial(byte[] keyDer, String text) {
        String base64 = Base64.getEncoder().encodeToString(keyDer);
        for (int i = 0; i + 16 <= base64.length(); i += 8) {
            String run = base64.substring(i, i + 16);
            if (text.contains(run)) {
                throw new AssertionError("Key material (base64 at " + i + ") appears in the output");
            }
        }
    }

    private static ContentSigner signer(KeyPair pair) {
        try {
            String algorithm = "EC".equals(pair.getPrivate().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaContentSignerBuilder(algorithm).setProvider(PROVIDER).build(pair.getPrivate());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
