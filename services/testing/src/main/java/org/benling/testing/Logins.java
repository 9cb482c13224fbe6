package org.benling.testing;

import java.util.Set;
import java.util.UUID;

/**
 * The callers the services' tests act as, on the units of {@link Bureau}: HR of Guangdong and of Beijing, the
 * bureau's leader and administrator, inspectors of the bureau and of a province, and a cadre of their own.
 */
public final class Logins {

    public static String hrGuangdong() {
        return Tokens.hr("hr-guangdong", Bureau.GUANGDONG);
    }

    public static String hrBeijing() {
        return Tokens.hr("hr-beijing", Bureau.BEIJING);
    }

    public static String leader() {
        return Tokens.leader(Bureau.SPB);
    }

    public static String admin() {
        return Tokens.admin(Bureau.SPB);
    }

    public static String inspector() {
        return Tokens.token("inspector", Set.of("inspector"), Bureau.SPB, null);
    }

    public static String inspectorGuangdong() {
        return Tokens.token("inspector-gd", Set.of("inspector"), Bureau.GUANGDONG, null);
    }

    public static String inspectorBeijing() {
        return Tokens.token("inspector-bj", Set.of("inspector"), Bureau.BEIJING, null);
    }

    /** A cadre, of this unit, signed in as themselves. */
    public static String cadre(UUID cadreId, UUID unitId) {
        return Tokens.cadre("cadre-" + cadreId, unitId, cadreId);
    }

    private Logins() {
    }
}
