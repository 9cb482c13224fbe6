package org.benling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the AsyncAPI document promises the integration principal is what the broker's ACLs give it. */
class KafkaAccessAsyncApiTest {

    @Test
    void theDocumentedOperationsOfTheIntegrationPrincipalAreExactlyItsAcls() throws Exception {
        JsonNode doc;
        try (InputStream in = KafkaAccess.class.getClassLoader().getResourceAsStream("asyncapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        doc.get("operations").forEach(op -> documented.add(doc.at(op.at("/channel/$ref").asText().substring(1))
                .get("address").asText()));
        KafkaAccess.Principal integration = KafkaAccess.PRINCIPALS.stream().filter(p -> p.name().equals("integration"))
                .findFirst().orElseThrow();
        assertEquals(new TreeSet<>(integration.reads()), documented);
        assertEquals(Set.of(), Set.copyOf(integration.writes()), "the integration principal writes nothing");
    }
}
