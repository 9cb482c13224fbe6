package org.benling.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** An item's params as the list queries read them (jsonb as text), with the cadre's current name added. */
final class Params {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private Params() {
    }

    static Map<String, String> read(String json, String cadreName) {
        Map<String, String> params;
        try {
            params = new HashMap<>(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("params of a stored item are not a JSON object: " + json, e);
        }
        params.put("cadre", cadreName == null ? "" : cadreName);
        return params;
    }
}
