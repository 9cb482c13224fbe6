package org.benling.training.rest.api;

import java.util.List;
import java.util.UUID;

public record DesignationRequest(List<UUID> cadreIds) {
}
