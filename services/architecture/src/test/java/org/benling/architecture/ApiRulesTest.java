package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every POST of every service may be retried with an Idempotency-Key, or is listed with the reason (ApiRules). */
class ApiRulesTest {

    @BeforeAll
    static void importMainClasses() {
        if (ClockRulesTest.main == null) {
            ClockRulesTest.importMainClasses();
        }
    }

    @Test
    void everyPostTakesAnIdempotencyKeyOrSaysWhyNot() {
        ApiRules.POSTS_ARE_IDEMPOTENT.check(ClockRulesTest.main);
    }

    @Test
    void theRuleRefusesAPostWithoutIt() {
        EvaluationResult result = ApiRules.postsAreIdempotent(Post.class.getName(), Retryable.class.getName())
                .evaluate(new ClassFileImporter().importClasses(Resource.class));
        assertEquals(1, result.getFailureReport().getDetails().size(), result.getFailureReport().toString());
        assertTrue(result.getFailureReport().getDetails().get(0).contains("forgotten"), result.getFailureReport().toString());
    }

    @Test
    void everyUpdateOrCommandOnOneResourceHonoursIfMatchOrSaysWhyNot() {
        ApiRules.UPDATES_ARE_CONDITIONAL.check(ClockRulesTest.main);
    }

    @Test
    void theIfMatchRuleRefusesAnUpdateOrACommandWithoutIt() {
        EvaluationResult result = ApiRules.updatesAreConditional(java.util.Set.of(Put.class.getName()),
                Post.class.getName(), PathOf.class.getName(), Conditional.class.getName())
                .evaluate(new ClassFileImporter().importClasses(Commands.class));
        var details = result.getFailureReport().getDetails();
        assertEquals(2, details.size(), result.getFailureReport().toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("forgottenUpdate")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("forgottenCommand")), details.toString());
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Post {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Put {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface PathOf {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Conditional {
    }

    @SuppressWarnings("unused")
    static class Commands {
        @Put
        @Conditional
        void keptUpdate() {
        }

        @Put
        void forgottenUpdate() {
        }

        @Post
        @PathOf("/{id}/approve")
        @Conditional
        void keptCommand() {
        }

        @Post
        @PathOf("/{id}/approve")
        void forgottenCommand() {
        }

        @Post
        @PathOf("/postings")
        void create() {
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Retryable {
    }

    @SuppressWarnings("unused")
    static class Resource {
        @Post
        @Retryable
        void kept() {
        }

        @Post
        void forgotten() {
        }

        void notAPost() {
        }
    }
}
