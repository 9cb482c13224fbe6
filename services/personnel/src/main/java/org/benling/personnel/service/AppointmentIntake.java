package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.selection.AppointmentMade;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.CadreTransfer;
import org.benling.personnel.events.PersonnelEventPublisher;

/**
 * The appointments made at the end of selection's trails (AppointmentMade), taken into the registry once each (the
 * inbox): the post and, when it changes, the rank with its date; a post in another unit as a transfer. The change is
 * announced on personnel.cadres in the same transaction, as any other. An appointment the registry refuses (an unknown
 * or retired cadre, a day before the current post) goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class AppointmentIntake {

    static final String REASON = "任职（选拔任用）/ appointed at the end of a selection";
    static final String ACTOR = "selection";

    @Inject PersonnelEventPublisher events;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void appointed(AppointmentMade m) {
        Cadre cadre = Cadre.<Cadre>findByIdOptional(m.cadreId())
                .orElseThrow(() -> new IllegalArgumentException("no cadre " + m.cadreId() + " in the registry"));
        CadreProfile before = PersonnelEventPublisher.profile(cadre);
        Instant now = Instant.now(clock);
        CadreTransfer transfer = cadre.appoint(m.unitId(), m.postTitle(), m.rankLevel(), m.appointedOn(), REASON, ACTOR,
                now);
        cadre.updatedAt = now;
        if (transfer != null) {
            transfer.persist();
            events.transferred(cadre, transfer);
            return;
        }
        List<String> changed = CadreService.changedFields(before, PersonnelEventPublisher.profile(cadre));
        if (!changed.isEmpty()) {
            events.updated(cadre, changed);
        }
    }
}
