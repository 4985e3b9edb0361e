package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.service.CaRegistration;
import io.mqttca.console.service.Checked;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Register CA wizard: a name; the CA certificate, checked (a CA, valid, RSA or EC, serial not yet registered on
 * the instance); the instance's registration code; the verification certificate ({@link VerificationStepViewModel});
 * then RegisterCaCertificate. Every check runs in the background through {@link CaRegistration}; this class turns
 * the answers into inline text in the step where they arose, and a refusal by the service into the error dialog.
 * Each opening is a session and each step has its own task state: an answer of an earlier session or of an overtaken
 * task is dropped, and the wizard is busy while any step is.
 */
public final class RegisterWizardViewModel {

    private static final List<String> CERTIFICATE_PATTERNS = List.of("*.pem", "*.crt", "*.cer", "*.der");

    private final UiContext context;
    private final WizardTasks tasks;
    private final StringProperty name = new SimpleStringProperty("");
    private String suggestedName;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final WizardStep<CertificateDetails> caStep = new WizardStep<>(null);
    private final WizardStep<String> codeStep = new WizardStep<>("");
    private final WizardStep<Void> registerStep = new WizardStep<>(null);
    private final VerificationStepViewModel verification;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper registered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRegister;
    private Runnable onRegistered = () -> { };

    public RegisterWizardViewModel(UiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.tasks = new WizardTasks(context);
        title.set(context.text("register.title"));
        BooleanBinding ready = caStep.valueProperty().isNotNull().and(caStep.errorProperty().isEmpty())
            .and(codeStep.valueProperty().isNotEqualTo("")).and(busy.not()).and(registered.not());
        verification = new VerificationStepViewModel(tasks, caStep.valueProperty(), codeStep.valueProperty(), ready);
        busy.bind(caStep.busyProperty().or(codeStep.busyProperty()).or(registerStep.busyProperty())
            .or(verification.busyProperty()));
        canRegister = ready.and(Bindings.createBooleanBinding(() -> !name.get().isBlank(), name))
            .and(verification.readyProperty());
    }

    /** What runs after a successful registration (the composition root refreshes the CA table). */
    public void setOnRegistered(Runnable action) {
        this.onRegistered = Objects.requireNonNull(action, "action");
    }

    /**
     * Starts a new session on an instance, optionally with a CA certificate already chosen (from the import view):
     * fetches the registration code and the registered CAs, and checks the CA when there is one.
     */
    public void open(InstanceTarget target, CertificateDetails initialCa) {
        Objects.requireNonNull(target, "target");
        reset();
        CaRegistration registration = tasks.open(target);
        title.set(context.format("register.title.instance", target.instanceId()));
        tasks.run(codeStep, registration.registrationCode(), (code, error) -> {
            if (error != null) {
                codeStep.setError(context.format("register.code.failed", tasks.explain(error)));
            } else {
                codeStep.setValue(code);
            }
        });
        if (initialCa != null) {
            tasks.run(caStep, registration.checkCa(initialCa), this::showCa);
        } else {
            tasks.run(caStep, registration.loadRegistered(), (loaded, error) -> showCa(null, error));
        }
    }

    /** Step 1: asks for the CA certificate file. */
    public void chooseCaFile() {
        tasks.choose("register.ca.choose", "import.choose.filter", CERTIFICATE_PATTERNS, this::loadCa);
    }

    /** Step 1: reads and checks the CA certificate (in the background). */
    public void loadCa(Path file) {
        if (tasks.registration() != null) {
            tasks.run(caStep, tasks.registration().readCa(file), this::showCa);
        }
    }

    /** Step 4: RegisterCaCertificate; on success the table is refreshed and the wizard shows the new Sn. */
    public void register() {
        if (!canRegister.get()) {
            return;
        }
        String caName = name.get().strip();
        tasks.run(registerStep, tasks.registration().register(caName, caStep.value(),
            verification.verificationProperty().get()), (result, error) -> {
                if (error != null) {
                    context.dialogs().showError(ErrorReport.of(context.text("register.failed"), error, context));
                } else {
                    handle(result, caName);
                }
            });
    }

    /** Forgets everything (the wizard closed) and ends the session: answers still on their way are dropped. */
    public void reset() {
        tasks.end();
        name.set("");
        suggestedName = null;
        caStep.reset();
        codeStep.reset();
        verification.reset();
        registerStep.reset();
        registered.set(false);
        outcome.set("");
    }

    private void showCa(Checked<CertificateDetails> checked, Throwable error) {
        if (error != null) {
            caStep.show(null, context.format("register.ca.listFailed", tasks.explain(error)));
        } else if (checked != null) {
            verification.forgetVerification();
            tasks.show(caStep, checked, null);
            CertificateDetails ca = caStep.value();
            if (ca != null && ca.subjectCommonName() != null && nameFollowsCertificate()) {
                suggestedName = ca.subjectCommonName();
                name.set(suggestedName);
            }
        }
    }

    /** The name follows the chosen CA's CN until the operator types a name of their own. */
    private boolean nameFollowsCertificate() {
        return name.get().isBlank() || name.get().equals(suggestedName);
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

    /** Step 3, the verification certificate. */
    public VerificationStepViewModel verification() {
        return verification;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The window title: the instance the wizard registers on. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CertificateDetails> caProperty() {
        return caStep.valueProperty();
    }

    public ReadOnlyStringProperty caErrorProperty() {
        return caStep.errorProperty();
    }

    public ReadOnlyObjectProperty<String> registerCodeProperty() {
        return codeStep.valueProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeStep.errorProperty();
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

    public BooleanBinding canRegisterProperty() {
        return canRegister;
    }
}
