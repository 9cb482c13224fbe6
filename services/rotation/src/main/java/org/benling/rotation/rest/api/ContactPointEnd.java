package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactPointEnd", description = "结束联系（省略为今天）/ The point is no longer kept (today when omitted)")
public record ContactPointEnd(@Nullable LocalDate on) {
}
