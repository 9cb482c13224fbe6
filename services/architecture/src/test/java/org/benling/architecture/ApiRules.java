package org.benling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;

/**
 * The REST API as a client's system uses it: every POST that creates or commands may be retried with the same
 * {@code Idempotency-Key} (platform {@code @Idempotent}), except those listed here with the reason.
 */
final class ApiRules {

    static final String POST = "jakarta.ws.rs.POST";
    static final String IDEMPOTENT = "org.benling.platform.idempotency.Idempotent";

    /** POSTs that do not take the platform's Idempotency-Key handling, and why. */
    static final Map<String, String> NOT_IDEMPOTENT = Map.of(
            "org.benling.personnel.rest.CadreResource.register", "its own Idempotency-Key (replays answer 200)",
            "org.benling.training.rest.RecordResource.create", "its own Idempotency-Key (replays answer 200)",
            "org.benling.personnel.rest.RosterResource.importRoster", "a file upload; an import of the same rows"
                    + " again reports each existing cadre, it creates none twice",
            "org.benling.platform.inbox.DeadLetterResource.replay", "a replay is idempotent by the event's id",
            "org.benling.inspection.rest.RoundResource.dailyRun", "runs the daily job now; the job is idempotent",
            "org.benling.training.rest.ComplianceResource.runEarlyWarning", "runs the job now; the job is idempotent");

    private ApiRules() {
    }

    static final DescribedPredicate<JavaMethod> LISTED = new DescribedPredicate<>("listed in ApiRules.NOT_IDEMPOTENT") {
        @Override
        public boolean test(JavaMethod method) {
            return NOT_IDEMPOTENT.containsKey(method.getOwner().getName() + "." + method.getName());
        }
    };

    static final ArchRule POSTS_ARE_IDEMPOTENT = postsAreIdempotent(POST, IDEMPOTENT);

    /** The rule with the annotations named (the test shows it on a fixture's own annotations). */
    static ArchRule postsAreIdempotent(String post, String idempotent) {
        return methods().that().areAnnotatedWith(post).and(DescribedPredicate.not(LISTED)).should().beAnnotatedWith(idempotent)
                .because("a client that lost the answer retries with the same Idempotency-Key and must not create twice");
    }
}
