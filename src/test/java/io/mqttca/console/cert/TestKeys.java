package io.mqttca.console.cert;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

/**
 * CA key pairs and certificates for the verification certificate tests, with the private key in every PEM form
 * an operator brings: PKCS#1, SEC1, PKCS#8 and encrypted PKCS#8.
 */
public final class TestKeys {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private TestKeys() {
    }

    /** A fresh RSA 2048 key pair. */
    public static KeyPair rsa() {
        return generate("RSA", null);
    }

    /** A fresh EC P-256 key pair. */
    public static KeyPair ec() {
        return generate("EC", "secp256r1");
    }

    /** A self-signed CA certificate (PEM) for the key pair. */
    public static String caPem(KeyPair keys, String commonName, BigInteger serial) {
        return TestCertificates.certificate().subject("CN=" + commonName + ",O=Test CA,C=CN").keyPair(keys)
            .serial(serial).ca(null).pem();
    }

    /** PKCS#1 for RSA ({@code RSA PRIVATE KEY}), SEC1 for EC ({@code EC PRIVATE KEY}). */
    public static String traditionalPem(KeyPair keys) {
        try {
            return write(new JcaMiscPEMGenerator(keys.getPrivate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unencrypted PKCS#8 ({@code PRIVATE KEY}). */
    public static String pkcs8Pem(KeyPair keys) {
        try {
            return write(new JcaPKCS8Generator(keys.getPrivate(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}), AES-256-CBC with PBKDF2. */
    public static String encryptedPkcs8Pem(KeyPair keys, String password) {
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(PROVIDER).setPassword(password.toCharArray()).setIterationCount(2048).build();
            return write(new JcaPKCS8Generator(keys.getPrivate(), encryptor));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(PemObjectGenerator generator) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static KeyPair generate(String algorithm, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, PROVIDER);
            if (curve == null) {
                generator.initialize(2048);
            } else {
                generator.initialize(new ECGenParameterSpec(curve));
            }
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
