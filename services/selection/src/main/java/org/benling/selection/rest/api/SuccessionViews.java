package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.benling.selection.domain.rules.Readiness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the succession pages read: key posts, their successors with readiness, and 依事择人's ranked candidates. */
public final class SuccessionViews {

    private SuccessionViews() {
    }

    /** A key post with what it asks and how many successors it has at each readiness. */
    @Schema(name = "KeyPost")
    public record KeyPost(UUID id, UUID unitId, @Nullable String unitName, String title, RankLevel level,
            Map<Capability, Integer> minimumScores, List<Readiness.Experience> experience, @Nullable String description,
            @Schema(description = "在册后备人选按成熟度计数 / the successors by readiness") Map<Readiness.Level, Integer> readiness,
            String createdBy, Instant createdAt, long version) implements Versioned {
    }

    /** One thing a person still lacks for the post: its kind, code and parameters, and in words. */
    @Schema(name = "ReadinessGap")
    public record Gap(Readiness.Gap.Kind kind, String code, Map<String, Object> params, String message) {
    }

    /** A named successor with how ready they are today and what is missing. */
    @Schema(name = "Successor")
    public record Successor(UUID id, UUID keyPostId, VotingSessionView.Person person, @Nullable String positionTitle,
            @Nullable RankLevel rankLevel, @Nullable Readiness.Step step, @Nullable Readiness.Level readiness,
            List<Gap> gaps, boolean active, @Nullable String note, String addedBy, Instant addedAt,
            @Nullable String removedBy, @Nullable Instant removedAt, @Nullable String removalReason, long version)
            implements Versioned {
    }

    /** 依事择人: a candidate for the post in rank order, with the reasons of the rank. */
    @Schema(name = "PostCandidate")
    public record Candidate(int rank, VotingSessionView.Person person, @Nullable String positionTitle, RankLevel rankLevel,
            Readiness.Step step, Readiness.Level readiness, List<Gap> gaps,
            @Schema(description = "后备干部库在库 / admitted to a reserve pool of the unit's subtree") boolean inPool,
            @Schema(description = "已列为该岗位后备人选 / named a successor to the post already") boolean successor,
            @Schema(description = "岗位所要求本领的平均得分 / the mean score over the capabilities the post asks")
            @Nullable Integer requiredScore) {
    }
}
