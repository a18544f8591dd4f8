package org.teixit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of the style guide, as rules that fail the build when code breaks them. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // also in a build folder other than target/ (-Dbuild.dir=…), whose test classes ArchUnit's own
            // option does not recognise
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.teixit");

    @Test
    void javafxOnlyInAppAndUi() {
        noClasses().that().resideOutsideOfPackages("org.teixit.app..", "org.teixit.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void sqlOnlyInStore() {
        noClasses().that().resideOutsideOfPackage("org.teixit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void gephiOnlyInLayout() {
        noClasses().that().resideOutsideOfPackage("org.teixit.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gephi..", "org.openide..", "org.netbeans..")
                .check(CLASSES);
    }

    @Test
    void jgraphtOnlyInAnalysisAndIo() {
        noClasses().that().resideOutsideOfPackages("org.teixit.analysis..", "org.teixit.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jgrapht..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNoOtherTeixitPackage() {
        noClasses().that().resideInAPackage("org.teixit.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.teixit.store..", "org.teixit.io..",
                        "org.teixit.layout..", "org.teixit.analysis..", "org.teixit.service..", "org.teixit.cli..",
                        "org.teixit.app..", "org.teixit.ui..", "org.teixit.task..")
                .check(CLASSES);
    }

    @Test
    void edgesNeverReachIntoTheUi() {
        noClasses().that().resideInAnyPackage("org.teixit.cli..", "org.teixit.collect..", "org.teixit.service..",
                        "org.teixit.io..", "org.teixit.store..", "org.teixit.layout..", "org.teixit.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.teixit.app..", "org.teixit.ui..")
                .check(CLASSES);
    }
}
