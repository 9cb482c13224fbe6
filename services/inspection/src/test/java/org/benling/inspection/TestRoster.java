package org.benling.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.contracts.personnel.UnitKind;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;

/**
 * The bureau with Guangdong (Guangzhou and Shenzhen below it) and Beijing, and cadres, put into the read model as
 * the personnel events would.
 */
@ApplicationScoped
public class TestRoster {
    public static final UUID BUREAU = Bureau.SPB;
    public static final UUID GUANGDONG = Bureau.GUANGDONG;
    public static final UUID GUANGZHOU = Bureau.GUANGZHOU;
    public static final UUID SHENZHEN = Bureau.SHENZHEN;
    public static final UUID BEIJING = Bureau.BEIJING;
    public static final UUID CHEN = Bureau.cadreId("I0001");
    public static final UUID LI = Bureau.cadreId("I0002");
    public static final UUID ZHAO = Bureau.cadreId("I0003");
    public static final UUID BEIJING_CADRE = Bureau.cadreId("I0004");

    @Inject PersonnelReadModel readModel;

    public void load() {
        QuarkusTransaction.requiringNew().run(() -> {
            Bureau.units(BUREAU, GUANGDONG, GUANGZHOU, SHENZHEN, BEIJING).forEach(readModel::upsertUnit);
            cadre(CHEN, "I0001", "陈立", GUANGDONG);
            cadre(LI, "I0002", "李强", GUANGZHOU);
            cadre(ZHAO, "I0003", "赵敏", GUANGZHOU);
            cadre(BEIJING_CADRE, "I0004", "王芳", BEIJING);
        });
    }

    /** A cadre of Guangzhou of its own, for a test whose measures and findings no other test should see. */
    public UUID cadre(String number) {
        UUID id = Bureau.cadreId(number);
        QuarkusTransaction.requiringNew().run(() -> cadre(id, number, "干部" + number, GUANGZHOU));
        return id;
    }

    /** A cadre of a test's own in the given unit. */
    public UUID cadreIn(String number, UUID unit) {
        UUID id = Bureau.cadreId(number);
        QuarkusTransaction.requiringNew().run(() -> cadre(id, number, "干部" + number, unit));
        return id;
    }

    /** A province of a test's own under the bureau, with {@code cities} municipal units below it. */
    public UUID province(String code, int cities) {
        UUID id = Bureau.unitId(code);
        QuarkusTransaction.requiringNew().run(() -> {
            readModel.upsertUnit(new UnitChanged(id, code, code + " 省邮政管理局", UnitKind.PROVINCIAL, BUREAU,
                    Bureau.path(BUREAU, id), true));
            for (int i = 1; i <= cities; i++) {
                UUID city = Bureau.unitId(code + "-" + i);
                readModel.upsertUnit(new UnitChanged(city, code + "-" + i, code + "-" + i + " 市邮政管理局",
                        UnitKind.MUNICIPAL, id, Bureau.path(BUREAU, id, city), true));
            }
        });
        return id;
    }

    private void cadre(UUID id, String number, String name, UUID unit) {
        readModel.upsertCadre(Bureau.cadre(id, number, name, unit, "处长", RankLevel.DIVISION_PRINCIPAL,
                LocalDate.of(2018, 1, 1)));
    }
}
