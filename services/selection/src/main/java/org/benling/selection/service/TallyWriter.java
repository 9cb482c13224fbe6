package org.benling.selection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.selection.domain.VoterCategory;
import org.benling.selection.domain.VotingSession;

/**
 * Counts a session's ballot box into its tally rows: per category the ballots cast ({@code CAST}, the person null),
 * and per person and category the recommendations ({@code RECOMMENDED}) or each grade given.
 */
final class TallyWriter {

    static final String CAST = "CAST";
    static final String RECOMMENDED = "RECOMMENDED";

    private record Key(UUID candidate, String category, String choice) {
    }

    private TallyWriter() {
    }

    static void count(EntityManager em, ObjectMapper json, VotingSession s) {
        @SuppressWarnings("unchecked")
        List<Object[]> ballots = em.createNativeQuery("SELECT category, CAST(content AS text) FROM ballot_box"
                + " WHERE session_id = :s").setParameter("s", s.id).getResultList();
        Map<Key, Integer> counts = new HashMap<>();
        for (VoterCategory c : s.categories) {
            counts.put(new Key(null, c.code, CAST), 0);
        }
        for (Object[] b : ballots) {
            String category = (String) b[0];
            counts.merge(new Key(null, category, CAST), 1, Integer::sum);
            JsonNode content = read(json, (String) b[1]);
            content.path("chosen").forEach(id -> counts.merge(new Key(UUID.fromString(id.asText()), category, RECOMMENDED),
                    1, Integer::sum));
            content.path("grades").fields().forEachRemaining(e -> counts.merge(
                    new Key(UUID.fromString(e.getKey()), category, e.getValue().asText()), 1, Integer::sum));
        }
        counts.forEach((k, votes) -> em.createNativeQuery("INSERT INTO tally (session_id, candidate_id, category, choice,"
                + " votes) VALUES (:s, :p, :c, :choice, :v)").setParameter("s", s.id).setParameter("p", k.candidate())
                .setParameter("c", k.category()).setParameter("choice", k.choice()).setParameter("v", votes).executeUpdate());
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ballot in the box is not JSON", e);
        }
    }
}
