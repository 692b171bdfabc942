package org.childinneed.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core stands alone: it knows nothing of ANTLR, JSON, files or the other modules. */
@AnalyzeClasses(packages = "org.childinneed.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule the_model_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage("org.childinneed.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.childinneed.model..")
            .because("the domain core is hexagonal: adapters depend on it, never the other way");

    /** The slices include the module's top package ({@code org.childinneed.model} itself). */
    @ArchTest
    static final ArchRule the_packages_form_no_cycle = slices().matching("org.childinneed.(**)").should()
            .beFreeOfCycles();
}
