package org.benling.notification.service;

import java.util.HashMap;
import java.util.Map;

/** An item's params as its title is worded: its own, with the cadre's current name added. */
public final class Params {

    private Params() {
    }

    public static Map<String, String> withCadre(Map<String, String> params, String cadreName) {
        Map<String, String> all = new HashMap<>(params);
        all.put("cadre", cadreName == null ? "" : cadreName);
        return all;
    }
}
