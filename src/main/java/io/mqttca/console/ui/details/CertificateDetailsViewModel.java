package io.mqttca.console.ui.details;

import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.DeviceCertificate;
import io.mqttca.console.service.FailureKind;
import io.mqttca.console.service.ServiceFailure;
import io.mqttca.console.ui.common.BadgeTexts;
import io.mqttca.console.ui.common.Dates;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details of the selected CA certificate: what the service registered (name, Sn, status, registration code)
 * and what the PEM says (subject, issuer, serial in hex and decimal, validity, key, signature algorithm,
 * fingerprints, CA flag and path length, key usage, extensions) through an injected field provider that runs in the
 * background. Copies the PEM or any field, and saves the PEM to a file without blocking the window.
 */
public final class CertificateDetailsViewModel {

    /** What the pane shows. */
    public enum DetailsState {
        EMPTY,
        LOADING,
        READY
    }

    private final UiContext context;
    private final Function<String, List<Map.Entry<String, String>>> fieldProvider;
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    // Held once: an unmodifiable view listens weakly, so a view made per call loses its listeners to the GC.
    private final ObservableList<DetailField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyObjectWrapper<DetailsState> state = new ReadOnlyObjectWrapper<>(DetailsState.EMPTY);
    private final ReadOnlyObjectWrapper<CaCertificate> certificate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPem = new ReadOnlyBooleanWrapper(false);
    /** The PEM shown and the file name Save offers, or null. */
    private String pem;
    private String baseName;
    private long generation;

    public CertificateDetailsViewModel(UiContext context,
                                       Function<String, List<Map.Entry<String, String>>> fieldProvider) {
        this.context = context;
        this.fieldProvider = fieldProvider;
    }

    /** Shows {@code shown} (null: nothing selected); fetches its PEM when the list gave none. */
    public void show(InstanceTarget target, CaCertificate shown) {
        long current = reset(shown);
        if (shown == null) {
            title.set("");
            state.set(DetailsState.EMPTY);
            return;
        }
        title.set(shown.name().isBlank() ? context.text("details.unnamed") : shown.name());
        fields.setAll(registrationFields(shown));
        state.set(DetailsState.LOADING);
        if (shown.pem() != null && !shown.pem().isBlank()) {
            parse(current, shown.pem(), baseName(shown), registrationFields(shown));
        } else if (target != null) {
            whenFetched(current, target.service().getCaCertificate(target.instanceId(), shown.sn()),
                CaCertificate::pem, full -> {
                    certificate.set(full);
                    parse(current, full.pem(), baseName(full), registrationFields(full));
                });
        } else {
            problem.set(context.text("details.noPem"));
            state.set(DetailsState.READY);
        }
    }

    /**
     * Shows a certificate read on this computer (an import): what its PEM says, after what the service registered
     * when {@code registered} is the same certificate on the selected instance (else null).
     */
    public void showLocal(String name, String localPem, CaCertificate registered) {
        long current = reset(registered);
        title.set(name == null || name.isBlank() ? context.text("details.unnamed") : name);
        List<DetailField> before = registered == null ? List.of() : registrationFields(registered);
        fields.setAll(before);
        state.set(DetailsState.LOADING);
        parse(current, localPem, name, before);
    }

    /**
     * Shows a device certificate: what the service registered, then what its PEM says (fetched with
     * GetDeviceCertificate, since list rows keep no PEM), then what {@code checks} adds for that PEM (the chain check
     * against its CA), as soon as it is known.
     *
     * @param caLabel the issuing CA as the operator knows it ("prod-root-rsa (00f2…)")
     */
    public void showDevice(InstanceTarget target, DeviceCertificate shown, String caLabel,
                           Function<String, CompletableFuture<List<DetailField>>> checks) {
        long current = reset(null);
        if (shown == null) {
            title.set("");
            state.set(DetailsState.EMPTY);
            return;
        }
        String name = shown.deviceName() == null || shown.deviceName().isBlank() ? shown.deviceSn()
            : shown.deviceName();
        title.set(name);
        List<DetailField> registration = deviceFields(shown, caLabel);
        fields.setAll(registration);
        state.set(DetailsState.LOADING);
        whenFetched(current, target.service().getDeviceCertificate(target.instanceId(), shown.caSn(),
            shown.deviceSn()), DeviceCertificate::pem,
            full -> parse(current, full.pem(), name, registration, () -> checks.apply(full.pem())));
    }

