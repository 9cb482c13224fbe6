package org.benling.personnel.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Deterministic (name-based, version 3) ids for demo units and cadres, so that files written outside the
 * application, such as the Keycloak realm, can reference them.
 */
public final class DemoIds {

    private DemoIds() {
    }

    public static UUID unitId(String unitCode) {
        return UUID.nameUUIDFromBytes(("benling-unit:" + unitCode).getBytes(UTF_8));
    }

    public static UUID cadreId(String employeeNumber) {
        return UUID.nameUUIDFromBytes(("benling-cadre:" + employeeNumber).getBytes(UTF_8));
    }
}
