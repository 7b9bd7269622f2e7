package celab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the compiled classes (so a fully qualified name written inline counts
 * like an import): {@code app → screen, lesson → view, plot → model → core} and
 * {@code cli → io → core}; core and io know no JavaFX; core knows nothing but java.*.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("celab");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("celab")
                .layer("App").definedBy("celab.app..")
                .layer("Screens").definedBy("celab.screen..")
                .layer("Lessons").definedBy("celab.lesson..")
                .layer("View").definedBy("celab.view..")
                .layer("Plot").definedBy("celab.plot..")
                .layer("Model").definedBy("celab.model..")
                .layer("Cli").definedBy("celab.cli..")
                .layer("Io").definedBy("celab.io..")
                .layer("Core").definedBy("celab.core..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("App", "Lessons")
                .whereLayer("Lessons").mayOnlyBeAccessedByLayers("App")
                .whereLayer("View").mayOnlyBeAccessedByLayers("App", "Screens", "Lessons")
                .whereLayer("Plot").mayOnlyBeAccessedByLayers("App", "Screens", "Lessons", "View")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Screens", "Lessons", "View", "Plot")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Main", "App", "Cli")
                .check(classes);
    }

    @Test
    void coreAndIoKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("celab.core..", "celab.io..", "celab.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void coreUsesJavaOnlyAndNoIo() {
        noClasses().that().resideInAPackage("celab.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("celab.core..", "java..")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(classes);
    }

    @Test
    void theModelHoldsStateButNoControls() {
        noClasses().that().resideInAPackage("celab.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
