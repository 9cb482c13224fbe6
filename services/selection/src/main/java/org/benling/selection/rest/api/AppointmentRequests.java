package org.benling.selection.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.AppointmentMethod;
import org.benling.selection.domain.rules.JointReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What each step of the appointment trail takes. */
public final class AppointmentRequests {

    private AppointmentRequests() {
    }

    /** 动议: the post of the unit, its rank, why it is to be filled and how. */
    @Schema(name = "AppointmentMotion")
    public record Motion(@NotNull UUID unitId, @NotBlank @Size(max = 120) String postTitle, @NotNull RankLevel rankLevel,
            @NotBlank @Size(max = 2000) String reason, @NotNull AppointmentMethod method) {
    }

    /** 民主推荐: the online session held (closed), or a note of the meeting and talk recommendation. */
    @Schema(name = "AppointmentRecommendation")
    public record Recommendation(UUID votingSessionId, @Size(max = 2000) String note) {
    }

    /** 确定考察对象: the candidates, each eligible. */
    @Schema(name = "AppointmentCandidates")
    public record Candidates(@NotEmpty @Size(max = 10) List<@NotNull UUID> cadreIds, @Size(max = 2000) String note) {
    }

    /** 考察: the report of each candidate, by cadre id. */
    @Schema(name = "AppointmentInvestigation")
    public record Investigation(@NotEmpty Map<UUID, @NotBlank @Size(max = 10000) String> reports) {
    }

    /** One check's answer: CLEAR, or NEGATIVE with what stands against the candidate. */
    @Schema(name = "JointReviewAnswer")
    public record Answer(@NotNull JointReview.Answer answer, @Size(max = 2000) String note) {
    }

    /** 讨论决定: the candidate and the meeting's vote. */
    @Schema(name = "AppointmentDecision")
    @VoteCounts
    public record Decision(@NotNull UUID cadreId, @NotNull LocalDate meetingOn, @Min(1) @Max(99) int members,
            @Schema(description = "到会人数，不多于 members / present, at most members") @Min(0) @Max(99) int present,
            @Schema(description = "同意票，不多于 present / in favour, at most present") @Min(0) @Max(99) int inFavour)
            implements VoteCounts.Counted {
    }

    /** 任前公示 from a day. */
    @Schema(name = "AppointmentPublicity")
    public record Publicity(@NotNull LocalDate startOn) {
    }

    /** An objection raised during the publicity ({@code raised}), or one looked into. */
    @Schema(name = "AppointmentObjection")
    public record Objection(boolean raised, @NotBlank @Size(max = 2000) String note) {
    }

    /** 任职 on a day. */
    @Schema(name = "AppointmentAppoint")
    public record Appoint(@NotNull LocalDate appointedOn) {
    }

    /** 终止, with the reason. */
    @Schema(name = "AppointmentWithdrawal")
    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }
}
