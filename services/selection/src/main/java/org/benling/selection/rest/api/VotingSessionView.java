package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.preconditions.Versioned;
import org.benling.selection.domain.VotingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A voting session as its organisers see it: the list, the categories with the turnout so far, and once closed the
 * result per category and weighted. Never a code, never a ballot.
 */
@Schema(name = "VotingSession")
public record VotingSessionView(UUID id, UUID unitId, @Nullable String unitName, VotingSession.Kind kind, String title,
        @Nullable Integer places, VotingSession.Status status, boolean codesIssued, List<Person> candidates,
        List<Category> categories, @Nullable List<Result> results, String createdBy, Instant createdAt,
        @Nullable Instant openedAt, @Nullable Instant closedAt, long version) implements Versioned {

    @Schema(name = "VotingCandidate")
    public record Person(UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
            @Nullable String unitName) {
    }

    /** A voter category: its codes and how many of them have voted. */
    @Schema(name = "VoterCategory")
    public record Category(String code, String name, BigDecimal weight, int voters, int voted, BigDecimal turnout) {
    }

    /**
     * One person's result: per category the ballots cast there and how many recommended (or approved: 优秀 and 称职)
     * them, with the share; the grades per category for 民主测评; the weighted share.
     */
    @Schema(name = "VotingResult")
    public record Result(Person person, List<CategoryShare> byCategory, BigDecimal weighted) {
    }

    @Schema(name = "VotingCategoryShare")
    public record CategoryShare(String category, int cast, int count, BigDecimal share,
            @Nullable Map<Grade, Integer> grades) {
    }
}
