package org.reintegration.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/adr and STYLE: one package per capability, views talk to services only,
 * jOOQ stays in repositories, capabilities do not depend on each other in circles.
 */
@AnalyzeClasses(packages = "org.reintegration.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule jooq_is_used_only_in_repositories = noClasses()
            .that()
            .resideOutsideOfPackages("..repository..", "org.reintegration.portal.base.jooq..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "org.reintegration.portal.base.jooq..")
            .because("only repositories talk SQL");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..repository..")
            .because("a view talks to services only");

    @ArchTest
    static final ArchRule repositories_do_not_use_views = noClasses()
            .that()
            .resideInAPackage("..repository..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule services_do_not_depend_on_vaadin = noClasses()
            .that()
            .resideOutsideOfPackages("..ui..", "..map.leaflet..", "org.reintegration.portal")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..")
            .because("services and repositories work without a UI (tests, command line, JSON endpoints)");

    @ArchTest
    static final ArchRule capabilities_are_free_of_cycles = slices().matching("org.reintegration.portal.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.describe(
                            "the app shell", (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName()
                                    .startsWith("org.reintegration.portal.base.ui")),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_capability = noClasses()
            .that()
            .resideInAPackage("org.reintegration.portal.base..")
            .and()
            .resideOutsideOfPackage("org.reintegration.portal.base.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.reintegration.portal.security..", "org.reintegration.portal.geo..",
                    "org.reintegration.portal.map..", "org.reintegration.portal.selection..",
                    "org.reintegration.portal.interop..", "org.reintegration.portal.admin..",
                    "org.reintegration.portal.home..", "org.reintegration.portal.demo..");
}
