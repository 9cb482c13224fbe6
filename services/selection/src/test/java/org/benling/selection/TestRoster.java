package org.benling.selection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;

/** The units of the selection tests (benling-testing's {@link Bureau}) in the read model, and cadres made per test. */
@ApplicationScoped
public class TestRoster {

    @Inject PersonnelReadModel readModel;

    public void load() {
        QuarkusTransaction.requiringNew().run(() -> Bureau.units(Bureau.SPB, Bureau.GUANGDONG, Bureau.GUANGZHOU,
                Bureau.BEIJING).forEach(readModel::upsertUnit));
    }

    /** {@code count} active section-level cadres of {@code unit}, of this test alone. */
    public List<UUID> freshCadres(UUID unit, int count) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                readModel.upsertCadre(Bureau.cadre(id, "S" + id.toString().substring(0, 8), "候选人" + (i + 1), unit, "科长",
                        RankLevel.SECTION_PRINCIPAL, LocalDate.of(2019, 1, 1)));
                ids.add(id);
            }
        });
        return ids;
    }

    /** One active cadre of {@code unit} at {@code rank}, born on {@code born}, of this test alone. */
    public UUID freshCadre(UUID unit, RankLevel rank, LocalDate born) {
        UUID id = UUID.randomUUID();
        CadreProfile c = Bureau.cadre(id, "P" + id.toString().substring(0, 8), "库内人选", unit, "科长", rank,
                LocalDate.of(2019, 1, 1));
        QuarkusTransaction.requiringNew().run(() -> readModel.upsertCadre(new CadreProfile(c.cadreId(), c.employeeNumber(),
                c.name(), c.gender(), born, c.unitId(), c.positionTitle(), c.rankLevel(), c.postSince(), c.rankSince(),
                c.categories(), c.politicalStatus(), c.education(), c.status())));
        return id;
    }
}
