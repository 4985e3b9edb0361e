package io.mqttca.console.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The Sns a change command acts on: {@code --sn} values, then the lines of {@code --sn-file}, each once. */
final class SnList {

    private SnList() {
    }

    static List<String> read(List<String> sns, Path snFile, CommandLine commandLine) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        for (String sn : sns) {
            all.add(sn.trim());
        }
        if (snFile != null) {
            if (!Files.isReadable(snFile)) {
                throw new ParameterException(commandLine, "Cannot read the Sn file " + snFile
                    + ": check the path and its permissions.");
            }
            for (String line : Files.readAllLines(snFile, StandardCharsets.UTF_8)) {
                String sn = line.strip();
                if (!sn.isEmpty() && !sn.startsWith("#")) {
                    all.add(sn);
                }
            }
        }
        all.remove("");
        if (all.isEmpty()) {
            throw new ParameterException(commandLine, "No Sn given: use --sn SN (repeatable) or --sn-file FILE.");
        }
        return List.copyOf(all);
    }
}
