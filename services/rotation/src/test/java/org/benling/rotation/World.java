package org.benling.rotation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.contracts.personnel.UnitKind;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Tokens;

/**
 * Units in the three regions and cadres for the rotation tests, put into the read model as the personnel events
 * would: Guangdong (east) with Guangzhou below, Hubei (central), Sichuan (west), Beijing (east, another HR).
 */
@ApplicationScoped
public class World {
    public static final UUID BUREAU = id("unit:SPB");
    public static final UUID GUANGDONG = id("unit:440000");
    public static final UUID GUANGZHOU = id("unit:440100");
    public static final UUID HUBEI = id("unit:420000");
    public static final UUID SICHUAN = id("unit:510000");
    public static final UUID BEIJING = id("unit:110000");
    public static final UUID BEIJING_CADRE = id("cadre:beijing");

    @Inject
    PersonnelReadModel readModel;

    public void base() {
        QuarkusTransaction.requiringNew().run(() -> {
            unit(BUREAU, "SPB", "国家邮政局", UnitKind.BUREAU, null, "/" + BUREAU + "/");
            unit(GUANGDONG, "440000", "广东省邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + GUANGDONG + "/");
            unit(GUANGZHOU, "440100", "广州市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                    "/" + BUREAU + "/" + GUANGDONG + "/" + GUANGZHOU + "/");
            unit(HUBEI, "420000", "湖北省邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + HUBEI + "/");
            unit(SICHUAN, "510000", "四川省邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + SICHUAN + "/");
            unit(BEIJING, "110000", "北京市邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + BEIJING + "/");
            cadre(BEIJING_CADRE, "BJ-01", "王芳", BEIJING, "处长", LocalDate.of(2010, 1, 1));
        });
    }

    /** A Guangzhou cadre of its own for one test, in post since {@code postSince}. */
    public UUID cadre(String number, String title, LocalDate postSince) {
        base();
        UUID id = id("cadre:" + number);
        QuarkusTransaction.requiringNew().run(() -> cadre(id, number, "干部" + number, GUANGZHOU, title, postSince));
        return id;
    }

    private void unit(UUID id, String code, String name, UnitKind kind, UUID parent, String path) {
        readModel.upsertUnit(new UnitChanged(id, code, name, kind, parent, path, true));
    }

    private void cadre(UUID id, String number, String name, UUID unit, String title, LocalDate postSince) {
        readModel.upsertCadre(new CadreProfile(id, number, name, Gender.MALE, LocalDate.of(1980, 1, 1), unit, title,
                RankLevel.DIVISION_PRINCIPAL, postSince, postSince, Set.of(), null, null, CadreProfile.CadreStatus.ACTIVE));
    }

    public static String hrGuangdong() {
        return Tokens.hr("hr-guangdong", GUANGDONG);
    }

    public static String hrBeijing() {
        return Tokens.hr("hr-beijing", BEIJING);
    }

    public static String leader() {
        return Tokens.leader(BUREAU);
    }

    public static String admin() {
        return Tokens.admin(BUREAU);
    }

    public static String cadreToken(UUID cadre) {
        return Tokens.cadre("cadre-" + cadre, GUANGZHOU, cadre);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("rotation-test:" + name).getBytes());
    }
}
