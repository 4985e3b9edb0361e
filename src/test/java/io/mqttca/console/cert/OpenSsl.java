package io.mqttca.console.cert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line on a certificate, for tests that compare the inspector with it. */
final class OpenSsl {

    private static final Boolean AVAILABLE = probe();

    private OpenSsl() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /**
     * {@code openssl x509 -noout ARGS} on the given PEM, its output lines split at the first '=' (later keys
     * of the same name win). Lines without '=' are kept under their line number.
     */
    static Map<String, String> x509Fields(String pem, String... args) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> lines = x509(pem, args);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            } else {
                fields.put(Integer.toString(i), line);
            }
        }
        return fields;
    }

    /** The output lines of {@code openssl x509 -noout ARGS} on the given PEM. */
    static List<String> x509(String pem, String... args) {
        List<String> command = new ArrayList<>(List.of("openssl", "x509", "-noout"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(pem.getBytes(StandardCharsets.US_ASCII));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl failed: " + output);
            }
            return output.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Boolean probe() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
