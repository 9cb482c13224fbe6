package org.benling.platform.audit;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of an audited entity: who, when, and each field's value before and after; in a history that joins
 * several entities (a class with its enrolments and attendance), {@code subject} says which one changed.
 */
@Schema(name = "AuditEntry", description = "变更记录 / One audited change")
public record AuditEntry(long revision, Instant at, String actor, @Nullable String requestId, Kind kind,
        List<FieldChange> changes,
        @Nullable
        @Schema(description = "变更对象（合并记录中）/ What changed, in a history of several records, e.g. enrolment:<id>")
        String subject) {

    public enum Kind { CREATED, CHANGED, DELETED }

    @Schema(name = "FieldChange")
    public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
    }
}
