package org.benling.training.rest.api;

import java.util.UUID;
import org.benling.training.domain.Enrolment;

/** A class the caller is enrolled in, and how. */
public record MyClass(UUID enrolmentId, ClassView trainingClass, Enrolment.Status status, boolean designated) {
}
