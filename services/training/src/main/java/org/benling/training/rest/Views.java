package org.benling.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.benling.training.domain.Enrolment;
import org.benling.training.domain.HoursClaim;
import org.benling.training.domain.Proposal;
import org.benling.training.domain.TrainingClass;
import org.benling.training.domain.TrainingRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the training API. */
public final class Views {

    @Schema(name = "Course")
    public record CourseView(UUID id, String code, String title, CourseKind kind, Set<Capability> capabilities,
            BigDecimal creditHours, boolean online, int offJobDays, String provider, String description,
            List<ModuleView> modules, long version) {
        public static CourseView of(Course c) {
            return new CourseView(c.id, c.code, c.title, c.kind, c.capabilitySet(), c.creditHours, c.online, c.offJobDays,
                    c.provider, c.description, c.modules.stream().map(m -> new ModuleView(m.position, m.title, m.minutes,
                            m.hasTest)).toList(), c.version);
        }
    }

    @Schema(name = "CourseModule")
    public record ModuleView(int position, String title, int minutes, boolean hasTest) {
    }

    @Schema(name = "TrainingClass")
    public record ClassView(UUID id, UUID courseId, String courseTitle, BigDecimal creditHours, Set<Capability> capabilities,
            UUID unitId, UUID planId, String title, LocalDate startDate, LocalDate endDate, int capacity, long enrolled,
            String venue, boolean openEnrolment, TrainingClass.Status status, long version) {
        public static ClassView of(TrainingClass c) {
            return of(c, c.enrolledCount());
        }

        public static ClassView of(TrainingClass c, long enrolled) {
            return new ClassView(c.id, c.course.id, c.course.title, c.course.creditHours, c.course.capabilitySet(), c.unitId,
                    c.planId, c.title, c.startDate, c.endDate, c.capacity, enrolled, c.venue, c.openEnrolment,
                    c.status, c.version);
        }
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, UUID classId, UUID cadreId, String cadreName, String employeeNumber,
            Enrolment.Status status, boolean designated, String enrolledBy, Instant enrolledAt, BigDecimal leaveHours,
            BigDecimal testScore, LocalDate completedOn) {
    }

    @Schema(name = "TrainingRecord")
    public record RecordView(UUID id, UUID cadreId, UUID courseId, String title, TrainingCompleted.Source source,
            Set<Capability> capabilities, BigDecimal hours, boolean online, int offJobDays, LocalDate completedOn,
            String provider, String evidence, String enteredBy, long version) {
        public static RecordView of(TrainingRecord r) {
            return new RecordView(r.id, r.cadreId, r.courseId, r.title, r.source, r.capabilitySet(), r.hours, r.online,
                    r.offJobDays, r.completedOn, r.provider, r.evidence, r.enteredBy, r.version);
        }
    }

    @Schema(name = "HoursClaim")
    public record ClaimView(UUID id, UUID cadreId, String employeeNumber, String name, String unitName, String title,
            Set<Capability> capabilities, BigDecimal hours, boolean online, int offJobDays, LocalDate completedOn,
            String provider, String evidence, HoursClaim.Status status, String submittedBy, Instant submittedAt,
            String decidedBy, Instant decidedAt, String decisionNote, UUID recordId, long version) {
        public static ClaimView of(HoursClaim c, CadreDirectory.CadreRef cadre) {
            return new ClaimView(c.id, c.cadreId, cadre == null ? null : cadre.employeeNumber(),
                    cadre == null ? null : cadre.name(), cadre == null ? null : cadre.unitName(), c.title,
                    c.capabilitySet(), c.hours, c.online, c.offJobDays, c.completedOn, c.provider, c.evidence, c.status,
                    c.submittedBy, c.submittedAt, c.decidedBy, c.decidedAt, c.decisionNote, c.recordId, c.version);
        }
    }

    @Schema(name = "TrainingProposal")
    /**
     * @param detail       why, in the caller's language
     * @param detailCode   why, as a code the web app words itself ({@code proposal.CAPABILITY_GAP}); null on old rows
     * @param detailParams the code's parameters (score, threshold, host, start, until)
     */
    public record ProposalView(UUID id, UUID cadreId, UUID courseId, String courseTitle, Proposal.Reason reason,
            Capability capability, String detail, String detailCode, Map<String, String> detailParams,
            Proposal.Status status, Instant createdAt, String decidedBy) {
        public static ProposalView of(Proposal p, String language) {
            return new ProposalView(p.id, p.cadreId, p.course == null ? null : p.course.id,
                    p.course == null ? null : p.course.title, p.reason, p.capability, p.detail(language), p.detailCode,
                    p.detailParams, p.status, p.createdAt, p.decidedBy);
        }
    }

    private Views() {
    }
}
