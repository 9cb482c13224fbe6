package org.benling.rotation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;
import org.benling.testing.Tokens;

/**
 * Units in the three regions and cadres for the rotation tests, put into the read model as the personnel events
 * would: Guangdong (east) with Guangzhou below, Hubei (central), Sichuan (west), Beijing (east, another HR).
 */
@ApplicationScoped
public class TestRoster {
    public static final UUID BUREAU = Bureau.SPB;
    public static final UUID GUANGDONG = Bureau.GUANGDONG;
    public static final UUID GUANGZHOU = Bureau.GUANGZHOU;
    public static final UUID HUBEI = Bureau.HUBEI;
    public static final UUID SICHUAN = Bureau.SICHUAN;
    public static final UUID BEIJING = Bureau.BEIJING;
    public static final UUID BEIJING_CADRE = Bureau.cadreId("BJ-01");

    @Inject PersonnelReadModel readModel;

    public void base() {
        QuarkusTransaction.requiringNew().run(() -> {
            Bureau.units(BUREAU, GUANGDONG, GUANGZHOU, HUBEI, SICHUAN, BEIJING).forEach(readModel::upsertUnit);
            cadre(BEIJING_CADRE, "BJ-01", "王芳", BEIJING, "处长", LocalDate.of(2010, 1, 1));
        });
    }

    /** A Guangzhou cadre of its own for one test, in post since {@code postSince}. */
    public UUID cadre(String number, String title, LocalDate postSince) {
        base();
        UUID id = Bureau.cadreId(number);
        QuarkusTransaction.requiringNew().run(() -> cadre(id, number, "干部" + number, GUANGZHOU, title, postSince));
        return id;
    }

    private void cadre(UUID id, String number, String name, UUID unit, String title, LocalDate postSince) {
        readModel.upsertCadre(Bureau.cadre(id, number, name, unit, title, RankLevel.DIVISION_PRINCIPAL, postSince));
    }





    public static String cadreToken(UUID cadre) {
        return Tokens.cadre("cadre-" + cadre, GUANGZHOU, cadre);
    }
}
