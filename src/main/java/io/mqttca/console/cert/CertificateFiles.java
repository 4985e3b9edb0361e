package io.mqttca.console.cert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what an operator hands over (chosen or dropped files and folders) into the files to inspect: a file is
 * taken as it is, whatever its name; a folder is walked (sub-folders included, links not followed) for the
 * certificate extensions {@code .pem .crt .cer .der}, in path order. A folder that cannot be walked is returned
 * as itself, so that reading it yields an error naming it.
 */
public final class CertificateFiles {

    /** The file name extensions looked for inside folders (lower case, with the dot). */
    public static final Set<String> EXTENSIONS = Set.of(".pem", ".crt", ".cer", ".der");

    private CertificateFiles() {
    }

    /** The files to inspect for the given paths, folders expanded, each file once, in the given order. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(CertificateFiles::hasCertificateExtension).sorted()
                        .forEach(file -> addOnce(files, file));
                } catch (IOException | UncheckedIOException e) {
                    addOnce(files, path);
                }
            } else {
                addOnce(files, path);
            }
        }
        return List.copyOf(files);
    }

    /** True when the file name ends with one of {@link #EXTENSIONS}, in any case. */
    public static boolean hasCertificateExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static void addOnce(List<Path> files, Path file) {
        if (!files.contains(file)) {
            files.add(file);
        }
    }
}
