package org.benling.training.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CourseModule")
public record ModuleView(int position, String title, int minutes, boolean hasTest) {
}
