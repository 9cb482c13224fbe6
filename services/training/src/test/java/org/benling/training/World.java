package org.benling.training;

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
 * The units and cadres the tests run against, put into the read model exactly as the personnel events would.
 * Guangdong (with Guangzhou below it) and Beijing under the bureau.
 */
@ApplicationScoped
public class World {
    public static final UUID BUREAU = id("unit:SPB");
    public static final UUID GUANGDONG = id("unit:440000");
    public static final UUID GUANGZHOU = id("unit:440100");
    public static final UUID BEIJING = id("unit:110000");
    /** section level in Guangzhou */
    public static final UUID LIN = id("cadre:lin");
    /** division level in Guangzhou, promoted six months ago */
    public static final UUID ZHOU = id("cadre:zhou");
    /** section level in Beijing */
    public static final UUID WANG = id("cadre:wang");

    @Inject
    PersonnelReadModel readModel;

    public void load() {
        QuarkusTransaction.requiringNew().run(() -> {
            unit(BUREAU, "SPB", "国家邮政局", UnitKind.BUREAU, null, "/" + BUREAU + "/");
            unit(GUANGDONG, "440000", "广东省邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + GUANGDONG + "/");
            unit(GUANGZHOU, "440100", "广州市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                    "/" + BUREAU + "/" + GUANGDONG + "/" + GUANGZHOU + "/");
            unit(BEIJING, "110000", "北京市邮政管理局", UnitKind.PROVINCIAL, BUREAU, "/" + BUREAU + "/" + BEIJING + "/");
            cadre(LIN, "T0001", "林小燕", GUANGZHOU, RankLevel.SECTION_PRINCIPAL, LocalDate.of(2019, 1, 1));
            cadre(ZHOU, "T0002", "周建国", GUANGZHOU, RankLevel.DIVISION_DEPUTY, LocalDate.now().minusMonths(6));
            cadre(WANG, "T0003", "王芳", BEIJING, RankLevel.SECTION_DEPUTY, LocalDate.of(2020, 1, 1));
        });
    }

    /** A section-level cadre of Guangzhou of its own, for a test whose records no other test should count. */
    public UUID freshCadre() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> cadre(id, "F" + id.toString().substring(0, 8), "新干部", GUANGZHOU,
                RankLevel.SECTION_PRINCIPAL, LocalDate.of(2019, 1, 1)));
        return id;
    }

    private void unit(UUID id, String code, String name, UnitKind kind, UUID parent, String path) {
        readModel.upsertUnit(new UnitChanged(id, code, name, kind, parent, path, true));
    }

    private void cadre(UUID id, String number, String name, UUID unit, RankLevel rank, LocalDate rankSince) {
        readModel.upsertCadre(new CadreProfile(id, number, name, Gender.FEMALE, LocalDate.of(1985, 1, 1), unit, "科长", rank,
                rankSince, rankSince, Set.of(), null, null, CadreProfile.CadreStatus.ACTIVE));
    }

    public static String hrGuangdong() {
        return Tokens.hr("hr-guangdong", GUANGDONG);
    }

    public static String admin() {
        return Tokens.admin(BUREAU);
    }

    public static String lin() {
        return Tokens.cadre("lin", GUANGZHOU, LIN);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("training-test:" + name).getBytes());
    }
}
