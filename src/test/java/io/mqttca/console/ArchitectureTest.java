package io.mqttca.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of the style guide: the core never sees JavaFX or the UI; only app sees everything. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mqttca.console");
    }

    @Test
    void corePackagesDoNotDependOnJavaFxOrUi() {
        ArchRule rule = noClasses()
            .that().resideInAnyPackage(
                "io.mqttca.console.cert..", "io.mqttca.console.cloud..",
                "io.mqttca.console.emulator..", "io.mqttca.console.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.mqttca.console.ui..",
                "io.mqttca.console.app..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void certEngineDoesNotDependOnNetworkLayers() {
        ArchRule rule = noClasses()
            .that().resideInAPackage("io.mqttca.console.cert..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.mqttca.console.cloud..", "io.mqttca.console.emulator..", "io.mqttca.console.service..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void cloudClientDoesNotDependOnEmulatorOrService() {
        ArchRule rule = noClasses()
            .that().resideInAPackage("io.mqttca.console.cloud..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.mqttca.console.emulator..", "io.mqttca.console.service..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void uiFeaturesOnlyShareUiCommon() {
        String[] features = {"shell", "certificates", "details", "importing", "register", "profiles", "devices",
            "activity"};
        for (String feature : features) {
            String own = "io.mqttca.console.ui." + feature + "..";
            for (String other : features) {
                if (!other.equals(feature)) {
                    noClasses().that().resideInAPackage(own)
                        .should().dependOnClassesThat().resideInAPackage("io.mqttca.console.ui." + other + "..")
                        .allowEmptyShould(true)
                        .check(classes);
                }
            }
        }
    }

    @Test
    void uiDoesNotReachTheNetworkLayersDirectly() {
        noClasses().that().resideInAPackage("io.mqttca.console.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.mqttca.console.emulator..", "io.mqttca.console.cloud..", "java.net.http..")
            .allowEmptyShould(true)
            .check(classes);
    }
}
