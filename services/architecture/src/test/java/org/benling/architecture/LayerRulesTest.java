package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The main code keeps the shape of LayerRules. */
class LayerRulesTest {

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPaths(ClockRulesTest.MODULES.stream()
                .map(m -> Path.of("..", m, "target", "classes")).toList());
    }

    /** Every rule LayerRules declares, named as it is there (a new rule is checked without another test). */
    static Stream<Named<ArchRule>> rules() {
        return Arrays.stream(LayerRules.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class)
                .map(f -> Named.of(f.getName(), ruleIn(f)));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theMainCodeKeepsTheRule(ArchRule rule) {
        rule.check(main);
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
        assertViolatedBy(LayerRules.RESOURCES_ASK_THE_SERVICES, fixtures, "ShortcutResource");
        assertFalse(LayerRules.RESOURCES_ASK_THE_SERVICES.evaluate(fixtures).getFailureReport().toString()
                .contains("FixtureResource"), "a resource that calls its service keeps the shape");
        assertViolatedBy(LayerRules.NO_PACKAGE_CYCLES, fixtures, "fixture.domain", "fixture.service");
        assertViolatedBy(LayerRules.SERVICES_ARE_INDEPENDENT, fixtures, "OtherModule", "FixtureEntity");
    }

    private static ArchRule ruleIn(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
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
