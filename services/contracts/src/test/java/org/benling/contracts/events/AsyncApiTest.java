package org.benling.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.benling.contracts.catalog.EventCatalog;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document other bureau systems read ({@code asyncapi.json}) says what the code does, no more. */
class AsyncApiTest {

    static final JsonNode DOC = read();
    /** The one message that is not a catalogue type: the online platform's completions. */
    static final String ONLINE = "TrainingCompletedOnline";

    @Test
    void itHasAChannelForEveryTopicOfTheCodeAndNoOther() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                topics.add((String) f.get(null));
            }
        }
        Set<String> addresses = new TreeSet<>();
        DOC.get("channels").forEach(c -> addresses.add(c.get("address").asText()));
        assertEquals(topics, addresses);
    }

    @Test
    void everyEventTypeOfTheCatalogueIsAMessageOnItsTopicWithItsSchema() {
        Map<String, String> expected = new TreeMap<>();
        EventCatalog.all().forEach(t -> expected.put(t.type(), t.topic() + " " + t.schemaResource()));
        Map<String, String> documented = new TreeMap<>();
        DOC.get("channels").forEach(channel -> channel.get("messages").forEach(ref -> {
            String name = ref.get("$ref").asText().substring("#/components/messages/".length());
            if (!name.equals(ONLINE)) {
                JsonNode message = DOC.at("/components/messages/" + name);
                documented.put(message.get("name").asText(), channel.get("address").asText() + " "
                        + message.at("/payload/schema/$ref").asText());
            }
        }));
        assertEquals(expected, documented);
        assertEquals(EventCatalog.all().size() + 1, DOC.at("/components/messages").size(), "no message beyond them");
    }

    @Test
    void everySchemaItReferencesIsOneOfTheContractsSchemas() {
        DOC.at("/components/messages").forEach(m -> {
            String ref = m.at("/payload/schema/$ref").asText();
            assertNotNull(AsyncApiTest.class.getClassLoader().getResource(ref), ref);
        });
    }

    @Test
    void theIntegrationPrincipalReceivesThePublicTopicsOnlyNeverTheSupervisionTopic() {
        Set<String> received = new HashSet<>();
        DOC.get("operations").forEach(op -> {
            assertEquals("receive", op.get("action").asText(), "another system never writes");
            assertEquals("integration", op.get("x-benling-principal").asText());
            received.add(DOC.at(op.at("/channel/$ref").asText().substring(1)).get("address").asText());
        });
        assertEquals(Set.of(Topics.PERSONNEL_CADRES, Topics.TRAINING_RECORDS, Topics.ASSESSMENT_RESULTS,
                Topics.ROTATION_POSTINGS), received);
    }

    private static JsonNode read() {
        try (InputStream in = AsyncApiTest.class.getClassLoader().getResourceAsStream("asyncapi.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException("asyncapi.json unreadable", e);
        }
    }

}
