package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.contracts.supervision.MeasureOnRecord;

/** What the other services told assessment about one cadre, as the profile arithmetic reads it. */
public record Evidence(Optional<Rating> rating, List<Training> training, List<Posting> postings,
        List<MeasureOnRecord> measures, List<Finding> findings, List<Study> studies, List<Visit> visits,
        List<Research> research) {

    /** The capability scores of the cadre's latest finalised review. */
    public record Rating(int year, Map<Capability, Integer> scores) {
    }

    public record Training(String title, Set<Capability> capabilities, BigDecimal hours, LocalDate completedOn) {
    }

    public record Posting(String type, Set<Capability> capabilities, Evaluation evaluation, LocalDate completedOn) {
    }

    public record Finding(String category, Capability capability, Severity severity, LocalDate recordedOn) {
    }

    /** A leadership-team study session (理论学习中心组) the cadre attended. */
    public record Study(String topic, Set<Capability> capabilities, LocalDate heldOn) {
    }

    /** A visit to the cadre's grassroots contact point (基层联系点). */
    public record Visit(LocalDate visitedOn, int problemsSolved) {
    }

    /** A research report of the cadre's (大调研), adopted or not. */
    public record Research(String title, Set<Capability> capabilities, LocalDate submittedOn, boolean adopted) {
    }

    public static Evidence none() {
        return new Evidence(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Only the evidence the other services report, without daily work (studies, visits, research). */
    public static Evidence of(Optional<Rating> rating, List<Training> training, List<Posting> postings,
            List<MeasureOnRecord> measures, List<Finding> findings) {
        return new Evidence(rating, training, postings, measures, findings, List.of(), List.of(), List.of());
    }
}
