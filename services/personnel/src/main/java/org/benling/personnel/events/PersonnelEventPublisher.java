package org.benling.personnel.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.CadreRegistered;
import org.benling.contracts.personnel.CadreRetired;
import org.benling.contracts.personnel.CadreTransferred;
import org.benling.contracts.personnel.CadreUpdated;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.CadreTransfer;
import org.benling.personnel.domain.Unit;
import org.benling.platform.outbox.Outbox;

/** Maps registry changes to the public personnel events and writes them to the outbox (same transaction). */
@ApplicationScoped
public class PersonnelEventPublisher {

    @Inject Outbox outbox;

    public void registered(Cadre cadre) {
        publishCadre(cadre, PersonnelEvents.CADRE_REGISTERED, new CadreRegistered(profile(cadre)));
    }

    /** Many registrations at once (roster import, demo data): one JDBC batch. */
    public void registered(List<Cadre> cadres) {
        outbox.publishAll(cadres.stream().map(c -> new Outbox.Pending<>(PersonnelEvents.CADRE_REGISTERED,
                PersonnelEvents.SOURCE, c.id.toString(), new CadreRegistered(profile(c)))).toList());
    }

    public void updated(Cadre cadre, List<String> changedFields) {
        publishCadre(cadre, PersonnelEvents.CADRE_UPDATED, new CadreUpdated(profile(cadre), changedFields));
    }

    public void transferred(Cadre cadre, CadreTransfer transfer) {
        publishCadre(cadre, PersonnelEvents.CADRE_TRANSFERRED, new CadreTransferred(profile(cadre),
                transfer.fromUnitId, transfer.toUnitId, transfer.effectiveOn, transfer.reason));
    }

    public void retired(Cadre cadre, LocalDate on) {
        publishCadre(cadre, PersonnelEvents.CADRE_RETIRED, new CadreRetired(profile(cadre), on));
    }

    public void unitChanged(Unit unit) {
        outbox.publish(PersonnelEvents.UNIT_CHANGED, PersonnelEvents.SOURCE, unit.id.toString(),
                new UnitChanged(unit.id, unit.code, unit.name, unit.kind, unit.parentId, unit.path, unit.active));
    }

    private <T> void publishCadre(Cadre cadre, org.benling.contracts.events.EventType<T> type, T data) {
        outbox.publish(type, PersonnelEvents.SOURCE, cadre.id.toString(), data);
    }

    public static CadreProfile profile(Cadre c) {
        return new CadreProfile(c.id, c.employeeNumber, c.name, c.gender, c.birthDate, c.unitId, c.positionTitle,
                c.rankLevel, c.postSince, c.rankSince, c.categorySet(), c.politicalStatus, c.education,
                c.isRetired() ? CadreProfile.CadreStatus.RETIRED : CadreProfile.CadreStatus.ACTIVE);
    }

}
