package org.benling.inspection;

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
 * The bureau with Guangdong (Guangzhou and Shenzhen below it) and Beijing, and cadres, put into the read model as
 * the personnel events would.
 */
@ApplicationScoped
public class World {
    public static final UUID BUREAU = id("unit:SPB");
    public static final UUID GUANGDONG = id("unit:440000");
    public static final UUID GUANGZHOU = id("unit:440100");
    public static final UUID SHENZHEN = id("unit:440300");
    public static final UUID BEIJING = id("unit:110000");
    public static final UUID CHEN = id("cadre:chen");
    public static final UUID LI = id("cadre:li");
    public static final UUID ZHAO = id("cadre:zhao");
    public static final UUID BEIJING_CADRE = id("cadre:beijing");

    @Inject
    PersonnelReadModel readModel;

    public void load() {
        QuarkusTransaction.requiringNew().run(() -> {
            unit(BUREAU, "SPB", "国家邮政局", UnitKind.BUREAU, null, "/" + BUREAU + "/");
            unit(GUANGDONG, "440000", "广东省邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + GUANGDONG + "/");
            unit(GUANGZHOU, "440100", "广州市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                    "/" + BUREAU + "/" + GUANGDONG + "/" + GUANGZHOU + "/");
            unit(SHENZHEN, "440300", "深圳市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                    "/" + BUREAU + "/" + GUANGDONG + "/" + SHENZHEN + "/");
            unit(BEIJING, "110000", "北京市邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + BEIJING + "/");
            cadre(CHEN, "I0001", "陈立", GUANGDONG);
            cadre(LI, "I0002", "李强", GUANGZHOU);
            cadre(ZHAO, "I0003", "赵敏", GUANGZHOU);
            cadre(BEIJING_CADRE, "I0004", "王芳", BEIJING);
        });
    }

    /** A cadre of Guangzhou of its own, for a test whose measures and findings no other test should see. */
    public UUID cadre(String number) {
        UUID id = id("cadre:" + number);
        QuarkusTransaction.requiringNew().run(() -> cadre(id, number, "干部" + number, GUANGZHOU));
        return id;
    }

    private void unit(UUID id, String code, String name, UnitKind kind, UUID parent, String path) {
        readModel.upsertUnit(new UnitChanged(id, code, name, kind, parent, path, true));
    }

    private void cadre(UUID id, String number, String name, UUID unit) {
        readModel.upsertCadre(new CadreProfile(id, number, name, Gender.MALE, LocalDate.of(1980, 1, 1), unit, "处长",
                RankLevel.DIVISION_PRINCIPAL, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1), Set.of(), null, null,
                CadreProfile.CadreStatus.ACTIVE));
    }

    public static String inspector() {
        return Tokens.token("inspector", Set.of("inspector"), BUREAU, null);
    }

    public static String inspectorGuangdong() {
        return Tokens.token("inspector-gd", Set.of("inspector"), GUANGDONG, null);
    }

    public static String inspectorBeijing() {
        return Tokens.token("inspector-bj", Set.of("inspector"), BEIJING, null);
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

    public static String cadre(UUID cadre, UUID unit) {
        return Tokens.cadre("cadre-" + cadre, unit, cadre);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("inspection-test:" + name).getBytes());
    }
}
