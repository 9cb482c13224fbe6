package org.benling.platform.security;

/** Realm roles of the {@code benling} Keycloak realm (ARCHITECTURE.md, "Security"). */
public final class Roles {
    /** A cadre: sees and acts on own records. */
    public static final String CADRE = "cadre";
    /** 组织人事部门: manages its unit's subtree. */
    public static final String HR = "hr";
    /** 巡视巡察 staff: inspections and supervision records in its unit's subtree. */
    public static final String INSPECTOR = "inspector";
    /** 党组/领导: reads everything, approves. */
    public static final String LEADER = "leader";
    /** System settings, policies and users; writes everywhere. */
    public static final String ADMIN = "admin";
    /** Other bureau systems (client credentials): read the public registry (units, cadres) and nothing else. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
