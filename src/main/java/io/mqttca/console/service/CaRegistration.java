package io.mqttca.console.service;

import io.mqttca.console.cert.CaKeyException;
import io.mqttca.console.cert.CaPrivateKeys;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.cert.VerificationCertificates;
import io.mqttca.console.service.RegistrationProblem.AlreadyRegistered;
import io.mqttca.console.service.RegistrationProblem.NoCertificate;
import io.mqttca.console.service.RegistrationProblem.Unusable;
import io.mqttca.console.service.RegistrationProblem.WrongCommonName;
import io.mqttca.console.service.RegistrationProblem.WrongSigner;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Registering a CA certificate on one instance, the same way for the Register wizard and {@code ca register}: the CA
 * is checked locally (a CA, valid now, an RSA or EC key) and against the instance (its serial not registered yet,
 * matched over every registered CA's PEM); the verification certificate is either generated from the CA private key
 * and the registration code, or a given one is checked (its CN is the registration code, it is signed by the CA's
 * key); only then is RegisterCaCertificate called. Every check runs on the executor given here, never on the
 * caller's thread; refusals come back as {@link Checked} values with a {@link RegistrationProblem}, failures of the
 * service as exceptionally completed futures. The CA private key exists only inside one task and its password is
 * cleared when the task ends. One object serves one wizard session or one command: it lists the registered CAs once
 * (again after a failed listing).
 */
public final class CaRegistration {

    private final CertificateService service;
    private final String instanceId;
    private final Executor executor;
    private final Clock clock;
    private final LocalCertificates local;
    private CompletableFuture<CertificateMatcher> matcher;

    /**
     * @param service    the connected service
     * @param instanceId the instance to register on
     * @param executor   where files are read and certificates parsed, matched, verified and generated
     * @param clock      the time validity is judged at
     */
    public CaRegistration(CertificateService service, String instanceId, Executor executor, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.local = new LocalCertificates(executor);
    }

    public String instanceId() {
        return instanceId;
    }

    /** Lists the registered CA certificates now (the checks of a CA wait for them); fails when the list fails. */
    public CompletableFuture<Void> loadRegistered() {
        return matcher().thenApply(ready -> null);
    }

    /** The instance's registration code (GetRegisterCode): the CN the verification certificate must carry. */
    public CompletableFuture<String> registrationCode() {
        return service.getRegisterCode(instanceId);
    }

    /** The first certificate of a file (PEM or DER), or {@link NoCertificate}. */
    public CompletableFuture<Checked<CertificateDetails>> readCertificate(Path file) {
        return local.inspect(file).thenApply(result -> first(result, file));
    }

    /** Reads the CA certificate from a file and {@linkplain #checkCa checks} it. */
    public CompletableFuture<Checked<CertificateDetails>> readCa(Path file) {
        return readCertificate(file).thenCompose(read -> read.passed() ? checkCa(read.value())
            : CompletableFuture.completedFuture(read));
    }

    /**
     * Checks that {@code ca} can be registered: a CA, valid now, an RSA or EC key ({@link Unusable}), and a serial
     * the instance does not have yet ({@link AlreadyRegistered}).
     */
    public CompletableFuture<Checked<CertificateDetails>> checkCa(CertificateDetails ca) {
        Objects.requireNonNull(ca, "ca");
        return CompletableFuture.supplyAsync(() -> checkLocally(ca), executor).thenCompose(checked -> checked.passed()
            ? matcher().thenApplyAsync(registered -> checkNotRegistered(registered, ca), executor)
            : CompletableFuture.completedFuture(checked));
    }

    /**
     * Reads the CA private key, checks that it is the CA's, and issues the verification certificate with CN =
     * {@code code}; refusals are {@link Unusable} with the key problem.
     *
     * @param password the password of an encrypted key, or null; cleared when the task ends
     */
    public CompletableFuture<Checked<CertificateDetails>> generateVerification(CertificateDetails ca, Path keyFile,
                                                                               char[] password, String code) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    PrivateKey key = CaPrivateKeys.read(keyFile, password);
                    return Checked.ok(VerificationCertificates.generate(ca, key, code, clock.instant()));
                } catch (CaKeyException e) {
                    return Checked.<CertificateDetails>refused(new Unusable(ca, e.problem(), e.getMessage()));
                } finally {
                    clear(password);
                }
            }, executor);
        } catch (RejectedExecutionException e) {
            clear(password);
            throw e;
        }
    }

    /** Reads a ready verification certificate from a file and {@linkplain #checkVerification checks} it. */
    public CompletableFuture<Checked<CertificateDetails>> readVerification(Path file, CertificateDetails ca,
                                                                           String code) {
        return readCertificate(file).thenApplyAsync(read -> read.passed() ? checkVerification(read.value(), ca, code)
            : read, executor);
    }

    /** Registers the checked CA with its verification certificate (RegisterCaCertificate). */
    public CompletableFuture<ItemResult> register(String caName, CertificateDetails ca,
                                                  CertificateDetails verification) {
        return service.registerCaCertificate(instanceId, caName, ca.pem(), verification.pem());
    }

    /**
     * The checks of a given verification certificate, on the caller's thread (it verifies a signature): its CN is
     * {@code code} ({@link WrongCommonName}), it is issued and signed by {@code ca} ({@link WrongSigner}).
     */
    static Checked<CertificateDetails> checkVerification(CertificateDetails verification, CertificateDetails ca,
                                                         String code) {
        if (code == null || !code.equals(verification.subjectCommonName())) {
            return Checked.refused(new WrongCommonName(verification, code));
        }
        if (ca == null || !VerificationCertificates.chainsTo(verification, ca)) {
            return Checked.refused(new WrongSigner(verification));
        }
        return Checked.ok(verification);
    }

    private Checked<CertificateDetails> checkLocally(CertificateDetails ca) {
        try {
            VerificationCertificates.checkCa(ca, clock.instant());
            return Checked.ok(ca);
        } catch (CaKeyException e) {
            return Checked.refused(new Unusable(ca, e.problem(), e.getMessage()));
        }
    }

    private static Checked<CertificateDetails> checkNotRegistered(CertificateMatcher registered,
                                                                  CertificateDetails ca) {
        CertificateMatch match = registered.match(ca);
        return match.registered() == null ? Checked.ok(ca)
            : Checked.refused(new AlreadyRegistered(ca, match.registered(), match.state()));
    }

    /** The registered CAs, listed once and parsed on the executor; listed again when the last listing failed. */
    private synchronized CompletableFuture<CertificateMatcher> matcher() {
        if (matcher == null || matcher.isCompletedExceptionally()) {
            matcher = service.listCaCertificates(instanceId).thenApplyAsync(listing ->
                new CertificateMatcher(listing.items(), clock.instant()), executor);
        }
        return matcher;
    }

    private static Checked<CertificateDetails> first(InspectionResult result, Path file) {
        return result.certificates().isEmpty()
            ? Checked.refused(new NoCertificate(file.toString(), result.errors()))
            : Checked.ok(result.certificates().get(0));
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
