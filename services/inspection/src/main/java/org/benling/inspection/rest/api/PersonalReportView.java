package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.inspection.domain.PersonalMatters;
import org.benling.inspection.domain.PersonalReport;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param underCheck a spot-check took it up: it stays as filed */
@Schema(name = "PersonalReport", description = "个人有关事项报告 / A personal-matters report (the content for the entitled)")
public record PersonalReportView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        UUID unitId, @Nullable String unitName, int year, PersonalReport.Kind kind,
        @Nullable PersonalReport.ChangeKind changeKind, @Nullable LocalDate changedOn, LocalDate dueOn,
        LocalDate filedOn, boolean late, boolean underCheck, PersonalMatters content, String filedBy, Instant filedAt,
        long version) implements Versioned {
}