    /**
     * Once {@code fetched} answers (on the UI thread), and only if nothing else is shown by then: {@code show} the
     * certificate, or say why there is no PEM to show.
     */
    private <T> void whenFetched(long current, CompletableFuture<T> fetched, Function<T, String> pemOf,
                                 Consumer<T> show) {
        context.status().beginWork();
        fetched.whenCompleteAsync((full, error) -> {
            context.status().endWork();
            if (current != generation) {
                return;
            }
            if (error != null || full == null || pemOf.apply(full) == null) {
                problem.set(error != null ? context.explanation(ErrorReport.failureOf(error, context))
                    : context.text("details.noPem"));
                state.set(DetailsState.READY);
            } else {
                show.accept(full);
            }
        }, context.ui());
    }

    private List<DetailField> deviceFields(DeviceCertificate shown, String caLabel) {
        List<DetailField> list = new ArrayList<>();
        list.add(DetailField.heading(context.text("details.section.registration")));
        list.add(DetailField.of(context.text("details.field.deviceName"), shown.deviceName()));
        list.add(DetailField.of(context.text("details.field.deviceSn"), shown.deviceSn()));
        list.add(DetailField.of(context.text("details.field.issuingCa"), caLabel));
        list.add(DetailField.of(context.text("details.field.status"), BadgeTexts.status(shown.status(), context)));
        list.add(DetailField.of(context.text("details.field.validBegin"),
            Dates.dateTime(shown.validBegin(), context.clock().getZone())));
        list.add(DetailField.of(context.text("details.field.validEnd"),
            Dates.dateTime(shown.validEnd(), context.clock().getZone())));
        return list;
    }

    private static String baseName(CaCertificate shown) {
        return shown.name().isBlank() ? shown.sn() : shown.name();
    }

    private long reset(CaCertificate shown) {
        certificate.set(shown);
        fields.clear();
        problem.set("");
        hasPem.set(false);
        pem = null;
        baseName = null;
        return ++generation;
    }

    private void parse(long current, String shownPem, String fileName, List<DetailField> before) {
        parse(current, shownPem, fileName, before, () -> CompletableFuture.completedFuture(List.of()));
    }

    /** Parses in the background; then adds what {@code after} finds after {@code before}, unless another is shown. */
    private void parse(long current, String shownPem, String fileName, List<DetailField> before,
                       Supplier<CompletableFuture<List<DetailField>>> after) {
        pem = shownPem;
        baseName = fileName;
        hasPem.set(true);
        CompletableFuture.supplyAsync(() -> fieldProvider.apply(shownPem), context.background())
            .whenCompleteAsync((parsed, error) -> {
                if (current != generation) {
                    return;
                }
                if (error != null) {
                    Throwable cause = ErrorReport.unwrap(error);
                    problem.set(context.format("details.unreadable", cause.getMessage() == null
                        ? context.text("error.unexpected.explanation") : cause.getMessage()));
                } else {
                    List<DetailField> all = new ArrayList<>(before);
                    all.add(DetailField.heading(context.text("details.section.certificate")));
                    parsed.forEach(entry -> all.add(DetailField.of(label(entry.getKey()),
                        value(entry.getKey(), entry.getValue()))));
                    fields.setAll(all);
                    // The checks go right after the registration: they are what the operator opened this for.
                    after.get().whenCompleteAsync((more, failed) -> {
                        if (current == generation && more != null) {
                            fields.addAll(before.size(), more);
                        }
                    }, context.ui());
                }
                state.set(DetailsState.READY);
            }, context.ui());
    }

