package org.benling.contracts.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;

/**
 * An online voting session (民主推荐 or 民主测评) was closed and counted: per voter category its weight, codes and
 * ballots cast; per person the count in each category (for 民主测评 the grades given, and as count those approving:
 * 优秀 and 称职) and the weighted share. No ballot and no code is in it. Key: the session id.
 */
public record VotingClosed(UUID sessionId, UUID unitId, Kind kind, String title, LocalDate closedOn,
        List<Category> categories, List<Result> results) {

    public enum Kind { RECOMMENDATION, EVALUATION }

    public record Category(String code, String name, BigDecimal weight, int voters, int cast) {
    }

    /** One person's result: the weighted share (of recommendations, or of approval) and the count per category. */
    public record Result(UUID cadreId, BigDecimal weighted, List<Share> byCategory) {
    }

    /** {@code grades} for 民主测评 only (null for 民主推荐). */
    public record Share(String category, int count, Map<Grade, Integer> grades) {
    }
}
