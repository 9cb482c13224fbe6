package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.rules.TalentGrid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 人才盘点九宫格 of a unit's subtree: nine cells of performance (the latest grade) by potential (the mean capability
 * score), each with its count and its people (the highest potential first, at most {@code shownPerCell}); those without
 * a grade or without scores are counted apart.
 */
@Schema(name = "TalentGrid")
public record TalentGridView(UUID unitId, @Nullable String unitName, int high, int low, List<Cell> cells, int placed,
        @Schema(description = "无年度考核结果 / without a finalised grade") int withoutGrade,
        @Schema(description = "无本领得分 / without capability scores") int withoutScores, int shownPerCell) {

    @Schema(name = "TalentGridCell")
    public record Cell(TalentGrid.Band performance, TalentGrid.Band potential, int count, List<Placed> people) {
    }

    @Schema(name = "TalentGridPerson")
    public record Placed(VotingSessionView.Person person, @Nullable String positionTitle, RankLevel rankLevel,
            Grade grade, int gradeYear, int potentialScore) {
    }
}
