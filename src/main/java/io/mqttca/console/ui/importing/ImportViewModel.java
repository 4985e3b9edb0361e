package io.mqttca.console.ui.importing;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InspectionResult;
import io.mqttca.console.service.Listing;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateMatcher;
import io.mqttca.console.service.ChangeAction;
import io.mqttca.console.service.ItemResult;
import io.mqttca.console.service.LocalCertificates;
import io.mqttca.console.ui.common.ErrorReport;
import io.mqttca.console.ui.common.InstanceTarget;
import io.mqttca.console.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import view's state: certificates read from chosen, dropped or pasted files (read and parsed in the
 * background), each matched against the selected instance's registered CA certificates, plus the inputs that
 * failed with the inspector's message. Private keys are refused by the inspector and never kept; a warning says
 * so. Offers Activate for a registered inactive CA and Register for a CA that is not registered yet.
 */
public final class ImportViewModel {

    private static final List<String> PATTERNS = List.of("*.pem", "*.crt", "*.cer", "*.der");

    private final UiContext context;
    private final LocalCertificates local;
    private final List<InspectionResult> results = new ArrayList<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InstanceTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper matchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper privateKeyWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selectedProblem = new ReadOnlyStringWrapper("");
    private List<CaCertificate> registered;
    /** Pastes of this window session, numbered from 1 so that each has its own name. */
    private int pastes;
    private long rebuildGeneration;
    private int generation;
    private Consumer<CertificateDetails> onRegister = certificate -> { };
    private Runnable onChanged = () -> { };
    private Consumer<ImportRow> onOpenDetails = row -> { };

    public ImportViewModel(UiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.local = new LocalCertificates(context.background());
        showMatchStatus();
    }

    /** What Register… does with a certificate (the composition root opens the wizard). */
    public void setOnRegister(Consumer<CertificateDetails> action) {
        this.onRegister = Objects.requireNonNull(action, "action");
    }

    /** What runs after the import view changed the instance (the composition root refreshes the CA table). */
    public void setOnChanged(Runnable action) {
        this.onChanged = Objects.requireNonNull(action, "action");
    }

    /** What opening a certificate row's details does (the composition root shows the details view). */
    public void setOnOpenDetails(Consumer<ImportRow> action) {
        this.onOpenDetails = Objects.requireNonNull(action, "action");
    }

