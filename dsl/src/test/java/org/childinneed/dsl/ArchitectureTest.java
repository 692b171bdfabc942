package org.childinneed.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ANTLR stays in the syntax package; the stages depend on one another in one direction only. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childinneed.dsl");

    /** Every package, the module's top package (its API) included: the stages form no cycle. */
    @Test
    void thePackagesFormNoCycle() {
        slices().matching("org.childinneed.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The internals report problems without knowing the API that shows them. */
    @Test
    void noStageDependsOnTheApiPackage() {
        noClasses().that().resideInAnyPackage("org.childinneed.dsl.internal.source..", "org.childinneed.dsl.internal.check..",
                        "org.childinneed.dsl.internal.syntax..", "org.childinneed.dsl.internal.ast..", "org.childinneed.dsl.internal.eval..")
                .should().dependOnClassesThat().resideInAPackage("org.childinneed.dsl")
                .check(CLASSES);
    }

    @Test
    void antlrTypesAreUsedOnlyInTheSyntaxPackage() {
        noClasses().that().resideOutsideOfPackage("org.childinneed.dsl.internal.syntax..")
                .should().dependOnClassesThat().resideInAPackage("org.antlr..")
                .check(CLASSES);
    }

    @Test
    void theSyntaxTreeDependsOnNoOtherStage() {
        noClasses().that().resideInAPackage("org.childinneed.dsl.internal.ast..")
                .should().dependOnClassesThat().resideInAnyPackage("org.childinneed.dsl.internal.syntax..",
                        "org.childinneed.dsl.internal.check..", "org.childinneed.dsl.internal.eval..", "org.antlr..")
                .check(CLASSES);
    }

    @Test
    void evaluationDoesNotParseOrCheck() {
        noClasses().that().resideInAPackage("org.childinneed.dsl.internal.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("org.childinneed.dsl.internal.syntax..",
                        "org.childinneed.dsl.internal.check..")
                .check(CLASSES);
    }

    @Test
    void theCheckerDoesNotEvaluate() {
        noClasses().that().resideInAPackage("org.childinneed.dsl.internal.check..")
                .should().dependOnClassesThat().resideInAnyPackage("org.childinneed.dsl.internal.syntax..",
                        "org.childinneed.dsl.internal.eval..")
                .check(CLASSES);
    }

    @Test
    void scriptsCannotReachFilesProcessesOrReflection() {
        noClasses().that().resideInAnyPackage("org.childinneed.dsl.internal.eval..", "org.childinneed.dsl.internal.check..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.lang.reflect..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .check(CLASSES);
    }
}
