package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CaKeyException;
import io.mqttca.console.cert.CaPrivateKeys;
import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.CertificateInspector;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.cert.VerificationCertificates;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.CertificateMatcher;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Register CA wizard: a name; the CA certificate, checked locally (a CA, valid, RSA or EC, serial not yet
 * registered on the instance); the instance's registration code; the verification certificate, loaded from a file
 * or generated locally from the CA private key; then RegisterCaCertificate. Every local problem is shown inline
 * in the step where it arose; a refusal by the service goes to the error dialog with Code and RequestId. The CA
 * private key lives only inside one background task and its password only in a char array cleared after use.
 */
public final class RegisterWizardViewModel {

    /** Where the verification certificate comes from. */
    public enum VerificationSource {
        GENERATE,
        FILE
    }

    private static final List<String> CERTIFICATE_PATTERNS = List.of("*.pem", "*.crt", "*.cer", "*.der");
    private static final List<String> KEY_PATTERNS = List.of("*.key", "*.pem");

    private final UiContext context;
    private final CertificateInspector inspector = new CertificateInspector();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CertificateDetails> ca = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper caError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper registerCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<VerificationSource> source = new SimpleObjectProperty<>(VerificationSource.GENERATE);
    private final ReadOnlyObjectWrapper<Path> keyFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CertificateDetails> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verificationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper registered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGenerate;
    private final BooleanBinding canRegister;
    private InstanceTarget target;
    private List<CaCertificate> registeredCas;
    private Runnable onRegistered = () -> { };

    public RegisterWizardViewModel(UiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        BooleanBinding caReady = ca.isNotNull().and(caError.isEmpty());
        canGenerate = caReady.and(registerCode.isNotEmpty()).and(keyFile.isNotNull()).and(busy.not())
            .and(registered.not());
        canRegister = Bindings.createBooleanBinding(() -> !name.get().isBlank(), name).and(caReady)
            .and(registerCode.isNotEmpty()).and(verification.isNotNull()).and(verificationError.isEmpty())
            .and(busy.not()).and(registered.not());
        source.addListener((observable, before, now) -> {
            verification.set(null);
            verificationError.set("");
            keyError.set("");
        });
    }

    /** What runs after a successful registration (the composition root refreshes the CA table). */
    public void setOnRegistered(Runnable action) {
        this.onRegistered = Objects.requireNonNull(action, "action");
    }

    /**
     * Starts the wizard on an instance, optionally with a CA certificate already chosen (from the import view):
     * fetches the registration code and the registered CAs.
     */
    public void open(InstanceTarget newTarget, CertificateDetails initialCa) {
        reset();
        this.target = Objects.requireNonNull(newTarget, "target");
        busy.set(true);
        CompletableFuture<String> code = target.service().getRegisterCode(target.instanceId());
        CompletableFuture<List<CaCertificate>> list = target.service().listCaCertificates(target.instanceId())
            .thenApply(Listing::items);
        code.whenCompleteAsync((value, error) -> {
            if (error != null) {
                codeError.set(context.format("register.code.failed", ErrorReport.failureOf(error, context)
                    .explanation()));
            } else {
                registerCode.set(value);
            }
        }, context.ui());
        list.whenCompleteAsync((value, error) -> {
            busy.set(false);
            if (error != null) {
                caError.set(context.format("register.ca.listFailed", ErrorReport.failureOf(error, context)
                    .explanation()));
                return;
            }
            registeredCas = value;
            if (initialCa != null) {
                useCa(initialCa);
            } else if (ca.get() != null) {
                useCa(ca.get());
            }
        }, context.ui());
    }

    /** Step 1: asks for the CA certificate file. */
    public void chooseCaFile() {
        List<Path> files = context.dialogs().chooseOpenFiles(context.text("register.ca.choose"),
            context.text("import.choose.filter"), CERTIFICATE_PATTERNS, false);
        if (!files.isEmpty()) {
            loadCa(files.get(0));
        }
    }

    /** Step 1: reads the CA certificate from a file (in the background). */
    public void loadCa(Path file) {
        busy.set(true);
        CompletableFuture.supplyAsync(() -> inspector.inspect(file), context.background())
            .whenCompleteAsync((result, error) -> {
                busy.set(false);
                CertificateDetails first = error == null && !result.certificates().isEmpty()
                    ? result.certificates().get(0) : null;
                if (first == null) {
                    ca.set(null);
                    caError.set(error != null ? String.valueOf(error.getMessage()) : describeFailure(result));
                    return;
                }
                useCa(first);
            }, context.ui());
    }

    /** Step 3: asks for the CA private key file. */
    public void chooseKeyFile() {
        List<Path> files = context.dialogs().chooseOpenFiles(context.text("register.key.choose"),
            context.text("register.key.filter"), KEY_PATTERNS, false);
        if (!files.isEmpty()) {
            setKeyFile(files.get(0));
        }
    }

    public void setKeyFile(Path file) {
        keyFile.set(file);
        keyError.set("");
        verification.set(null);
    }

