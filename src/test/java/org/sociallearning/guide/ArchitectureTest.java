package org.sociallearning.guide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps JBake in the bake package, picocli in the CLI, dependencies acyclic and statics final. */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.sociallearning.guide");

    @Test
    void onlyTheBakePackageUsesJBake() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..guide.bake..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jbake..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliPackageUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..guide.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliPrintsOrExits() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..guide.cli..")
                .should()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.sociallearning.guide.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNoOtherGuidePackage() {
        noClasses()
                .that()
                .resideInAPackage("..guide.entry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..guide.validate..",
                        "..guide.site..",
                        "..guide.bake..",
                        "..guide.pipeline..",
                        "..guide.cli..")
                .check(CLASSES);
    }
}
