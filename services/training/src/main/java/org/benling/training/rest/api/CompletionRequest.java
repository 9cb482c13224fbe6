package org.benling.training.rest.api;

import java.util.List;

public record CompletionRequest(List<ParticipantResult> results) {
}
