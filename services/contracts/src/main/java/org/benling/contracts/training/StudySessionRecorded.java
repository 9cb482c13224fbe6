package org.benling.contracts.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;

/**
 * A study session of a unit's leadership team (理论学习中心组学习) was recorded, or corrected: its topic, day, length,
 * the capabilities it studied and the members who attended. Learning evidence of each attendee; a correction is
 * published again and replaces the earlier one (by {@code sessionId}). Key: unit id.
 */
public record StudySessionRecorded(UUID sessionId, UUID unitId, String topic, LocalDate heldOn, BigDecimal hours,
        Set<Capability> capabilities, List<UUID> attendeeIds) {
}
