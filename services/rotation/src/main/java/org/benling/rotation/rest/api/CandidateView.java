package org.benling.rotation.rest.api;

import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Candidate")
public record CandidateView(int rank, UUID cadreId, String employeeNumber, String name, String unitName,
        RankLevel rankLevel, double score, double gapFit, double tenureFit, double regionFit, List<String> reasons) {
}
