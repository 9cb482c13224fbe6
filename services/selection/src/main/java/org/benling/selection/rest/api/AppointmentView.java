package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.benling.selection.domain.AppointmentMethod;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.domain.rules.JointReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appointment trail as its record shows it (选拔任用全程纪实): the post, the stage, the candidates with their reports
 * and their four checks, the decision, the publicity, every step with who and when, and the commands the caller may
 * give next (those the stage allows, for HR of the unit or above and administrators; none for a reader).
 */
@Schema(name = "Appointment")
public record AppointmentView(UUID id, UUID unitId, @Nullable String unitName, String postTitle, RankLevel rankLevel,
        String reason, AppointmentMethod method, AppointmentWorkflow.Stage stage, @Nullable UUID votingSessionId,
        List<Candidate> candidates, @Nullable Decision decision, @Nullable Publicity publicity,
        @Nullable LocalDate appointedOn, @Nullable String withdrawnReason, List<Step> steps,
        List<AppointmentWorkflow.Command> allowedCommands, String createdBy, Instant createdAt, long version)
        implements Versioned {

    /** A candidate, their report, their four checks and whether those clear them (凡提四必). */
    @Schema(name = "AppointmentCandidate")
    public record Candidate(VotingSessionView.Person person, @Nullable String report, List<Check> checks,
            boolean cleared) {
    }

    @Schema(name = "JointReviewCheck")
    public record Check(JointReview.Check check, JointReview.Answer answer, @Nullable String note, String requestedBy,
            Instant requestedAt, @Nullable String answeredBy, @Nullable Instant answeredAt) {
    }

    @Schema(name = "AppointmentDecisionRecord")
    public record Decision(VotingSessionView.Person person, LocalDate meetingOn, int members, int present,
            int inFavour) {
    }

    @Schema(name = "AppointmentPublicityRecord")
    public record Publicity(LocalDate startOn, LocalDate lastDay, int objectionsOpen) {
    }

    /** A step of the record: the stage reached, who, when, what they wrote. */
    @Schema(name = "AppointmentStep")
    public record Step(AppointmentWorkflow.Stage stage, String actor, Instant at, @Nullable String note) {
    }
}
