package org.benling.rotation.rest.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidateList")
public record Candidates(List<CandidateView> candidates, int considered, int notEligible, int onPosting) {
}
