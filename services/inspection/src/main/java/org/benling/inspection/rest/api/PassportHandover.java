package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PassportHandover", description = "证照领用或交回的日期（省略为今天）/ The day a passport was handed out or back (today when omitted)")
public record PassportHandover(@Nullable LocalDate on) {
}
