package org.benling.selection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.VoterCategory;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.events.SelectionEventPublisher;
import org.benling.selection.rest.api.IssuedCodes;
import org.benling.selection.rest.api.VotingSessionRequest;
import org.benling.selection.domain.rules.VoterCodes;
import org.hibernate.Session;

/**
 * The organisers' side of a voting session: HR of the unit (or above) or an administrator drafts it, has its codes
 * issued once, opens it and closes it. The close counts the ballot box into the tally and empties it, and rewrites
 * every code of the session in the same transaction, so that what stays (the codes' digests and flags, the counts)
 * shares one transaction and nothing orders or times a ballot against a code.
 */
@ApplicationScoped
public class VotingCommands {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject VotingAccess access;
    @Inject ObjectMapper json;
    @Inject VotingQueries queries;
    @Inject SelectionEventPublisher events;
    @Inject Clock clock;

    @Transactional
    public VotingSession create(VotingSessionRequest r) {
        access.writableUnit(r.unitId());
        check(r);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        VotingSession s = VotingSession.draft(r.unitId(), r.kind(), r.title(), r.places(), r.candidateIds(),
                r.categories().stream().map(c -> new VoterCategory(c.code(), c.name().strip(), c.weight(), c.voters()))
                        .toList(), secret, caller.name(), clock.instant());
        s.persist();
        return s;
    }

    /** The codes, drawn and stored as digests; returned this once. */
    @Transactional
    public IssuedCodes issueCodes(UUID id) {
        VotingSession s = access.writable(id);
        if (s.status != VotingSession.Status.DRAFT || s.codesIssued) {
            throw ProblemException.conflict("invalid-transition", "a session's codes are issued once, before it opens"
                    + " / 投票码只能在投票开始前生成一次");
        }
        Map<VoterCategory, List<String>> codes = s.issueCodes(RANDOM);
        // one JDBC batch for the whole electorate (hundreds of voters) instead of a round trip per code
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO voter_code (digest, session_id, category) VALUES (?, ?, ?)")) {
                for (Map.Entry<VoterCategory, List<String>> category : codes.entrySet()) {
                    for (String code : category.getValue()) {
                        insert.setString(1, s.digest(code));
                        insert.setObject(2, s.id);
                        insert.setString(3, category.getKey().code);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        List<IssuedCodes.CategoryCodes> issued = new ArrayList<>();
        codes.forEach((category, list) -> issued.add(new IssuedCodes.CategoryCodes(category.code, category.name,
                list.stream().map(VoterCodes::printable).toList())));
        return new IssuedCodes(s.id, issued);
    }

    @Transactional
    public VotingSession open(UUID id) {
        VotingSession s = access.writable(id);
        if (s.status != VotingSession.Status.DRAFT || !s.codesIssued) {
            throw ProblemException.conflict("invalid-transition", "a draft whose codes are issued opens / 生成投票码后方可开始投票");
        }
        s.open(caller.name(), clock.instant());
        return s;
    }

    /**
     * Closes the session: the box counted into the tally and emptied; every code of the session rewritten; the count
     * announced (VotingClosed) in the same transaction.
     */
    @Transactional
    public VotingSession close(UUID id) {
        VotingSession s = access.writable(id);
        if (s.status != VotingSession.Status.OPEN) {
            throw ProblemException.conflict("invalid-transition", "an open session closes / 只有投票中的场次可以结束");
        }
        s.close(caller.name(), clock.instant());
        em.flush();
        TallyWriter.count(em, json, s);
        em.createNativeQuery("DELETE FROM ballot_box WHERE session_id = :s").setParameter("s", s.id).executeUpdate();
        em.createNativeQuery("UPDATE voter_code SET used = used WHERE session_id = :s").setParameter("s", s.id)
                .executeUpdate();
        events.votingClosed(s, queries.view(s), LocalDate.now(clock));
        return s;
    }

    /** What Bean Validation cannot see: the people against the read model, the places, the categories' codes. */
    private void check(VotingSessionRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (r.kind() == VotingSession.Kind.RECOMMENDATION && r.places() == null) {
            violations.add(new Problem.Violation("places", "民主推荐须填写每票推荐人数 / a recommendation needs its places"));
        }
        Map<UUID, CadreRef> known = cadres.findAll(Set.copyOf(r.candidateIds()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < r.candidateIds().size(); i++) {
            UUID id = r.candidateIds().get(i);
            CadreRef cadre = known.get(id);
            if (!seen.add(id)) {
                violations.add(new Problem.Violation("candidateIds[" + i + "]", "名单中重复 / on the list twice"));
            } else if (cadre == null || !cadre.active()) {
                violations.add(new Problem.Violation("candidateIds[" + i + "]", "不是在职干部 / not an active cadre: " + id));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.categories().size(); i++) {
            if (!codes.add(r.categories().get(i).code())) {
                violations.add(new Problem.Violation("categories[" + i + "].code", "类别代码重复 / the code is used twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the voting session is invalid / 投票场次有误", violations);
        }
    }

    static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ballot is plain JSON", e);
        }
    }
}
