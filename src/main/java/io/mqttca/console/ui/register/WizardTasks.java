package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.service.CaRegistration;
import io.mqttca.console.service.Checked;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The wizard's sessions and the tasks that run in them. Each opening starts a session with its own
 * {@link CaRegistration}; an answer lands on the UI thread only while its session is still the current one and its
 * task is still its step's latest, so nothing of an earlier opening reaches a reopened wizard.
 */
final class WizardTasks {

    private final UiContext context;
    private CaRegistration registration;
    private long session;

    WizardTasks(UiContext context) {
        this.context = context;
    }

    /** Starts a new session on {@code target}. */
    CaRegistration open(InstanceTarget target) {
        session++;
        registration = new CaRegistration(target.service(), target.instanceId(), context.background(),
            context.clock());
        return registration;
    }

    /** Ends the session: answers still on their way are dropped. */
    void end() {
        session++;
        registration = null;
    }

    /** The current session's registration, or null when the wizard is not open. */
    CaRegistration registration() {
        return registration;
    }

    /** Runs {@code then} on the UI thread with the answer, unless the session ended or the step moved on. */
    <T> void run(WizardStep<?> step, CompletableFuture<T> work, BiConsumer<T, Throwable> then) {
        long started = session;
        long ticket = step.start();
        work.whenCompleteAsync((value, error) -> {
            if (started == session && step.finish(ticket)) {
                then.accept(value, error);
            }
        }, context.ui());
    }

    /** Shows a checked certificate in its step: what passed, or what was refused (when it was read) and why. */
    void show(WizardStep<CertificateDetails> step, Checked<CertificateDetails> checked, Throwable error) {
        if (error != null) {
            step.show(null, explain(error));
        } else if (checked.passed()) {
            step.show(checked.value(), "");
        } else {
            step.show(checked.problem().certificate(), ProblemTexts.of(checked.problem(), context));
        }
    }

    /** Asks for one file and hands it to {@code then}. */
    void choose(String titleKey, String filterKey, List<String> patterns, Consumer<Path> then) {
        List<Path> files = context.dialogs().chooseOpenFiles(context.text(titleKey), context.text(filterKey),
            patterns, false);
        if (!files.isEmpty()) {
            then.accept(files.get(0));
        }
    }

    String explain(Throwable error) {
        return context.explanation(ErrorReport.failureOf(error, context));
    }

    UiContext context() {
        return context;
    }
}
