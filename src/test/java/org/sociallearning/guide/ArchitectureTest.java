package org.sociallearning.guide;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps JBake in the bake package, picocli in the CLI, statics final, and each package to the guide
 * packages it is allowed to depend on.
 */
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

    /**
     * The guide's packages and the guide packages each may depend on: one way, from the command
     * line down to the model. Anything outside the guide (the JDK, libraries) is not listed here.
     */
    private static final Map<String, List<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("entry", List.of()),
                    Map.entry("markup", List.of()),
                    Map.entry("validate", List.of("entry")),
                    Map.entry("site", List.of("entry", "markup")),
                    Map.entry("bake", List.of("site", "entry")),
                    Map.entry("check", List.of("entry", "markup")),
                    Map.entry("source", List.of("entry", "validate", "site")),
                    Map.entry("output", List.of("source")),
                    Map.entry("bench", List.of("entry", "output")),
                    Map.entry(
                            "pipeline",
                            List.of(
                                    "source",
                                    "output",
                                    "validate",
                                    "site",
                                    "bake",
                                    "check",
                                    "entry")),
                    Map.entry("serve", List.of("pipeline", "source", "output", "entry")),
                    Map.entry("report", List.of("source", "validate", "site", "check", "entry")),
                    Map.entry(
                            "cli",
                            List.of(
                                    "entry",
                                    "markup",
                                    "validate",
                                    "site",
                                    "bake",
                                    "check",
                                    "source",
                                    "output",
                                    "bench",
                                    "pipeline",
                                    "serve",
                                    "report")));

    private static final String GUIDE = "org.sociallearning.guide";

    @Test
    void everyPackageHasItsAllowedDependenciesListed() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String name = c.getPackageName();
            if (name.startsWith(GUIDE + ".")) {
                packages.add(name.substring(GUIDE.length() + 1).split("\\.")[0]);
            }
        }
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void eachPackageDependsOnlyOnTheGuidePackagesItIsAllowed() {
        ALLOWED.forEach(
                (name, allowed) -> {
                    String[] may =
                            Stream.concat(Stream.of(name), allowed.stream())
                                    .map(p -> GUIDE + "." + p + "..")
                                    .toArray(String[]::new);
                    classes()
                            .that()
                            .resideInAPackage(GUIDE + "." + name + "..")
                            .should()
                            .onlyDependOnClassesThat(
                                    resideOutsideOfPackage(GUIDE + "..")
                                            .or(resideInAnyPackage(may)))
                            .as(name + " depends only on " + allowed)
                            .check(CLASSES);
                });
    }
}
