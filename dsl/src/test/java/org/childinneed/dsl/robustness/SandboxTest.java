package org.childinneed.dsl.robustness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A policy script cannot read files, reach the network, start processes or threads, load or
 * reflect on Java classes, or print: no class of the language, the generated parser included,
 * uses those parts of the JDK, so no script, however written, can make it do so. (The grammar has
 * no loop, call or import; the other guarantees are in {@link HostileScriptTest}.)
 */
class SandboxTest {

    private static final JavaClasses LANGUAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childinneed.dsl");

    @Test
    void noClassOfTheLanguageReachesFilesNetworkProcessesOrReflection() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.lang.reflect..", "java.util.logging..", "java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Runtime.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ClassLoader.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .because("a script is untrusted input to an embedding product")
                .check(LANGUAGE);
    }

    @Test
    void noClassOfTheLanguageLoadsClassesByNamePrintsOrExits() {
        noClasses().should().callMethod(Class.class, "forName", String.class)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a method of System that reads the environment"
                                + " or exits", t -> t.getOwner().isEquivalentTo(System.class)
                                && java.util.Set.of("exit", "getenv", "getProperty", "setProperty", "load", "loadLibrary")
                                        .contains(t.getName()))))
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(LANGUAGE);
    }
}
