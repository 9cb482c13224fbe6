package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main code keeps the shape of LayerRules. */
class LayerRulesTest {

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPaths(ClockRulesTest.MODULES.stream()
                .map(m -> Path.of("..", m, "target", "classes")).toList());
    }

    @Test
    void contractsAndPlatformNameNoService() {
        LayerRules.SHARED_MODULES_NAME_NO_SERVICE.check(main);
    }

    @Test
    void contractsStandAlone() {
        LayerRules.CONTRACTS_STAND_ALONE.check(main);
    }

    @Test
    void noServiceUsesAnothersClasses() {
        LayerRules.SERVICES_ARE_INDEPENDENT.check(main);
    }

    @Test
    void theDomainKnowsNoLayerAboveIt() {
        LayerRules.DOMAIN_KNOWS_NO_LAYER_ABOVE.check(main);
    }

    @Test
    void theDomainHasNoWebOrMessaging() {
        LayerRules.DOMAIN_HAS_NO_WEB_OR_MESSAGING.check(main);
    }

    @Test
    void servicesCallNoResource() {
        LayerRules.SERVICES_KNOW_NO_RESOURCE.check(main);
    }

    @Test
    void apiRecordsArePlain() {
        LayerRules.API_RECORDS_ARE_PLAIN.check(main);
    }

    @Test
    void noPackageCycles() {
        LayerRules.NO_PACKAGE_CYCLES.check(main);
    }

    @Test
    void theRulesRefuseWhatBreaksTheShapeAndAcceptWhatKeepsIt() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.benling.fixture", "org.benling.otherfixture");
        assertViolatedBy(LayerRules.DOMAIN_KNOWS_NO_LAYER_ABOVE, fixtures, "FixtureEntity", "FixtureService");
        assertViolatedBy(LayerRules.SERVICES_KNOW_NO_RESOURCE, fixtures, "FixtureService", "FixtureResource");
        assertFalse(LayerRules.SERVICES_KNOW_NO_RESOURCE.evaluate(fixtures).getFailureReport().toString()
                .contains("FixtureView"), "a service may answer the API's records");
        assertViolatedBy(LayerRules.API_RECORDS_ARE_PLAIN, fixtures, "LeakyView", "FixtureService");
        assertFalse(LayerRules.API_RECORDS_ARE_PLAIN.evaluate(fixtures).getFailureReport().toString()
                .contains("FixtureView"), "an API record of plain values keeps the shape");
        assertViolatedBy(LayerRules.NO_PACKAGE_CYCLES, fixtures, "fixture.domain", "fixture.service");
        assertViolatedBy(LayerRules.SERVICES_ARE_INDEPENDENT, fixtures, "OtherModule", "FixtureEntity");
    }

    private static void assertViolatedBy(ArchRule rule, JavaClasses classes, String... named) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), rule.getDescription());
        String report = result.getFailureReport().toString();
        for (String name : named) {
            assertTrue(report.contains(name), name + " not in " + report);
        }
    }
}
