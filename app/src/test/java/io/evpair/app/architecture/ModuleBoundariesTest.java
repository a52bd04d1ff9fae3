package io.evpair.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPEC §2: the domain stays plain Java, and each module depends only on what it may. */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evpair");
    }

    @Test
    void theEngineKnowsNothingOfSpringHttpOrSql() {
        noClasses().that().resideInAPackage("io.evpair.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "org.hibernate..", "tools.jackson..", "com.fasterxml..", "java.net.http..",
                        "io.evpair.api..", "io.evpair.persistence..", "io.evpair.adapters..", "io.evpair.app..")
                .check(classes);
    }

    @Test
    void theApiOnlyTranslatesToUseCases() {
        noClasses().that().resideInAPackage("io.evpair.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.evpair.persistence..", "io.evpair.adapters..", "io.evpair.app..",
                        "jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void persistenceImplementsPortsAndNothingElse() {
        noClasses().that().resideInAPackage("io.evpair.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.evpair.api..", "io.evpair.adapters..", "io.evpair.app..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void adaptersDependOnTheEngineOnly() {
        noClasses().that().resideInAPackage("io.evpair.adapters..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.evpair.api..", "io.evpair.persistence..", "io.evpair.app..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Issue #15: the SQL, the outbound HTTP and the Kafka log live behind engine ports in persistence and
     * device-adapters; the application only wires them, so it needs none of their clients.
     */
    @Test
    void theApplicationOnlyWires() {
        noClasses().that().resideInAPackage("io.evpair.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..", "java.net.http..", "org.apache.hc..",
                        "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void theEngineHasNoWallClockReads() {
        noClasses().that().resideInAPackage("io.evpair.engine..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    /**
     * A cycle between two engine packages means neither can be understood, tested or moved without the other;
     * shared vocabulary lives in {@code ids} and {@code observations}, use cases that span features in their own
     * package ({@code ingest}, {@code catalog}).
     */
    @Test
    void engineFeaturePackagesHaveNoCycles() {
        slices().matching("io.evpair.engine.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Ids of different things are different types, so a client id cannot be passed where a vehicle id is meant.
     * A raw UUID named like one of them, in any public signature of the engine (ports, services, records), is the
     * mix-up coming back. Device-generic ids (observations, states, maps keyed by device) stay UUIDs for now.
     */
    @Test
    void theEngineTakesTypedIdsNotRawUuids() {
        Set<String> names = Set.of("clientId", "userRef", "vehicleId", "chargerId", "actionId");
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.evpair.engine..").and().arePublic()
                .should(takeNoParameter("raw UUID named " + names, p -> names.contains(p.getName())
                        && p.getParameterizedType().getTypeName().contains(java.util.UUID.class.getName())))
                .check(classes);
    }

    /**
     * A vendor is a {@code Vendor}, validated once where its name enters (a request, a stored row, a vendor package);
     * a raw String named {@code vendor} in a public engine signature would let an unchecked name back in. A link
     * request's requested vendor is a user's input and stays an {@code Optional<String>} until the engine checks it.
     */
    @Test
    void theEngineTakesVendorsNotRawStrings() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.evpair.engine..").and().arePublic()
                .should(takeNoParameter("String named vendor", p -> p.getName().equals("vendor") && p.getType() == String.class))
                .check(classes);
    }

    private static ArchCondition<JavaCodeUnit> takeNoParameter(String description, Predicate<Parameter> refused) {
        return new ArchCondition<>("take no " + description) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (!(unit.reflect() instanceof Executable executable)) {
                    return;
                }
                for (Parameter p : executable.getParameters()) {
                    if (!p.isNamePresent()) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                + " was compiled without -parameters, so this rule cannot read its parameter names"));
                    } else if (refused.test(p)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes "
                                + p.getParameterizedType().getTypeName() + " " + p.getName()));
                    }
                }
            }
        };
    }
}
