package org.reintegration.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.page.AppShellConfigurator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The house rules of docs/adr and STYLE: one package per capability, views talk to services only,
 * jOOQ stays in repositories, packages do not depend on each other in circles. Every rule covers every
 * package: none names a capability, none ignores a dependency.
 */
@AnalyzeClasses(packages = "org.reintegration.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PORTAL = "org.reintegration.portal";

    /** Where jOOQ's code generator writes the schema (the build's {@code jooq.target.package}). */
    private static final String GENERATED_SCHEMA = PORTAL + ".base.jooq..";

    @ArchTest
    static final ArchRule jooq_is_used_only_in_repositories = noClasses()
            .that()
            .resideOutsideOfPackages("..repository..", GENERATED_SCHEMA)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", GENERATED_SCHEMA)
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
    static final ArchRule repositories_depend_on_no_service = noClasses()
            .that()
            .resideInAPackage("..repository..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Service.class)
            .because("a service calls its repository, never the other way round");

    @ArchTest
    static final ArchRule services_do_not_depend_on_vaadin = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .and(not(assignableTo(Component.class)
                    .or(assignableTo(ComponentEvent.class))
                    .or(assignableTo(AppShellConfigurator.class))))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..")
            .because("services and repositories work without a UI (tests, command line, JSON endpoints)");

    /**
     * Every package is a slice of its own, sub-packages included ({@code community} and
     * {@code community.profile} are two), except that a {@code repository} package belongs to the package
     * that holds it: a repository returns its capability's records, so the two always know each other, and
     * the rules on repositories above keep that pair in order.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().assignedFrom(packagesWithTheirRepositories()).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shared_base_depends_only_on_itself_and_libraries = classes()
            .that()
            .resideInAPackage(PORTAL + ".base..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(PORTAL + "..").or(resideInAPackage(PORTAL + ".base..")))
            .because("every capability builds on base, so base can know none of them");

    /**
     * A table has one owner: the one package whose repositories insert, update or delete its rows. Any
     * other capability asks the owner's service or repository, so the rules about a table's rows live in
     * one place. A write is told by a call of {@code DSLContext}'s writing methods and the generated table
     * it names on the same line (for a write of a record: any generated table its method names); a write
     * whose table cannot be told that way fails the rule too.
     */
    @ArchTest
    static final ArchRule each_table_is_written_by_one_package_only =
            classes().that().resideInAPackage("..repository..").should(writeOnlyTablesNoOtherPackageWrites());

    private static SliceAssignment packagesWithTheirRepositories() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.equals(PORTAL) && !name.startsWith(PORTAL + ".")) {
                    return SliceIdentifier.ignore();
                }
                if (name.startsWith(PORTAL + ".base.jooq")) {
                    // jOOQ's code generator lays out its tables, keys and records as it likes: one slice.
                    return SliceIdentifier.of(PORTAL + ".base.jooq");
                }
                return SliceIdentifier.of(name.replaceAll("\\.repository(\\..*)?$", ""));
            }

            @Override
            public String getDescription() {
                return "every package of the portal (a repository package with the package that holds it, the"
                        + " generated schema as one)";
            }
        };
    }

    private static final Set<String> WRITES = Set.of(
            "insertInto",
            "update",
            "delete",
            "deleteFrom",
            "mergeInto",
            "newRecord",
            "executeInsert",
            "executeUpdate",
            "executeDelete",
            "batchInsert",
            "batchUpdate",
            "batchDelete",
            "batchStore");

    private static ArchCondition<JavaClass> writeOnlyTablesNoOtherPackageWrites() {
        return new ArchCondition<>("write only tables that no other package writes") {
            private final Map<String, Map<String, Set<String>>> writers = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                writers.clear();
            }

            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (JavaCodeUnit unit : repository.getCodeUnits()) {
                    for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                        if (!WRITES.contains(call.getName())
                                || !call.getTargetOwner().isAssignableTo(org.jooq.DSLContext.class)) {
                            continue;
                        }
                        boolean ofRecord = call.getTarget().getRawParameterTypes().stream()
                                .anyMatch(type -> type.isAssignableTo(org.jooq.TableRecord.class)
                                        || type.isArray()
                                                && type.getComponentType().isAssignableTo(org.jooq.TableRecord.class)
                                        || type.isAssignableTo(Collection.class));
                        List<String> tables = tablesNamed(unit, ofRecord ? -1 : call.getLineNumber());
                        if (tables.isEmpty()) {
                            events.add(SimpleConditionEvent.violated(
                                    call, call.getDescription() + " writes a table not named on its line"));
                        }
                        for (String table : tables) {
                            writers.computeIfAbsent(table, t -> new TreeMap<>())
                                    .computeIfAbsent(repository.getPackageName(), p -> new TreeSet<>())
                                    .add(repository.getSimpleName() + ".java:" + call.getLineNumber());
                        }
                    }
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                writers.forEach((table, byPackage) -> {
                    if (byPackage.size() > 1) {
                        events.add(SimpleConditionEvent.violated(
                                table,
                                "table " + table + " is written by "
                                        + byPackage.entrySet().stream()
                                                .map(e -> e.getKey() + " " + e.getValue())
                                                .collect(Collectors.joining(" and "))));
                    }
                });
            }
        };
    }

    /** The generated tables a code unit names on a line (on any line: -1), by name. */
    private static List<String> tablesNamed(JavaCodeUnit unit, int line) {
        return unit.getFieldAccesses().stream()
                .filter(read -> line == -1 || read.getLineNumber() == line)
                .filter(read -> read.getTargetOwner().getPackageName().startsWith(PORTAL + ".base.jooq"))
                .map(JavaFieldAccess::getTarget)
                .flatMap(target -> target.resolveMember().stream())
                .filter(field -> field.getRawType().isAssignableTo(org.jooq.Table.class))
                .map(JavaField::getName)
                .distinct()
                .toList();
    }
}
