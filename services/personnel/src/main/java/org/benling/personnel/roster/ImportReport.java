package org.benling.personnel.roster;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.benling.platform.problem.Problem.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a roster import did with each row. */
@Schema(description = "花名册导入结果（逐行）/ Roster import report, row by row")
public record ImportReport(Mode mode, boolean committed, int totalRows, int imported, int rejected,
        List<RowResult> rows) {

    public enum Mode {
        /** Import the good rows, report the bad ones (default). */
        PARTIAL,
        /** Import nothing when any row is bad. */
        ALL_OR_NOTHING
    }

    public enum RowStatus { IMPORTED, REJECTED, VALID_NOT_IMPORTED }

    /** @param row the spreadsheet row number as Excel shows it (the header is row 1) */
    @Schema(name = "ImportRow")
    public record RowResult(int row, @Nullable String employeeNumber, @Nullable String name, RowStatus status,
            @Nullable UUID cadreId, List<Violation> violations) {
    }
}
