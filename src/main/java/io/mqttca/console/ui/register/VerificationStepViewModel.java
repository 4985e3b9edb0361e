package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Step 3 of the Register wizard: the verification certificate, generated from the CA private key or loaded from a
 * file, each checked in the background through the session's registration. The key is read, checked against the CA
 * and used inside one task; the password is a char array cleared by the time that task ends.
 */
public final class VerificationStepViewModel {

    /** Where the verification certificate comes from. */
    public enum Source {
        GENERATE,
        FILE
    }

    private static final List<String> CERTIFICATE_PATTERNS = List.of("*.pem", "*.crt", "*.cer", "*.der");
    private static final List<String> KEY_PATTERNS = List.of("*.key", "*.pem");

    private final WizardTasks tasks;
    private final ObservableValue<CertificateDetails> ca;
    private final ObservableValue<String> code;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.GENERATE);
    private final WizardStep<Path> keyStep = new WizardStep<>(null);
    private final WizardStep<CertificateDetails> verificationStep = new WizardStep<>(null);
    private final BooleanBinding canGenerate;
    private final BooleanBinding ready;

    /**
     * @param ca       the wizard's CA certificate
     * @param code     the wizard's registration code
     * @param caReady  true while the CA and the code are there and the wizard is idle and not done
     */
    VerificationStepViewModel(WizardTasks tasks, ObservableValue<CertificateDetails> ca,
                              ObservableValue<String> code, BooleanExpression caReady) {
        this.tasks = tasks;
        this.ca = ca;
        this.code = code;
        canGenerate = caReady.and(keyStep.valueProperty().isNotNull());
        ready = verificationStep.valueProperty().isNotNull().and(verificationStep.errorProperty().isEmpty());
        source.addListener((observable, before, now) -> {
            verificationStep.reset();
            keyStep.cancel();
            keyStep.setError("");
        });
    }

    /** Asks for the CA private key file. */
    public void chooseKeyFile() {
        tasks.choose("register.key.choose", "register.key.filter", KEY_PATTERNS, this::setKeyFile);
    }

    public void setKeyFile(Path file) {
        keyStep.show(file, "");
        verificationStep.setValue(null);
    }

    /** Generates the verification certificate (in the background); {@code password} (may be empty) is cleared. */
    public void generate(char[] password) {
        if (!canGenerate.get()) {
            clear(password);
            return;
        }
        char[] secret = password == null || password.length == 0 ? null : password;
        keyStep.setError("");
        tasks.run(keyStep, tasks.registration().generateVerification(ca.getValue(), keyStep.value(), secret,
            code.getValue()), (checked, error) -> {
                if (error != null || !checked.passed()) {
                    keyStep.setError(error != null ? tasks.explain(error)
                        : ProblemTexts.of(checked.problem(), tasks.context()));
                } else {
                    verificationStep.show(checked.value(), "");
                }
            });
    }

    /** Asks for a ready verification certificate. */
    public void chooseVerificationFile() {
        tasks.choose("register.verification.choose", "import.choose.filter", CERTIFICATE_PATTERNS,
            this::loadVerification);
    }

    /** Reads a verification certificate and checks its CN and its signer (in the background). */
    public void loadVerification(Path file) {
        if (tasks.registration() != null) {
            tasks.run(verificationStep, tasks.registration().readVerification(file, ca.getValue(),
                code.getValue()), (checked, error) -> tasks.show(verificationStep, checked, error));
        }
    }

    /** Forgets the key file and the verification certificate; the source goes back to Generate. */
    void reset() {
        source.set(Source.GENERATE);
        keyStep.reset();
        verificationStep.reset();
    }

    /** The CA changed: a verification certificate made or checked for the previous one no longer counts. */
    void forgetVerification() {
        verificationStep.reset();
    }

    /** True when a verification certificate passed its checks. */
    BooleanBinding readyProperty() {
        return ready;
    }

    BooleanExpression busyProperty() {
        return keyStep.busyProperty().or(verificationStep.busyProperty());
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Path> keyFileProperty() {
        return keyStep.valueProperty();
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyStep.errorProperty();
    }

    public ReadOnlyObjectProperty<CertificateDetails> verificationProperty() {
        return verificationStep.valueProperty();
    }

    public ReadOnlyStringProperty verificationErrorProperty() {
        return verificationStep.errorProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }
}
