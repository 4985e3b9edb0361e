package io.mqttca.console.ui.register;

import io.mqttca.console.cert.CaKeyProblem;
import io.mqttca.console.service.RegistrationProblem;
import io.mqttca.console.service.RegistrationProblem.AlreadyRegistered;
import io.mqttca.console.service.RegistrationProblem.NoCertificate;
import io.mqttca.console.service.RegistrationProblem.Unusable;
import io.mqttca.console.service.RegistrationProblem.WrongCommonName;
import io.mqttca.console.ui.common.UiContext;

/** The wizard's inline text for each problem the registration checks report. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String of(RegistrationProblem problem, UiContext context) {
        if (problem instanceof NoCertificate none) {
            return none.errors().isEmpty() ? context.text("register.noCertificate")
                : context.message(none.errors().get(0));
        }
        if (problem instanceof Unusable unusable) {
            return context.text(keyOf(unusable.kind()));
        }
        if (problem instanceof AlreadyRegistered registered) {
            return context.format("register.ca.alreadyRegistered", registered.registered().sn());
        }
        if (problem instanceof WrongCommonName wrongCn) {
            return context.format("register.verification.wrongCn", String.valueOf(wrongCn.found()),
                wrongCn.expected());
        }
        return context.text("register.verification.wrongSigner");
    }

    /** The bundle key of a CA or key problem's inline message. */
    private static String keyOf(CaKeyProblem problem) {
        return "register.key.error." + problem.name();
    }
}
