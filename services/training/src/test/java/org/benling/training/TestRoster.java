package org.benling.training;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;

/**
 * The units and cadres the training tests run against (benling-testing's {@link Bureau}), put into the read model
 * exactly as the personnel events would: Guangdong with Guangzhou below it, and Beijing, under the bureau.
 */
@ApplicationScoped
public class TestRoster {
    public static final UUID BUREAU = Bureau.SPB;
    public static final UUID GUANGDONG = Bureau.GUANGDONG;
    public static final UUID GUANGZHOU = Bureau.GUANGZHOU;
    public static final UUID BEIJING = Bureau.BEIJING;
    /** section level in Guangzhou */
    public static final UUID LIN = Bureau.cadreId("T0001");
    /** division level in Guangzhou, promoted six months ago */
    public static final UUID ZHOU = Bureau.cadreId("T0002");
    /** section level in Beijing */
    public static final UUID WANG = Bureau.cadreId("T0003");

    @Inject PersonnelReadModel readModel;

    public void load() {
        QuarkusTransaction.requiringNew().run(() -> {
            Bureau.units(BUREAU, GUANGDONG, GUANGZHOU, BEIJING).forEach(readModel::upsertUnit);
            cadre(LIN, "T0001", "林小燕", GUANGZHOU, RankLevel.SECTION_PRINCIPAL, LocalDate.of(2019, 1, 1));
            cadre(ZHOU, "T0002", "周建国", GUANGZHOU, RankLevel.DIVISION_DEPUTY, TestClock.today().minusMonths(6));
            cadre(WANG, "T0003", "王芳", BEIJING, RankLevel.SECTION_DEPUTY, LocalDate.of(2020, 1, 1));
        });
    }

    /** A section-level cadre of Guangzhou of its own, for a test whose records no other test should count. */
    public UUID freshCadre() {
        return freshCadre(GUANGZHOU);
    }

    /** … of the unit given. */
    public UUID freshCadre(UUID unit) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> cadre(id, "F" + id.toString().substring(0, 8), "新干部", unit,
                RankLevel.SECTION_PRINCIPAL, LocalDate.of(2019, 1, 1)));
        return id;
    }

    /** A municipal unit of its own under Guangdong, for a test whose unit-wide figures no other test should move. */
    public UUID freshUnit() {
        String code = "F" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> readModel.upsertUnit(Bureau.municipal(code, code + " 市邮政管理局")));
        return Bureau.unitId(code);
    }

    /**
     * A municipal unit of its own under Guangdong with {@code offices} offices of one section-level cadre each, for the
     * figures by child unit; the unit first, then each office's cadre.
     */
    public java.util.List<UUID> freshUnitWithOffices(int offices) {
        String code = "F" + UUID.randomUUID().toString().substring(0, 8);
        UUID parent = Bureau.unitId(code);
        java.util.List<UUID> ids = new java.util.ArrayList<>(java.util.List.of(parent));
        QuarkusTransaction.requiringNew().run(() -> {
            readModel.upsertUnit(Bureau.municipal(code, code + " 市邮政管理局"));
            for (int o = 1; o <= offices; o++) {
                UUID office = Bureau.unitId(code + "-" + o);
                readModel.upsertUnit(new org.benling.contracts.personnel.UnitChanged(office, code + "-" + o, "第" + o + "科",
                        org.benling.contracts.personnel.UnitKind.DEPARTMENT, parent, Bureau.path(BUREAU, GUANGDONG, parent, office),
                        true));
                UUID cadre = UUID.randomUUID();
                cadre(cadre, "F" + cadre.toString().substring(0, 8), "科员" + o, office, RankLevel.SECTION_PRINCIPAL,
                        LocalDate.of(2019, 1, 1));
                ids.add(cadre);
            }
        });
        return ids;
    }

    private void cadre(UUID id, String number, String name, UUID unit, RankLevel rank, LocalDate rankSince) {
        readModel.upsertCadre(Bureau.cadre(id, number, name, unit, "科长", rank, rankSince));
    }




    public static String lin() {
        return Tokens.cadre("lin", GUANGZHOU, LIN);
    }
}
