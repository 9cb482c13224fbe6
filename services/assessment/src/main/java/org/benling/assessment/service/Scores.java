package org.benling.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.contracts.Capability;

/** JSON columns of scores and score explanations, read and written with one mapper. */
final class Scores {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<Capability, Integer> parse(String json) {
        try {
            Map<Capability, Integer> scores = new EnumMap<>(Capability.class);
            scores.putAll(JSON.readValue(json, new TypeReference<Map<Capability, Integer>>() { }));
            return scores;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable capability scores: " + json, e);
        }
    }

    static String write(List<CapabilityScoring.Component> components) {
        try {
            return JSON.writeValueAsString(components);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CapabilityScoring.Component> components(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<CapabilityScoring.Component>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable score explanation: " + json, e);
        }
    }

    private Scores() {
    }
}
