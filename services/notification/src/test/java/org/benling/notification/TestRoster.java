package org.benling.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;

/** Units and cadres for the notification tests, put into the read model as the personnel events would. */
@ApplicationScoped
public class TestRoster {
    public static final UUID GUANGDONG = Bureau.GUANGDONG;
    public static final UUID GUANGZHOU = Bureau.GUANGZHOU;
    public static final UUID BEIJING = Bureau.BEIJING;

    @Inject PersonnelReadModel readModel;

    /** The bureau's units in the read model, as personnel's events would put them. */
    public void units() {
        QuarkusTransaction.requiringNew().run(() -> Bureau.units(Bureau.SPB, GUANGDONG, GUANGZHOU, BEIJING)
                .forEach(readModel::upsertUnit));
    }

    /** A cadre of {@code unit} of this test's own, named {@code name}. */
    public UUID cadre(String name, UUID unit) {
        UUID id = UUID.randomUUID();
        String number = "N" + id.toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Bureau.units(Bureau.SPB, GUANGDONG, GUANGZHOU, BEIJING).forEach(readModel::upsertUnit);
            readModel.upsertCadre(Bureau.cadre(id, number, name, unit, "处长", RankLevel.DIVISION_PRINCIPAL,
                    LocalDate.of(2019, 1, 1)));
        });
        return id;
    }
}
