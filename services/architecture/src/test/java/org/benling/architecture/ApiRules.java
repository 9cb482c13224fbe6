package org.benling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;

/**
 * The REST API as a client's system uses it: every POST that creates or commands may be retried with the same
 * {@code Idempotency-Key} (platform {@code @Idempotent}), and every update or command on one resource (a PUT, PATCH or
 * DELETE, or a POST to {@code …/{id}/verb}) honours {@code If-Match} (platform {@code @IfMatch}), except those listed
 * here with the reason.
 */
final class ApiRules {

    static final String POST = "jakarta.ws.rs.POST";
    static final String IDEMPOTENT = "org.benling.platform.idempotency.Idempotent";

    /** POSTs that do not take the platform's Idempotency-Key handling, and why. */
    static final Map<String, String> NOT_IDEMPOTENT = Map.of(
            "org.benling.personnel.rest.RosterResource.importRoster", "a file upload; an import of the same rows"
                    + " again reports each existing cadre, it creates none twice",
            "org.benling.platform.inbox.DeadLetterResource.replay", "a replay is idempotent by the event's id",
            "org.benling.inspection.rest.RoundResource.dailyRun", "runs the daily job now; the job is idempotent",
            "org.benling.training.rest.ComplianceResource.runEarlyWarning", "runs the job now; the job is idempotent",
            "org.benling.notification.rest.NotificationResource.read", "marking a notification read twice changes nothing",
            "org.benling.notification.rest.NotificationResource.readAll", "marking all read twice changes nothing",
            "org.benling.notification.rest.CalendarResource.create", "makes a new secret address each time, and the"
                    + " one before stops working: a replay must not hand out a stored copy of the secret",
            "org.benling.selection.rest.VotingResource.issueCodes", "issues the codes once (a second call is refused):"
                    + " a stored replay would keep the codes themselves, which the service keeps as digests only",
            "org.benling.selection.rest.BallotResource.form", "a read, posted to keep the code out of the address",
            "org.benling.selection.rest.BallotResource.cast", "the code is the key (a second ballot with it is refused),"
                    + " and a stored request would tie the ballot to its code and time");

    static final String IF_MATCH = "org.benling.platform.preconditions.IfMatch";
    static final java.util.Set<String> UPDATES = java.util.Set.of("jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH",
            "jakarta.ws.rs.DELETE");
    static final String PATH = "jakarta.ws.rs.Path";

    /** Updates and commands on one resource that take no If-Match, and why. */
    static final Map<String, String> NOT_CONDITIONAL = Map.of(
            "org.benling.inspection.rest.RoundResource.record", "creates a finding under the round; the round is unchanged",
            "org.benling.rotation.rest.PostingResource.checkIn", "creates a check-in under the posting; the posting is"
                    + " unchanged",
            "org.benling.training.rest.ClassResource.enrol", "creates enrolments under the class; the class is unchanged",
            "org.benling.rotation.rest.GrassrootsResource.recordVisit", "creates a visit under the contact point; the"
                    + " point is unchanged",
            "org.benling.notification.rest.NotificationResource.read", "records the caller's own read mark; the"
                    + " notification, which others read too, is unchanged",
            "org.benling.notification.rest.PreferencesResource.choose", "the caller's own settings, which nobody else"
                    + " changes: no id in the path, and the page sends every choice it shows",
            "org.benling.notification.rest.CalendarResource.revoke", "the caller's own feed, which nobody else"
                    + " changes: no id in the path, and revoking twice changes nothing",
            "org.benling.inspection.rest.PersonalReportResource.fileAnnual", "the caller's own yearly report, which"
                    + " nobody else changes: no id in the path; a correction names the version read in its body",
            "org.benling.selection.rest.PoolResource.nominate", "creates a membership under the pool; the pool is"
                    + " unchanged",
            "org.benling.selection.rest.KeyPostResource.name", "creates a successor under the key post; the post is"
                    + " unchanged");

    private ApiRules() {
    }

    static final DescribedPredicate<JavaMethod> LISTED = new DescribedPredicate<>("listed in ApiRules.NOT_IDEMPOTENT") {
        @Override
        public boolean test(JavaMethod method) {
            return NOT_IDEMPOTENT.containsKey(method.getOwner().getName() + "." + method.getName());
        }
    };

    static final ArchRule POSTS_ARE_IDEMPOTENT = postsAreIdempotent(POST, IDEMPOTENT);

    static final ArchRule UPDATES_ARE_CONDITIONAL = updatesAreConditional(UPDATES, POST, PATH, IF_MATCH);

    /**
     * The If-Match rule with the annotations named: a method annotated with one of {@code updates}, or with {@code post}
     * and a {@code path} with a segment after a parameter, is annotated with {@code ifMatch} or listed.
     */
    static ArchRule updatesAreConditional(java.util.Set<String> updates, String post, String path, String ifMatch) {
        DescribedPredicate<JavaMethod> onOneResource = new DescribedPredicate<>("an update or a command on one resource") {
            @Override
            public boolean test(JavaMethod method) {
                if (NOT_CONDITIONAL.containsKey(method.getOwner().getName() + "." + method.getName())) {
                    return false;
                }
                if (updates.stream().anyMatch(method::isAnnotatedWith)) {
                    return true;
                }
                return method.isAnnotatedWith(post) && method.getAnnotations().stream()
                        .filter(a -> a.getRawType().getName().equals(path))
                        .map(a -> String.valueOf(a.get("value").orElse("")))
                        .anyMatch(value -> value.matches(".*\\}/.+"));
            }
        };
        return methods().that(onOneResource).should().beAnnotatedWith(ifMatch)
                .because("a client updates what it read: a stale ETag in If-Match must be refused (412), not applied");
    }

    /** The rule with the annotations named (the test shows it on a fixture's own annotations). */
    static ArchRule postsAreIdempotent(String post, String idempotent) {
        return methods().that().areAnnotatedWith(post).and(DescribedPredicate.not(LISTED)).should().beAnnotatedWith(idempotent)
                .because("a client that lost the answer retries with the same Idempotency-Key and must not create twice");
    }
}
