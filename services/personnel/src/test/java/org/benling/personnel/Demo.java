package org.benling.personnel;

import java.util.UUID;
import org.benling.personnel.demo.DemoIds;
import org.benling.testing.Tokens;

/** Units, cadres and callers of the demo roster the tests run against. */
public final class Demo {
    public static final UUID BUREAU = DemoIds.unitId("SPB");
    public static final UUID GUANGDONG = DemoIds.unitId("440000");
    public static final UUID GUANGZHOU = DemoIds.unitId("440100");
    public static final UUID SHENZHEN = DemoIds.unitId("440300");
    public static final UUID BEIJING = DemoIds.unitId("110000");
    public static final UUID DEMO_CADRE = DemoIds.cadreId("YZ000001");

    public static String admin() {
        return Tokens.admin(BUREAU);
    }

    public static String leader() {
        return Tokens.leader(BUREAU);
    }

    public static String hrGuangdong() {
        return Tokens.hr("hr-guangdong", GUANGDONG);
    }

    public static String hrHq() {
        return Tokens.hr("hr-hq", BUREAU);
    }

    public static String cadreDemo() {
        return Tokens.cadre("cadre-demo", GUANGDONG, DEMO_CADRE);
    }

    private Demo() {
    }
}
