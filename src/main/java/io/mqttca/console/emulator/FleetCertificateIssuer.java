package io.mqttca.console.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the fleet seed's device certificates under one CA: subject CN = the device name and the CA's O,
 * basicConstraints CA=false, keyUsage digitalSignature (RFC 5480 allows no keyEncipherment for an EC key), and
 * extended key usage clientAuth, or serverAuth only for the planned share. Signs with SHA256withRSA through the
 * JDK's own provider, which signs RSA faster than BouncyCastle here. One instance per thread: a
 * {@link ContentSigner} is not thread-safe.
 */
final class FleetCertificateIssuer {

    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private final CaCertificateRecord ca;
    private final X500Name issuer;
    private final RDN[] organisation;
    private final ContentSigner signer;

    FleetCertificateIssuer(CaCertificateRecord ca, X509CertificateHolder caCertificate, PrivateKey caKey) {
        this.ca = ca;
        this.issuer = caCertificate.getSubject();
        this.organisation = issuer.getRDNs(BCStyle.O);
        try {
            this.signer = new JcaContentSignerBuilder("SHA256withRSA").build(caKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with the sandbox CA's RSA key", e);
        }
    }

    /** The device's certificate, signed, as the record the store keeps; registered at {@code registeredAt}. */
    DeviceCertificateRecord issue(FleetDevicePlan device, SubjectPublicKeyInfo key, Instant registeredAt) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, device.name());
        for (RDN rdn : organisation) {
            subject.addRDN(rdn.getFirst());
        }
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, device.serial(),
            Date.from(device.notBefore()), Date.from(device.notAfter()), subject.build(), key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                device.clientAuth() ? KeyPurposeId.id_kp_clientAuth : KeyPurposeId.id_kp_serverAuth));
            X509CertificateHolder certificate = builder.build(signer);
            return new DeviceCertificateRecord(ca.instanceId(), SerialNumbers.sn(device.serial()), ca.sn(),
                device.name(), device.active(), pem(certificate.getEncoded()), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), registeredAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding a device certificate failed", e);
        }
    }

    /** The same PEM as {@link PemCertificates#toPem}, without a writer per certificate. */
    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }
}
