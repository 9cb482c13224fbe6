package org.benling.inspection.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Full coverage within a term (巡视全覆盖): each unit that should be inspected is covered by a round that went on
 * site in the term, planned by a round not yet started in the term, or not yet.
 */
public final class Coverage {

    @Schema(name = "CoverageStatus")
    public enum Status { COVERED, PLANNED, NOT_YET }

    /** A round's targets as coverage reads them. */
    public record RoundTargets(UUID roundId, List<UUID> units, LocalDate onSiteStart, boolean inspected) {
    }

    public record UnitCoverage(UUID unitId, Status status, Optional<UUID> roundId, Optional<LocalDate> on) {
    }

    private Coverage() {
    }

    public static List<UnitCoverage> of(List<UUID> units, List<RoundTargets> rounds, InspectionPolicy.Term term) {
        List<UnitCoverage> result = new ArrayList<>();
        for (UUID unit : units) {
            List<RoundTargets> inTerm = rounds.stream()
                    .filter(r -> r.units().contains(unit) && term.contains(r.onSiteStart()))
                    .sorted(Comparator.comparing(RoundTargets::onSiteStart)).toList();
            Optional<RoundTargets> covered = inTerm.stream().filter(RoundTargets::inspected).findFirst();
            Optional<RoundTargets> planned = inTerm.stream().filter(r -> !r.inspected()).findFirst();
            if (covered.isPresent()) {
                result.add(new UnitCoverage(unit, Status.COVERED, Optional.of(covered.get().roundId()),
                        Optional.of(covered.get().onSiteStart())));
            } else if (planned.isPresent()) {
                result.add(new UnitCoverage(unit, Status.PLANNED, Optional.of(planned.get().roundId()),
                        Optional.of(planned.get().onSiteStart())));
            } else {
                result.add(new UnitCoverage(unit, Status.NOT_YET, Optional.empty(), Optional.empty()));
            }
        }
        return result;
    }
}
