package io.mqttca.console.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mqttca.console.cloud.RateLimit;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.CloudConnector;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code ca} and {@code device} subcommand shares: connection options, {@code --json}, output and
 * failure reporting.
 */
abstract class ServiceSubcommand implements Callable<Integer> {

    static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    static final String CREDENTIALS_ADVICE = "Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
        + "or pass --profile NAME for an aliyun CLI profile in AK or StsToken mode ('aliyun configure' creates one).";

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @ParentCommand
    ServiceCommand parent;

    @Spec
    CommandSpec spec;

    /** Connects through a registry of its own on this thread, runs, and closes the connection when done. */
    @Override
    public final Integer call() throws Exception {
        Integer refused = beforeConnecting();
        if (refused != null) {
            return refused;
        }
        ProfileConnector connector = parent.connector().connector(parent.context());
        Integer callsPerSecond = connection.callsPerSecond();
        if (callsPerSecond != null && connector instanceof CloudConnector cloud) {
            connector = cloud.withRateLimit(RateLimit.perSecond(callsPerSecond));
        }
        try (ConnectionRegistry connections = new ConnectionRegistry(connector, Runnable::run)) {
            CertificateService service;
            try {
                service = await(connections.connect(connection.toProfile()));
            } catch (ServiceException e) {
                reportFailure(e.failure());
                return CaCommand.EXIT_FAILED;
            }
            try {
                return run(service);
            } catch (ServiceException e) {
                reportFailure(e.failure());
                return CaCommand.EXIT_FAILED;
            }
        }
    }

    abstract int run(CertificateService service) throws Exception;

    /** A refusal before anything is sent (its exit code), or null to go on. */
    Integer beforeConnecting() {
        return null;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Waits for a service future, unwrapping its ServiceException. */
    static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ServiceException serviceException) {
                throw serviceException;
            }
            throw new IllegalStateException("Unexpected failure: " + cause, cause);
        }
    }

    /**
     * One error block on stderr: what went wrong, what to do, and the facts support asks for (the Message only when
     * it says more than the first line: a failure raised here has no Message of the service's); with --json also
     * one error object on stdout, so that a script reading stdout never gets nothing.
     */
    void reportFailure(ServiceFailure serviceFailure) {
        ServiceFailure failure = forCommandLine(serviceFailure);
        printJsonError(failure.code(), failure.message(), failure.requestId(), failure.explanation(),
            failure.whatToDo());
        err().println("error: " + failure.explanation());
        if (failure.whatToDo() != null && !failure.whatToDo().isBlank()) {
            err().println("  what to do: " + failure.whatToDo());
        }
        err().println("  Code: " + dash(failure.code()));
        if (failure.message() != null && !failure.message().isBlank()
            && !failure.message().equals(failure.explanation())) {
            err().println("  Message: " + failure.message());
        }
        err().println("  RequestId: " + dash(failure.requestId()));
        if (failure.httpStatus() > 0) {
            err().println("  HTTP status: " + failure.httpStatus());
        }
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    /** The service's advice for credentials speaks of the window's session key; the command line has options. */
    private static ServiceFailure forCommandLine(ServiceFailure failure) {
        if (failure.kind() != FailureKind.CREDENTIALS) {
            return failure;
        }
        return new ServiceFailure(failure.kind(), failure.code(), failure.message(), failure.requestId(),
            failure.httpStatus(), failure.explanation(), CREDENTIALS_ADVICE);
    }

    /**
     * A local refusal (nothing was sent): the given {@code error: } lines and {@code what to do:} on stderr as
     * before, and with --json one error object on stdout.
     */
    void reportRefusal(String code, List<String> errors, String whatToDo) {
        String explanation = String.join(" ", errors);
        printJsonError(code, explanation, null, explanation, whatToDo);
        errors.forEach(error -> err().println("error: " + error));
        if (whatToDo != null) {
            err().println("  what to do: " + whatToDo);
        }
    }

    /** With --json, {@code {"error": {code, message, requestId, explanation, action}}} on stdout. */
    private void printJsonError(String code, String message, String requestId, String explanation,
                                String whatToDo) {
        if (!json) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.put("requestId", requestId);
        error.put("explanation", explanation);
        error.put("action", whatToDo);
        try {
            out().println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The error object could not be written", e);
        }
    }
}
