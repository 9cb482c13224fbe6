package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Course")
public record CourseView(UUID id, String code, String title, CourseKind kind, Set<Capability> capabilities,
        BigDecimal creditHours, boolean online, int offJobDays, @Nullable String provider, @Nullable String description,
        List<ModuleView> modules, long version) implements Versioned {
    public static CourseView of(Course c) {
        return new CourseView(c.id, c.code, c.title, c.kind, c.capabilitySet(), c.creditHours, c.online, c.offJobDays,
                c.provider, c.description, c.modules.stream().map(m -> new ModuleView(m.position, m.title, m.minutes,
                        m.hasTest)).toList(), c.version);
    }
}
