package io.mqttca.console.service;

import io.mqttca.console.cert.CaKeyProblem;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import java.util.List;
import java.util.Objects;

/**
 * Why {@link CaRegistration} refused a CA certificate, its private key or a verification certificate before
 * anything was sent: the facts only, so that the window can say it in the operator's language and the command line
 * in its English messages. Each kind is a record; {@link #certificate()} is the certificate the problem is about
 * (shown beside the message), null when no certificate was read.
 */
public sealed interface RegistrationProblem {

    /** The certificate the problem is about, or null. */
    CertificateDetails certificate();

    /**
     * The file holds no certificate.
     *
     * @param source the file as given
     * @param errors what the inspector found instead (may be empty: a file with no certificate and nothing else)
     */
    record NoCertificate(String source, List<InputError> errors) implements RegistrationProblem {
        public NoCertificate {
            Objects.requireNonNull(source, "source");
            errors = List.copyOf(errors);
        }

        @Override
        public CertificateDetails certificate() {
            return null;
        }
    }

    /**
     * The CA certificate or its private key cannot be used (not a CA, not valid now, not RSA or EC, the key is
     * missing, encrypted, of another CA ...).
     *
     * @param certificate the CA certificate
     * @param kind        which check failed
     * @param message     the engine's operator message in English (what is wrong, what to do)
     */
    record Unusable(CertificateDetails certificate, CaKeyProblem kind, String message)
        implements RegistrationProblem {
        public Unusable {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The CA's serial is already registered on the instance.
     *
     * @param certificate the CA certificate
     * @param registered  the registered CA with that serial
     * @param state       whether it is active or inactive there
     */
    record AlreadyRegistered(CertificateDetails certificate, CaCertificate registered, MatchState state)
        implements RegistrationProblem {
        public AlreadyRegistered {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(registered, "registered");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * The verification certificate's subject CN is not the instance's registration code.
     *
     * @param certificate the verification certificate
     * @param expected    the registration code
     */
    record WrongCommonName(CertificateDetails certificate, String expected) implements RegistrationProblem {
        public WrongCommonName {
            Objects.requireNonNull(certificate, "certificate");
        }

        /** The CN the certificate carries, or null when it has none. */
        public String found() {
            return certificate.subjectCommonName();
        }
    }

    /**
     * The verification certificate is not issued and signed by the CA certificate's key.
     *
     * @param certificate the verification certificate
     */
    record WrongSigner(CertificateDetails certificate) implements RegistrationProblem {
        public WrongSigner {
            Objects.requireNonNull(certificate, "certificate");
        }
    }
}
