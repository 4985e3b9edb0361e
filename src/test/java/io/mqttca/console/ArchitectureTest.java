package io.mqttca.console;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions/0005: one layer per top-level package, UI features that share only ui.common, no
 * cycles, BouncyCastle only in the certificate engine and the emulator, and the UI reading the engine's records but
 * reaching its work only through the service layer. No rule allows an empty match: a rule whose packages were
 * renamed away fails instead of passing vacuously.
 */
class ArchitectureTest {

    private static final String ROOT = "io.mqttca.console";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    }

    @Test
    void eachTopLevelPackageIsALayerThatOnlyTheLayersAboveUse() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy(ROOT + ".app..")
            .layer("Ui").definedBy(ROOT + ".ui..")
            .layer("Service").definedBy(ROOT + ".service..")
            .layer("Emulator").definedBy(ROOT + ".emulator..")
            .layer("Cloud").definedBy(ROOT + ".cloud..")
            .layer("Cert").definedBy(ROOT + ".cert..")
            .layer("Text").definedBy(ROOT + ".text..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Emulator").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cloud").mayOnlyBeAccessedByLayers("Service", "Emulator", "App")
            .whereLayer("Cert").mayOnlyBeAccessedByLayers("Service", "Ui", "Emulator", "App")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("App", "Ui", "Service", "Emulator", "Cloud", "Cert")
            .check(classes);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiFeaturesShareOnlyUiCommon() {
        slices().matching(ROOT + ".ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(ROOT + ".ui.common.."))
            .check(classes);
    }

    @Test
    void uiCommonKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".ui.common..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".ui..")
                .and(not(resideInAPackage(ROOT + ".ui.common.."))))
            .check(classes);
    }

    @Test
    void theRulesAboveSeeEveryUiFeature() {
        Set<String> features = classes.stream().map(JavaClass::getPackageName)
            .filter(name -> name.startsWith(ROOT + ".ui."))
            .map(name -> name.substring((ROOT + ".ui.").length()).split("\\.")[0])
            .collect(Collectors.toSet());
        assertTrue(features.containsAll(Set.of("common", "shell", "certificates", "details", "profiles")),
            "the UI slices were found: " + features);
    }

    @Test
    void textDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(ROOT + ".text..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".ui..", ROOT + ".service..",
                ROOT + ".emulator..", ROOT + ".cloud..", ROOT + ".cert..", "javafx..")
            .check(classes);
    }

    @Test
    void coreLayersDoNotSeeJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".cert..", ROOT + ".cloud..", ROOT + ".emulator..",
                ROOT + ".service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .check(classes);
    }

    @Test
    void bouncyCastleStaysInTheCertificateEngineAndTheEmulator() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".cert..", ROOT + ".emulator..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .check(classes);
    }

    @Test
    void uiReadsTheEngineRecordsButReachesItsWorkOnlyThroughTheService() {
        DescribedPredicate<JavaClass> engineWork = new DescribedPredicate<>("a cert class that is not a record "
            + "or an enum") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith(ROOT + ".cert") && !type.isRecord() && !type.isEnum();
            }
        };
        noClasses().that().resideInAPackage(ROOT + ".ui..")
            .should().dependOnClassesThat(engineWork)
            .check(classes);
    }

    @Test
    void uiDoesNotReachTheNetwork() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .check(classes);
    }
}
