package org.benling.training.rest.api;

import java.math.BigDecimal;
import java.util.UUID;

public record AttendanceEntry(UUID enrolmentId, boolean present, BigDecimal leaveHours) {
}
