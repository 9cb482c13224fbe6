package org.benling.contracts.personnel;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events the personnel service publishes on {@link Topics#PERSONNEL_CADRES}. */
public final class PersonnelEvents {
    public static final String SOURCE = "/benling/personnel";

    public static final EventType<CadreRegistered> CADRE_REGISTERED = type(CadreRegistered.class);
    public static final EventType<CadreUpdated> CADRE_UPDATED = type(CadreUpdated.class);
    public static final EventType<CadreTransferred> CADRE_TRANSFERRED = type(CadreTransferred.class);
    public static final EventType<CadreRetired> CADRE_RETIRED = type(CadreRetired.class);
    public static final EventType<UnitChanged> UNIT_CHANGED = type(UnitChanged.class);

    public static final List<EventType<?>> ALL =
            List.of(CADRE_REGISTERED, CADRE_UPDATED, CADRE_TRANSFERRED, CADRE_RETIRED, UNIT_CHANGED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of("personnel", Topics.PERSONNEL_CADRES, dataClass);
    }

    private PersonnelEvents() {
    }
}
