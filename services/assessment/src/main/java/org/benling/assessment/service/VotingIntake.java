package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.selection.VotingClosed;
import org.jboss.logging.Logger;

/**
 * The annual review's 民主测评 from selection's online voting: a closed evaluation session (VotingClosed) gives each
 * person it graded the ballots of the session, one per grade given, in the person's review of the open cycle (the
 * latest, if several are open); anonymous as the session's count is, recorded as submitted by the session. A person
 * without an open review is left out (logged); a recommendation session is not an evaluation and is ignored.
 */
@ApplicationScoped
public class VotingIntake {

    private static final Logger LOG = Logger.getLogger(VotingIntake.class);

    @Inject EntityManager em;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(VotingClosed v) {
        if (v.kind() != VotingClosed.Kind.EVALUATION) {
            return;
        }
        Instant now = clock.instant();
        for (VotingClosed.Result result : v.results()) {
            @SuppressWarnings("unchecked")
            List<UUID> reviews = em.createNativeQuery("""
                    SELECT r.id FROM review r JOIN cycle c ON c.id = r.cycle_id
                    WHERE r.cadre_id = :cadre AND c.status = 'OPEN' ORDER BY c.year DESC LIMIT 1""")
                    .setParameter("cadre", result.cadreId()).getResultList();
            if (reviews.isEmpty()) {
                LOG.infof("voting session %s: no open review of cadre %s, its result is not a review's", v.sessionId(),
                        result.cadreId());
                continue;
            }
            Map<Grade, Integer> given = new EnumMap<>(Grade.class);
            result.byCategory().stream().filter(s -> s.grades() != null)
                    .forEach(s -> s.grades().forEach((grade, n) -> given.merge(grade, n, Integer::sum)));
            given.forEach((grade, n) -> {
                for (int i = 0; i < n; i++) {
                    Ballot b = new Ballot();
                    b.id = UUID.randomUUID();
                    b.reviewId = reviews.get(0);
                    b.grade = grade;
                    b.recordedAt = now;
                    b.submittedBy = "online-voting:" + v.sessionId();
                    b.persist();
                }
            });
        }
    }
}
