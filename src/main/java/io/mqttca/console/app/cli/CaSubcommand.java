package io.mqttca.console.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mqttca.console.service.CertificateService;
import io.mqttca.console.service.ConnectionRegistry;
import io.mqttca.console.service.ProfileConnector;
import io.mqttca.console.service.ServiceException;
import io.mqttca.console.service.ServiceFailure;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code ca} subcommand shares: connection options, {@code --json}, output and failure reporting. */
abstract class CaSubcommand implements Callable<Integer> {

    static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @ParentCommand
    CaCommand parent;

    @Spec
    CommandSpec spec;

    /** Connects through a registry of its own on this thread, runs, and closes the connection when done. */
    @Override
    public final Integer call() throws Exception {
        ProfileConnector connector = parent.connector().connector(parent.context());
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

    /** One error block on stderr: what went wrong, what to do, and the facts support asks for. */
    void reportFailure(ServiceFailure failure) {
        err().println("error: " + failure.explanation());
        if (failure.whatToDo() != null && !failure.whatToDo().isBlank()) {
            err().println("  what to do: " + failure.whatToDo());
        }
        err().println("  " + failure.supportText().replace("\n", "\n  "));
    }
}
