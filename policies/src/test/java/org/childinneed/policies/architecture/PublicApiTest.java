package org.childinneed.policies.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.model.BadInputException;
import org.childinneed.model.timeline.InvalidCaseException;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import org.childinneed.policies.calendar.BankHolidaysFormatException;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.scenario.ScenarioFileException;
import org.junit.jupiter.api.Test;

/**
 * What a product that embeds the library sees: public signatures outside the command line and the
 * internal packages name no Jackson or picocli type, and bad input comes as one unchecked family.
 */
class PublicApiTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childinneed");

    @Test
    void no_public_signature_of_the_api_names_a_jackson_or_picocli_type() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (!isApi(type)) {
                continue;
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!unit.getModifiers().contains(JavaModifier.PUBLIC)
                        && !unit.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                        .filter(PublicApiTest::isForeign)
                        .forEach(t -> leaks.add(unit.getFullName() + " names " + t.getName()));
            }
            type.getFields().stream()
                    .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC) && isForeign(f.getRawType()))
                    .forEach(f -> leaks.add(f.getFullName()));
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void bad_input_is_one_unchecked_family() {
        for (Class<?> type : List.of(CaseFileException.class, ScenarioFileException.class,
                PolicyCompilationException.class, PolicyNotFoundException.class, BankHolidaysFormatException.class,
                InvalidCaseException.class)) {
            assertTrue(BadInputException.class.isAssignableFrom(type), type.getName());
        }
        assertTrue(RuntimeException.class.isAssignableFrom(BadInputException.class));
    }

    private static boolean isApi(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && !type.getPackageName().contains(".internal")
                && !type.getPackageName().startsWith("org.childinneed.policies.cli")
                && !type.getPackageName().startsWith("org.childinneed.dsl.internal.syntax.grammar")
                && !type.getPackageName().startsWith("org.childinneed.benchmarks");
    }

    private static boolean isForeign(JavaClass type) {
        String name = type.getBaseComponentType().getName();
        return name.startsWith("com.fasterxml.") || name.startsWith("picocli.");
    }
}
