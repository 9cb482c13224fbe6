package org.benling.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.contracts.personnel.UnitKind;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;
import org.benling.testing.Tokens;

/**
 * The units and cadres the tests run against (benling-testing's {@link Bureau}), put into the read model exactly as
 * the personnel events would.
 * Each test class takes its own municipal unit under Guangdong (twelve section-level cadres, so the 优秀 quota is 2,
 * or 3 with the raised rate) and Beijing is out of Guangdong HR's scope.
 */
@ApplicationScoped
public class TestRoster {
    public static final UUID BUREAU = Bureau.SPB;
    public static final UUID GUANGDONG = Bureau.GUANGDONG;
    public static final UUID BEIJING = Bureau.BEIJING;
    public static final UUID BEIJING_CADRE = Bureau.cadreId("BJ-01");
    public static final int UNIT_SIZE = 12;

    @Inject PersonnelReadModel readModel;

    /** A municipal unit under Guangdong with twelve cadres (numbers {@code code-01} … {@code code-12}). */
    public record Unit(UUID id, String code, List<UUID> cadres) {
        public UUID cadre(int n) {
            return cadres.get(n - 1);
        }
    }

    public Unit unit(String code) {
        return unit(code, RankLevel.SECTION_PRINCIPAL);
    }

    /** … with all twelve at one rank (peers for the profile's median). */
    public Unit unit(String code, RankLevel rank) {
        UUID unit = Bureau.unitId(code);
        List<UUID> cadres = new ArrayList<>();
        for (int i = 1; i <= UNIT_SIZE; i++) {
            cadres.add(Bureau.cadreId(code + "-" + i));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            base();
            readModel.upsertUnit(Bureau.municipal(code, code + " 市邮政管理局"));
            for (int i = 0; i < cadres.size(); i++) {
                cadre(cadres.get(i), code + "-" + String.format("%02d", i + 1), "干部" + code + "-" + (i + 1), unit, rank);
            }
        });
        return new Unit(unit, code, List.copyOf(cadres));
    }

    /**
     * A municipal unit of its own under Guangdong with {@code units} offices of {@code size} cadres each: too small
     * for an 优秀 quota of their own, they share a pool at the parent.
     */
    public List<Unit> smallUnits(String parentCode, int units, int size) {
        UUID parent = Bureau.unitId(parentCode);
        List<Unit> result = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            base();
            readModel.upsertUnit(Bureau.municipal(parentCode, parentCode + " 市邮政管理局"));
            for (int u = 1; u <= units; u++) {
                String code = parentCode + "-" + u;
                UUID id = Bureau.unitId(code);
                readModel.upsertUnit(new UnitChanged(id, code, code + " 科", UnitKind.DEPARTMENT, parent,
                        Bureau.path(BUREAU, GUANGDONG, parent, id), true));
                List<UUID> cadres = new ArrayList<>();
                for (int i = 1; i <= size; i++) {
                    UUID cadre = Bureau.cadreId(code + "-" + i);
                    cadre(cadre, code + "-" + i, "干部" + code + "-" + i, id, RankLevel.SECTION_PRINCIPAL);
                    cadres.add(cadre);
                }
                result.add(new Unit(id, code, List.copyOf(cadres)));
            }
        });
        return result;
    }

    private void base() {
        Bureau.units(BUREAU, GUANGDONG, BEIJING).forEach(readModel::upsertUnit);
        cadre(BEIJING_CADRE, "BJ-01", "王芳", BEIJING, RankLevel.SECTION_PRINCIPAL);
    }

    private void cadre(UUID id, String number, String name, UUID unit, RankLevel rank) {
        readModel.upsertCadre(Bureau.cadre(id, number, name, unit, "科长", rank, LocalDate.of(2019, 1, 1)));
    }





    public static String cadre(Unit unit, int n) {
        return Tokens.cadre("cadre-" + unit.code() + "-" + n, unit.id(), unit.cadre(n));
    }
}
