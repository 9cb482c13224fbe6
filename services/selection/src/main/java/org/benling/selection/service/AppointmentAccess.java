package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.Appointment;

/**
 * Who reaches an appointment trail: HR and inspectors of the unit's subtree read it, leaders and administrators any;
 * HR of the unit or above and administrators move it. Outside one's reach a trail is not found.
 */
@ApplicationScoped
public class AppointmentAccess {

    @Inject UnitScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Appointment readable(UUID id) {
        return Appointment.<Appointment>findByIdOptional(id).filter(a -> scope.mayRead(a.unitId))
                .orElseThrow(() -> ProblemException.notFound("Appointment", id));
    }

    public Appointment writable(UUID id) {
        Appointment a = readable(id);
        if (!scope.mayWrite(a.unitId)) {
            throw ProblemException.forbidden("only HR of the unit (or above) moves its appointment trails");
        }
        return a;
    }
}
