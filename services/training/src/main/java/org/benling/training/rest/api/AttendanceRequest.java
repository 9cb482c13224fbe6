package org.benling.training.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

public record AttendanceRequest(@NotNull LocalDate day, @NotNull @Valid List<AttendanceEntry> entries) {
}
