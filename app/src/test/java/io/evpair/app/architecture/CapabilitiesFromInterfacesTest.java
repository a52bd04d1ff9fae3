package io.evpair.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.devices.CommandCapabilities;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * evcc's rule: a device can do exactly what the capability interfaces of its adapter say. Vendor adapters never
 * declare capabilities as values, vendor linking reads them only from the interfaces, and a command method exists
 * only where its interface is implemented.
 */
class CapabilitiesFromInterfacesTest {
    private static final Map<String, Class<?>> COMMANDS = Map.of("startCharging", ChargingSwitch.class,
            "stopCharging", ChargingSwitch.class, "setMaxCurrent", CurrentLimiter.class,
            "setChargeRateLimit", PowerLimiter.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evpair");
    }

    @Test
    void vendorAdaptersNeverDeclareCapabilitiesAsValues() {
        // The simulator is the exception by design: its devices are told what they can do by whoever creates them.
        noClasses().that().resideInAPackage("io.evpair.adapters..").and().resideOutsideOfPackage("..simulator..")
                .should().dependOnClassesThat().areAssignableTo(CommandCapabilities.class)
                .check(classes);
    }

    @Test
    void vendorAndOcppLinkingReadCapabilitiesFromTheAdaptersInterfaces() {
        noClasses().that().resideInAnyPackage("io.evpair.engine.vendors..", "io.evpair.engine.linking..")
                .should().callConstructor(CommandCapabilities.class, boolean.class, boolean.class, boolean.class,
                        boolean.class)
                .check(classes);
    }

    @Test
    void aCommandMethodExistsOnlyWhereItsInterfaceIsImplemented() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("io.evpair.adapters..")
                .and().haveNameMatching("startCharging|stopCharging|setMaxCurrent|setChargeRateLimit")
                .and().arePublic()
                .should(new ArchCondition<JavaMethod>("be declared by a class implementing the command's capability interface") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Class<?> capability = COMMANDS.get(method.getName());
                        boolean implemented = method.getOwner().isAssignableTo(capability);
                        events.add(new SimpleConditionEvent(method, implemented, method.getFullName() + " is in a class that "
                                + (implemented ? "implements " : "does not implement ") + capability.getSimpleName()));
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }
}