    /** File &gt; Import: asks for files and imports them. */
    public void chooseFiles() {
        List<Path> files = context.dialogs().chooseOpenFiles(context.text("import.choose.title"),
            context.text("import.choose.filter"), PATTERNS, true);
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    /** Imports files and folders (folders are searched for certificate files), as a drop or the chooser does. */
    public void importPaths(List<Path> paths) {
        read(local.inspectAll(paths));
    }

    /** Imports pasted text (PEM), named "clipboard #1", "clipboard #2", ... in the order pasted. */
    public void importText(String text) {
        String name = context.format("import.source.clipboard", ++pastes);
        read(local.inspectText(text, name).thenApply(result -> List.of(result)));
    }

    /** The row's input with its block number when the input held several ("bundle.pem, block 2"). */
    public String sourceText(ImportRow row) {
        Integer block = row.block();
        return block == null ? row.source() : context.format("import.source.block", row.source(), block);
    }

    /** The row in focus (null: none); a failed input's whole problem shows below the table. */
    public void select(ImportRow row) {
        selected.set(row);
        selectedProblem.set(row == null || !row.isError() ? ""
            : context.format("import.problem", sourceText(row), context.message(row.error())));
    }

    /** Opens a certificate row's full details and fingerprints; a failed input has its problem shown instead. */
    public void openDetails(ImportRow row) {
        if (row != null && row.certificate() != null) {
            onOpenDetails.accept(row);
        }
    }

    /** The title of a certificate row's details: its subject CN, else its input. */
    public String detailsTitle(ImportRow row) {
        String commonName = row.certificate() == null ? null : row.certificate().subjectCommonName();
        return commonName == null || commonName.isBlank() ? sourceText(row) : commonName;
    }

    /** Matches against another instance (or none). */
    public void showInstance(InstanceTarget newTarget) {
        target.set(newTarget);
        registered = null;
        refreshMatches();
    }

    /**
     * Loads the instance's CA list again and re-matches every certificate. With nothing imported there is nothing
     * to match, and the list (every page of it, on a large instance) is left until something is.
     */
    public void refreshMatches() {
        InstanceTarget current = target.get();
        int ticket = ++generation;
        if (results.isEmpty()) {
            registered = null;
        }
        rebuild();
        if (current == null || results.isEmpty()) {
            showMatchStatus();
            return;
        }
        busy.set(true);
        matchStatus.set(context.format("import.match.loading", current.instanceId()));
        CompletableFuture<List<CaCertificate>> listed = current.service().listCaCertificates(current.instanceId())
            .thenApply(Listing::items);
        listed.whenCompleteAsync((list, error) -> {
            if (ticket != generation) {
                return;
            }
            busy.set(false);
            if (error != null) {
                matchStatus.set(context.format("import.match.failed",
                    context.explanation(ErrorReport.failureOf(error, context))));
                return;
            }
            registered = list;
            rebuild();
            showMatchStatus();
        }, context.ui());
    }

    /** Activates the registered inactive CA of the row, then re-matches. */
    public void activate(ImportRow row) {
        InstanceTarget current = target.get();
        if (current == null || row.registeredSn() == null) {
            return;
        }
        busy.set(true);
        current.service().changeCaCertificates(current.instanceId(), ChangeAction.ACTIVATE_CA,
            List.of(row.registeredSn()), (result, done, total) -> { }).results()
            .whenCompleteAsync((itemResults, error) -> {
                busy.set(false);
                if (error != null) {
                    context.dialogs().showError(ErrorReport.of(context.text("import.activate.failed"), error,
                        context));
                    return;
                }
                ItemResult result = itemResults.get(0);
                if (!result.succeeded()) {
                    context.dialogs().showError(ErrorReport.of(context.text("import.activate.failed"),
                        result.failure()));
                    return;
                }
                context.status().requestId(result.requestId());
                onChanged.run();
                refreshMatches();
            }, context.ui());
    }

    /** Opens the register wizard for the row's certificate. */
    public void register(ImportRow row) {
        if (row.certificate() != null) {
            onRegister.accept(row.certificate());
        }
    }

    /** Forgets every imported certificate. */
    public void clear() {
        results.clear();
        rebuild();
    }

    private void read(CompletableFuture<List<InspectionResult>> work) {
        busy.set(true);
        work.whenCompleteAsync((read, error) -> {
            busy.set(false);
            if (error != null) {
                context.dialogs().showError(ErrorReport.of(context.text("import.failed"), error, context));
                return;
            }
            results.addAll(read);
            if (registered == null && target.get() != null) {
                refreshMatches();
            } else {
                rebuild();
            }
        }, context.ui());
    }

    /** Matches the imported certificates in the background (it parses every registered PEM), then shows them. */
    private void rebuild() {
        long generation = ++rebuildGeneration;
        if (results.isEmpty()) {
            rows.clear();
            privateKeyWarning.set("");
            return;
        }
        List<InspectionResult> inputs = List.copyOf(results);
        List<CaCertificate> known = registered;
        Instant now = context.clock().instant();
        CompletableFuture.supplyAsync(() -> matchRows(inputs, known, now), context.background())
            .thenAcceptAsync(next -> {
                if (generation == rebuildGeneration) {
                    rows.setAll(next);
                    long keys = next.stream().filter(ImportRow::isPrivateKey).count();
                    privateKeyWarning.set(keys == 0 ? "" : context.format("import.privateKeys", keys));
                }
            }, context.ui());
    }

    private static List<ImportRow> matchRows(List<InspectionResult> inputs, List<CaCertificate> known, Instant now) {
        CertificateMatcher matcher = known == null ? null : new CertificateMatcher(known, now);
        List<ImportRow> next = new ArrayList<>();
        for (InspectionResult result : inputs) {
            boolean several = result.certificates().size() + result.errors().size() > 1;
            for (CertificateDetails certificate : result.certificates()) {
                next.add(ImportRow.of(certificate, matcher == null ? null : matcher.match(certificate), several));
            }
            for (InputError error : result.errors()) {
                next.add(ImportRow.failed(error, several));
            }
        }
        return next;
    }

    private void showMatchStatus() {
        InstanceTarget current = target.get();
        if (current == null) {
            matchStatus.set(context.text("import.match.noInstance"));
        } else if (registered == null) {
            matchStatus.set(context.format("import.match.pending", current.instanceId()));
        } else {
            matchStatus.set(context.format("import.match.against", current.instanceId(), registered.size()));
        }
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ImportRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected failed input's problem, whole, or empty. */
    public ReadOnlyStringProperty selectedProblemProperty() {
        return selectedProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InstanceTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchStatusProperty() {
        return matchStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty privateKeyWarningProperty() {
        return privateKeyWarning.getReadOnlyProperty();
    }
}
