package org.childinneed.policies.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's public API is the list of packages its README names; everything else is internal to
 * the module. Other modules reach a module only through its API, and the packages of all modules
 * together form no cycle.
 */
class ModuleApiTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childinneed");

    /**
     * The internal packages of each module, by module package: used only inside that module. The
     * language's API is its top package ({@code org.childinneed.dsl}); the model's packages are all
     * API; the policies' command line ({@code cli}) and {@code internal} packages are not API.
     */
    private static final Map<String, List<String>> INTERNAL = Map.of(
            "org.childinneed.dsl", List.of("org.childinneed.dsl.internal.."),
            "org.childinneed.policies", List.of("org.childinneed.policies.internal..", "org.childinneed.policies.cli.."));

    /** The language's types are its API (the top package) or internal to it: no third kind of package. */
    @Test
    void theLanguageHasItsApiAndItsInternalsOnly() {
        classes().that().resideInAPackage("org.childinneed.dsl..")
                .should().resideInAPackage("org.childinneed.dsl").orShould().resideInAPackage("org.childinneed.dsl.internal..")
                .check(CLASSES);
    }

    /** Every package of every module, the modules' top packages included. */
    @Test
    void thePackagesOfAllModulesFormNoCycle() {
        slices().matching("org.childinneed.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noInternalPackageIsUsedFromAnotherModule() {
        INTERNAL.forEach((module, internals) -> noClasses().that().resideOutsideOfPackage(module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(internals.toArray(String[]::new))
                .because("another module reaches " + module + " only through its API (its README lists it)")
                .check(CLASSES));
    }

    /** The API's public and protected signatures name API types only, so an embedding product never needs an internal one. */
    @Test
    void theApiOfTheLanguageNamesNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (!type.getPackageName().equals("org.childinneed.dsl") || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!unit.getModifiers().contains(JavaModifier.PUBLIC) && !unit.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                        .map(t -> t.getBaseComponentType().getPackageName())
                        .filter(p -> p.startsWith("org.childinneed.dsl."))
                        .forEach(p -> leaks.add(unit.getFullName() + " names a type of " + p));
            }
        }
        assertEquals(List.of(), leaks);
    }
}
