package org.childinneed.policies.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the whole project: the core knows no adapter, the language knows no bundled policy. */
@AnalyzeClasses(packages = "org.childinneed", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_model_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage("org.childinneed.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.childinneed.model..")
            .because("the domain core is hexagonal: adapters depend on it, never the other way");

    @ArchTest
    static final ArchRule the_model_does_not_depend_on_the_language_or_the_policies = noClasses()
            .that().resideInAPackage("org.childinneed.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.childinneed.dsl..", "org.childinneed.policies..");

    @ArchTest
    static final ArchRule the_language_does_not_depend_on_the_policies = noClasses()
            .that().resideInAPackage("org.childinneed.dsl..")
            .should().dependOnClassesThat().resideInAPackage("org.childinneed.policies..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule antlr_is_used_only_inside_the_syntax_package_of_the_language = noClasses()
            .that().resideOutsideOfPackage("org.childinneed.dsl.internal.syntax..")
            .should().dependOnClassesThat().resideInAPackage("org.antlr..")
            .because("parse trees are turned into the language's own syntax tree at the edge");

    @ArchTest
    static final ArchRule json_and_the_command_line_stay_in_the_policies_module = noClasses()
            .that().resideInAnyPackage("org.childinneed.model..", "org.childinneed.dsl..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..");
}
