package org.benling.selection.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.selection.config.SelectionConfig;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.domain.rules.Ballots;
import org.benling.selection.domain.rules.VoterCodes;
import org.benling.selection.rest.api.BallotForm;
import org.benling.selection.rest.api.BallotRequest;

/**
 * The voters' side, without a login: a one-time code opens the ballot of its session and casts it once. The code is
 * found by its digest under the secret of each session not closed or closed lately (a code of one closed longer ago
 * than {@code benling.selection.voting.closed-codes-known-days} is no code any more: its secret is not tried, so the
 * work per typed code stays with the sessions of the season); casting marks it used and drops the ballot into the box
 * with its category only, in one transaction that holds the session's row shared, so that a close waits for the
 * ballots being cast and a ballot cast after the close is refused. A typed code that is no code of any session is a 400 on
 * {@code code}, whichever way it was forged; a used one a 409 {@code code-used}; one of a session not open a 409
 * {@code voting-closed}.
 */
@ApplicationScoped
public class BallotService {

    private record Found(VotingSession session, String digest, String category) {
    }

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject ObjectMapper json;
    @Inject SelectionConfig.Voting voting;
    @Inject Clock clock;

    @Transactional
    public BallotForm form(String typed) {
        Found found = usable(typed);
        VotingSession s = found.session();
        Map<UUID, CadreRef> people = cadres.findAll(Set.copyOf(s.candidates()));
        return new BallotForm(s.title, s.kind, s.places, s.category(found.category()).name,
                s.candidates().stream().map(id -> VotingQueries.person(id, people.get(id))).toList());
    }

    @Transactional
    public void cast(BallotRequest ballot) {
        Found found = usable(ballot.code());
        VotingSession s = found.session();
        List<Ballots.Violation> violations = s.kind == VotingSession.Kind.RECOMMENDATION
                ? Ballots.recommendation(ballot.chosen() == null ? List.of() : ballot.chosen(), Set.copyOf(s.candidates()),
                        s.places)
                : Ballots.evaluation(ballot.grades() == null ? Map.of() : ballot.grades(), Set.copyOf(s.candidates()));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the ballot is invalid / 选票有误", violations.stream()
                    .map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
        int marked = em.createNativeQuery("UPDATE voter_code SET used = true WHERE digest = :d AND NOT used")
                .setParameter("d", found.digest()).executeUpdate();
        if (marked != 1) {
            throw ProblemException.conflict("code-used", "this code has voted / 此投票码已投票");
        }
        Map<String, Object> content = new LinkedHashMap<>();
        if (s.kind == VotingSession.Kind.RECOMMENDATION) {
            content.put("chosen", ballot.chosen() == null ? List.of() : ballot.chosen());
        } else {
            content.put("grades", ballot.grades() == null ? Map.of() : new HashMap<>(ballot.grades()));
        }
        em.createNativeQuery("INSERT INTO ballot_box (id, session_id, category, content) VALUES (:id, :s, :c,"
                + " CAST(:content AS jsonb))").setParameter("id", UUID.randomUUID()).setParameter("s", s.id)
                .setParameter("c", found.category()).setParameter("content", VotingCommands.toJson(json, content))
                .executeUpdate();
    }

    /** The code's session, open, and the code unused; the session's row held shared until the transaction ends. */
    private Found usable(String typed) {
        String code = VoterCodes.normalise(typed).orElseThrow(() -> unknown());
        @SuppressWarnings("unchecked")
        List<Object[]> sessions = em.createNativeQuery("SELECT id, secret FROM voting_session WHERE codes_issued"
                + " AND (closed_at IS NULL OR closed_at >= :since)")
                .setParameter("since", clock.instant().minus(Duration.ofDays(voting.closedCodesKnownDays())))
                .getResultList();
        Map<String, UUID> digests = new HashMap<>();
        for (Object[] row : sessions) {
            digests.put(VoterCodes.digest((byte[]) row[1], code), (UUID) row[0]);
        }
        if (digests.isEmpty()) {
            throw unknown();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT digest, category, used FROM voter_code WHERE digest IN (:d)")
                .setParameter("d", digests.keySet()).getResultList();
        if (rows.isEmpty()) {
            throw unknown();
        }
        Object[] row = rows.get(0);
        UUID sessionId = digests.get((String) row[0]);
        String status = (String) em.createNativeQuery("SELECT status FROM voting_session WHERE id = :id FOR SHARE")
                .setParameter("id", sessionId).getSingleResult();
        if (!VotingSession.Status.OPEN.name().equals(status)) {
            throw ProblemException.conflict("voting-closed", "the session is not open / 投票未开始或已结束");
        }
        if ((Boolean) row[2]) {
            throw ProblemException.conflict("code-used", "this code has voted / 此投票码已投票");
        }
        VotingSession s = VotingSession.findById(sessionId);
        return new Found(s, (String) row[0], (String) row[1]);
    }

    private static ProblemException unknown() {
        return ProblemException.invalidField("code", "无效的投票码 / no such voter code");
    }
}
