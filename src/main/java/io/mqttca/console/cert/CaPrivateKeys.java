package io.mqttca.console.cert;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a CA private key from PEM: PKCS#1 ({@code RSA PRIVATE KEY}), SEC1 ({@code EC PRIVATE KEY}), PKCS#8
 * ({@code PRIVATE KEY}), encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}) and OpenSSL's legacy encrypted PEM. The
 * key stays in memory only: the bytes read and the password array are overwritten before the method returns,
 * and no message ever holds key material or the password.
 */
public final class CaPrivateKeys {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final int MAX_KEY_FILE_BYTES = 1024 * 1024;

    private CaPrivateKeys() {
    }

    /**
     * Reads the first private key of a PEM file.
     *
     * @param file     the key file
     * @param password the password of an encrypted key, or null; cleared before returning
     */
    public static PrivateKey read(Path file, char[] password) throws CaKeyException {
        byte[] data;
        try {
            if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                clear(password);
                throw new CaKeyException(CaKeyProblem.NOT_A_PRIVATE_KEY,
                    Refusals.text("caKey.tooLarge", String.valueOf(file.getFileName())), null);
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            clear(password);
            throw new CaKeyException(CaKeyProblem.UNREADABLE,
                Refusals.text("caKey.unreadable", String.valueOf(file.getFileName())), e);
        }
        return read(data, password);
    }

    /**
     * Reads the first private key of PEM text.
     *
     * @param pem      the PEM bytes; overwritten with zeros before returning
     * @param password the password of an encrypted key, or null; cleared before returning
     */
    public static PrivateKey read(byte[] pem, char[] password) throws CaKeyException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            while (object != null && !isKey(object)) {
                object = parser.readObject();
            }
            if (object == null) {
                throw new CaKeyException(CaKeyProblem.NOT_A_PRIVATE_KEY, Refusals.text("caKey.noKey"), null);
            }
            return convert(object, password);
        } catch (IOException e) {
            throw new CaKeyException(CaKeyProblem.NOT_A_PRIVATE_KEY, Refusals.text("caKey.notPem"), null);
        } finally {
            Arrays.fill(pem, (byte) 0);
            clear(password);
        }
    }

    /** True when the PEM text holds an encrypted private key (a password has to be asked for). */
    public static boolean isEncrypted(byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        return text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED");
    }

    private static boolean isKey(Object object) {
        return object instanceof PEMKeyPair || object instanceof PrivateKeyInfo
            || object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
    }

    private static PrivateKey convert(Object object, char[] password) throws CaKeyException, IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(PROVIDER);
        if (object instanceof PEMKeyPair pair) {
            return converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (object instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        if (password == null || password.length == 0) {
            throw new CaKeyException(CaKeyProblem.PASSWORD_REQUIRED, Refusals.text("caKey.passwordRequired"), null);
        }
        try {
            if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(PROVIDER)
                    .build(password);
                return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
            }
            PEMDecryptorProvider decryptor = new JcePEMDecryptorProviderBuilder().setProvider(PROVIDER)
                .build(password);
            return converter.getPrivateKey(((PEMEncryptedKeyPair) object).decryptKeyPair(decryptor)
                .getPrivateKeyInfo());
        } catch (PKCSException | OperatorCreationException | IOException e) {
            throw new CaKeyException(CaKeyProblem.WRONG_PASSWORD, Refusals.text("caKey.wrongPassword"), null);
        }
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