    /**
     * Step 3: generates the verification certificate from the CA private key, in the background. The key is read,
     * checked against the CA and used inside the task and dropped with it; {@code password} (may be empty) is
     * cleared by the time the task ends.
     */
    public void generate(char[] password) {
        if (!canGenerate.get()) {
            clear(password);
            return;
        }
        CertificateDetails caCertificate = ca.get();
        Path file = keyFile.get();
        String code = registerCode.get();
        Instant now = context.clock().instant();
        char[] secret = password == null || password.length == 0 ? null : password;
        busy.set(true);
        keyError.set("");
        CompletableFuture.supplyAsync(() -> {
            try {
                PrivateKey key = CaPrivateKeys.read(file, secret);
                return VerificationCertificates.generate(caCertificate, key, code, now);
            } catch (CaKeyException e) {
                throw new CompletionException(e);
            } finally {
                clear(password);
            }
        }, context.background()).whenCompleteAsync((generated, error) -> {
            busy.set(false);
            if (error != null) {
                Throwable cause = ErrorReport.unwrap(error);
                keyError.set(cause instanceof CaKeyException keyProblem
                    ? context.text(problemKey(keyProblem))
                    : String.valueOf(cause.getMessage()));
                return;
            }
            verification.set(generated);
            verificationError.set("");
        }, context.ui());
    }

    /** Step 3: asks for a ready verification certificate. */
    public void chooseVerificationFile() {
        List<Path> files = context.dialogs().chooseOpenFiles(context.text("register.verification.choose"),
            context.text("import.choose.filter"), CERTIFICATE_PATTERNS, false);
        if (!files.isEmpty()) {
            loadVerification(files.get(0));
        }
    }

    /** Step 3: reads a verification certificate and checks its CN and its signer locally. */
    public void loadVerification(Path file) {
        CertificateDetails caCertificate = ca.get();
        String code = registerCode.get();
        busy.set(true);
        CompletableFuture.supplyAsync(() -> inspector.inspect(file), context.background())
            .whenCompleteAsync((result, error) -> {
                busy.set(false);
                CertificateDetails first = error == null && !result.certificates().isEmpty()
                    ? result.certificates().get(0) : null;
                verification.set(first);
                if (first == null) {
                    verificationError.set(error != null ? String.valueOf(error.getMessage())
                        : describeFailure(result));
                } else if (!code.equals(first.subjectCommonName())) {
                    verificationError.set(context.format("register.verification.wrongCn",
                        String.valueOf(first.subjectCommonName()), code));
                } else if (caCertificate == null || !VerificationCertificates.chainsTo(first, caCertificate)) {
                    verificationError.set(context.text("register.verification.wrongSigner"));
                } else {
                    verificationError.set("");
                }
            }, context.ui());
    }

    /** Step 4: RegisterCaCertificate; on success the table is refreshed and the wizard shows the new Sn. */
    public void register() {
        if (!canRegister.get()) {
            return;
        }
        String caName = name.get().strip();
        busy.set(true);
        target.service().registerCaCertificate(target.instanceId(), caName, ca.get().pem(),
            verification.get().pem()).whenCompleteAsync((result, error) -> {
                busy.set(false);
                if (error != null) {
                    context.dialogs().showError(ErrorReport.of(context.text("register.failed"), error, context));
                    return;
                }
                handle(result, caName);
            }, context.ui());
    }

    /** Forgets everything (the wizard closed): certificates, key file, code. */
    public void reset() {
        name.set("");
        ca.set(null);
        caError.set("");
        registerCode.set("");
        codeError.set("");
        source.set(VerificationSource.GENERATE);
        keyFile.set(null);
        keyError.set("");
        verification.set(null);
        verificationError.set("");
        registered.set(false);
        outcome.set("");
        registeredCas = null;
    }

    private void handle(ItemResult result, String caName) {
        if (!result.succeeded()) {
            context.dialogs().showError(ErrorReport.of(context.text("register.failed"), result.failure()));
            return;
        }
        registered.set(true);
        outcome.set(context.format("register.done", caName, result.sn(), result.requestId()));
        context.status().requestId(result.requestId());
        context.status().message(context.format("register.done.status", caName));
        onRegistered.run();
    }

    private void useCa(CertificateDetails certificate) {
        ca.set(certificate);
        verification.set(null);
        verificationError.set("");
        if (name.get().isBlank() && certificate.subjectCommonName() != null) {
            name.set(certificate.subjectCommonName());
        }
        try {
            VerificationCertificates.checkCa(certificate, context.clock().instant());
        } catch (CaKeyException e) {
            caError.set(context.text(problemKey(e)));
            return;
        }
        if (registeredCas != null) {
            CertificateMatch match = new CertificateMatcher(registeredCas, context.clock().instant())
                .match(certificate);
            if (match.registered() != null) {
                caError.set(context.format("register.ca.alreadyRegistered", match.registered().sn()));
                return;
            }
        }
        caError.set("");
    }

    private String describeFailure(InspectionResult result) {
        return result.errors().isEmpty() ? context.text("register.noCertificate") : result.errors().get(0).message();
    }

    /** The bundle key of a CA or key problem's inline message. */
    private static String problemKey(CaKeyException problem) {
        return "register.key.error." + problem.problem().name();
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<CertificateDetails> caProperty() {
        return ca.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caErrorProperty() {
        return caError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty registerCodeProperty() {
        return registerCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public ObjectProperty<VerificationSource> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Path> keyFileProperty() {
        return keyFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CertificateDetails> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationErrorProperty() {
        return verificationError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    public BooleanBinding canRegisterProperty() {
        return canRegister;
    }
}
