package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.RectificationReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rectification report as filed, with the inspector's verdict once judged. */
@Schema(name = "RectificationReport")
public record ReportView(UUID id, String summary, String measures, List<String> evidence, LocalDate completedOn,
        String filedBy, Instant filedAt, @Nullable RectificationReport.Verdict verdict, @Nullable String verdictNote,
        @Nullable String judgedBy, @Nullable Instant judgedAt) {
}
