package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** One logged read of restricted supervision detail: who, when, with which roles, which cadre and measure. */
public record ReadView(Instant readAt, String reader, String roles, UUID cadreId, UUID measureId, String what,
        @Nullable String requestId) {
}
