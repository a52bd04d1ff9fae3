package io.evpair.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistence rule (docs/decisions.md, "JPA for configuration aggregates, plain JDBC for the rest"): JPA maps
 * only API clients and users; every other store, and everything a hot path touches, is JdbcClient.
 */
class JpaForConfigurationAggregatesTest {
    private static final String[] CONFIGURATION_AGGREGATES = {"io.evpair.persistence.clients..", "io.evpair.persistence.users.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evpair.persistence");
    }

    @Test
    void entitiesAreConfigurationAggregates() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAnyPackage(CONFIGURATION_AGGREGATES).check(classes);
    }

    @Test
    void everyOtherStoreIsPlainJdbc() {
        noClasses().that().resideInAPackage("io.evpair.persistence..").and().resideOutsideOfPackages(CONFIGURATION_AGGREGATES)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..",
                        "org.hibernate..")
                .check(classes);
    }
}
