package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main code of every module reads the time from the business clock only (ClockRules). */
class ClockRulesTest {

    /** Every module with main code; the reactor builds them before this one. */
    static final List<String> MODULES = List.of("contracts", "platform", "personnel", "training", "assessment",
            "rotation", "inspection", "notification", "selection", "gateway");

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        List<Path> folders = MODULES.stream().map(m -> Path.of("..", m, "target", "classes")).toList();
        folders.forEach(f -> assertTrue(Files.isDirectory(f), f + " is missing: build the modules first"));
        main = new ClassFileImporter().importPaths(folders);
        assertTrue(main.contain(ClockRules.BUSINESS_CLOCK), "the platform's classes were imported");
    }

    @Test
    void mainCodeNeverAsksForNowWithoutTheBusinessClock() {
        ClockRules.NO_CLOCKLESS_NOW.check(main);
    }

    @Test
    void onlyTheBusinessClockReadsTheSystemClock() {
        ClockRules.ONLY_THE_BUSINESS_CLOCK_READS_THE_SYSTEM_CLOCK.check(main);
    }

    @Test
    void theRulesRefuseEachClocklessCallAndAcceptTheClock() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(Clockless.class, WithTheClock.class);
        EvaluationResult clockless = ClockRules.NO_CLOCKLESS_NOW.evaluate(fixtures);
        assertEquals(3, clockless.getFailureReport().getDetails().size(), clockless.getFailureReport().toString());
        clockless.getFailureReport().getDetails().forEach(line -> assertTrue(line.contains(Clockless.class.getName()), line));
        EvaluationResult wallClock = ClockRules.ONLY_THE_BUSINESS_CLOCK_READS_THE_SYSTEM_CLOCK.evaluate(fixtures);
        assertEquals(2, wallClock.getFailureReport().getDetails().size(), wallClock.getFailureReport().toString());
        assertFalse(ClockRules.NO_CLOCKLESS_NOW.evaluate(new ClassFileImporter().importClasses(WithTheClock.class))
                .hasViolation());
    }

    /** What the rules refuse: three clock-less "now"s, the wall clock and a system clock. */
    @SuppressWarnings("unused")
    static class Clockless {
        Object today() {
            return List.of(LocalDate.now(), LocalDateTime.now(ZoneId.of("Asia/Shanghai")), Instant.now(),
                    System.currentTimeMillis(), Clock.systemUTC());
        }
    }

    /** What they accept: the injected clock, and nanoTime for elapsed time. */
    @SuppressWarnings("unused")
    static class WithTheClock {
        Clock clock;

        Object today() {
            return List.of(LocalDate.now(clock), Instant.now(clock), System.nanoTime());
        }
    }
}
