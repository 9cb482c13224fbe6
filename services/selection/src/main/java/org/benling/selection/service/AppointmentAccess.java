package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.selection.domain.Appointment;

/** Who reaches an appointment trail: as {@link UnitReach} says of every record of a unit. */
@ApplicationScoped
public class AppointmentAccess {

    @Inject UnitReach reach;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Appointment readable(UUID id) {
        return reach.readable(Appointment.<Appointment>findByIdOptional(id), a -> a.unitId, "Appointment", id);
    }

    public Appointment writable(UUID id) {
        return reach.writable(Appointment.<Appointment>findByIdOptional(id), a -> a.unitId, "Appointment", id,
                "only HR of the unit (or above) moves its appointment trails");
    }
}
