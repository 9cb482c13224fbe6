package org.benling.selection.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a post is filled (选拔方式). */
@Schema(name = "SelectionMethod", description = "RECOMMENDATION 民主推荐、COMPETITION 竞争上岗、OPEN_SELECTION 公开选拔")
public enum AppointmentMethod { RECOMMENDATION, COMPETITION, OPEN_SELECTION }