    private List<DetailField> registrationFields(CaCertificate shown) {
        List<DetailField> list = new ArrayList<>();
        list.add(DetailField.heading(context.text("details.section.registration")));
        list.add(DetailField.of(context.text("details.field.name"), shown.name()));
        list.add(DetailField.of(context.text("details.field.sn"), shown.sn()));
        list.add(DetailField.of(context.text("details.field.status"), BadgeTexts.status(shown.status(), context)));
        list.add(DetailField.of(context.text("details.field.validBegin"),
            Dates.dateTime(shown.validBegin(), context.clock().getZone())));
        list.add(DetailField.of(context.text("details.field.validEnd"),
            Dates.dateTime(shown.validEnd(), context.clock().getZone())));
        if (shown.registrationCode() != null) {
            list.add(DetailField.of(context.text("details.field.registrationCode"), shown.registrationCode()));
        }
        return list;
    }

    /** The provider gives validity as ISO-8601 instants; the pane shows every time in the window's one format. */
    private String value(String fieldId, String value) {
        boolean time = CertificateFields.NOT_BEFORE.equals(fieldId) || CertificateFields.NOT_AFTER.equals(fieldId);
        return time ? Dates.dateTime(value, context.clock().getZone()) : value;
    }

    private String label(String fieldId) {
        String key = "details.field." + fieldId;
        return context.bundle().containsKey(key) ? context.bundle().getString(key) : fieldId;
    }

    /** Copies the PEM of the certificate shown. */
    public void copyPem() {
        if (pem != null) {
            context.clipboard().copy(pem);
            context.status().message(context.text("details.copied.pem"));
        }
    }

    /** Copies one field's value. */
    public void copyField(DetailField field) {
        if (field != null && !field.heading()) {
            context.clipboard().copy(field.value());
            context.status().message(context.format("details.copied.field", field.label()));
        }
    }

    /** Copies every field as "label: value" lines. */
    public void copyAll() {
        if (!fields.isEmpty()) {
            context.clipboard().copy(fields.stream()
                .map(field -> field.heading() ? "\n[" + field.label() + "]" : field.label() + ": " + field.value())
                .collect(Collectors.joining("\n")).strip());
            context.status().message(context.text("details.copied.all"));
        }
    }

    /** Asks for a file and writes the PEM there in the background. */
    public void savePem() {
        if (pem == null) {
            return;
        }
        String shownPem = pem;
        String fileName = (baseName == null || baseName.isBlank() ? "certificate" : baseName)
            .replaceAll("[^A-Za-z0-9._-]", "_");
        context.dialogs().chooseSaveFile(context.text("details.save.title"), fileName + ".pem",
            context.text("details.save.filter"), "pem").ifPresent(path -> write(path, shownPem));
    }

    private void write(Path path, String pem) {
        context.status().beginWork();
        CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(path, pem.endsWith("\n") ? pem : pem + "\n", StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, context.background()).whenCompleteAsync((ignored, error) -> {
            context.status().endWork();
            if (error == null) {
                context.status().message(context.format("details.save.done", path.toString()));
            } else {
                Throwable cause = ErrorReport.unwrap(error);
                String message = cause.getCause() != null ? cause.getCause().toString() : cause.toString();
                context.dialogs().showError(ErrorReport.of(context.text("details.save.failed"),
                    new ServiceFailure(FailureKind.INTERNAL, "FileWriteFailed", message, null, 0,
                        context.format("details.save.failed.explanation", path.toString()),
                        context.text("details.save.failed.whatToDo"))));
            }
        }, context.ui());
    }

    public ObservableList<DetailField> fields() {
        return readOnlyFields;
    }

    public ReadOnlyObjectProperty<DetailsState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The registered certificate shown, or null (nothing shown, or a local certificate not registered). */
    public ReadOnlyObjectProperty<CaCertificate> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the PEM could not be shown (none sent, unreadable), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPemProperty() {
        return hasPem.getReadOnlyProperty();
    }
}
