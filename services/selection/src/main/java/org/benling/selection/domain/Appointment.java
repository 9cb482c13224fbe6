package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.problem.ProblemException;
import org.benling.selection.domain.TrailParts.Candidate;
import org.benling.selection.domain.TrailParts.Check;
import org.benling.selection.domain.TrailParts.Step;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.domain.rules.AppointmentWorkflow.Command;
import org.benling.selection.domain.rules.AppointmentWorkflow.Stage;
import org.benling.selection.domain.rules.DecisionVote;
import org.benling.selection.domain.rules.JointReview;
import org.benling.selection.domain.rules.Publicity;
import org.benling.selection.domain.rules.SelectionPolicy;
import org.benling.selection.domain.rules.WorkingCalendar;
import org.hibernate.annotations.BatchSize;

/**
 * The selection for one post of a unit as its record (选拔任用全程纪实) keeps it: the motion, the candidates and their
 * reports, the four checks of each, the meeting's vote, the publicity and the appointment. Every move goes through
 * {@link AppointmentWorkflow} and leaves a {@link Step}; a refusal is a problem (409 the order, 422 a rule).
 * Eligibility, from the other services' events, is checked by the service before {@link #setCandidates} and
 * {@link #decide}.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID unitId;
    public String postTitle;
    @Enumerated(EnumType.STRING)
    public RankLevel rankLevel;
    public String reason;
    @Enumerated(EnumType.STRING)
    public AppointmentMethod method;
    @Enumerated(EnumType.STRING)
    public Stage stage = Stage.MOTION;
    /** The online 民主推荐 held, if any. */
    public UUID votingSessionId;
    /** 讨论决定: the candidate decided, the meeting's day and its vote. */
    public UUID decidedCadreId;
    public LocalDate meetingOn;
    public Integer members;
    public Integer present;
    public Integer inFavour;
    /** 任前公示: its first and last day and the objections not yet looked into. */
    public LocalDate publicityStart;
    public LocalDate publicityLastDay;
    public int objectionsOpen;
    public LocalDate appointedOn;
    public String withdrawnReason;
    public String createdBy;
    public Instant createdAt;

    @ElementCollection
    @BatchSize(size = 200) // a page's collections in one statement each
    @CollectionTable(name = "appointment_candidate", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    public List<Candidate> candidates = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "appointment_check", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    public List<Check> checks = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "appointment_step", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    public List<Step> steps = new ArrayList<>();

    @Version
    public long version;

    /** 分析研判和动议: the post, the reason and the method. */
    public static Appointment motion(UUID unitId, String postTitle, RankLevel rankLevel, String reason,
            AppointmentMethod method, String by, Instant at) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.unitId = unitId;
        a.postTitle = postTitle.strip();
        a.rankLevel = rankLevel;
        a.reason = reason.strip();
        a.method = method;
        a.createdBy = by;
        a.createdAt = at;
        a.steps.add(new Step(Stage.MOTION, by, at, a.reason));
        return a;
    }

    /** 民主推荐, held (online: the voting session, closed) or recorded in the note. */
    public void recommend(UUID votingSessionId, String note, String by, Instant at) {
        move(Command.RECOMMEND, by, at, note);
        this.votingSessionId = votingSessionId;
    }

    /** 确定考察对象: the candidates, each found eligible by the service. */
    public void setCandidates(List<UUID> cadreIds, String note, String by, Instant at) {
        move(Command.SET_CANDIDATES, by, at, note);
        candidates.clear();
        cadreIds.forEach(id -> candidates.add(new Candidate(id)));
    }

    /** 考察: a report for every candidate (个别谈话、民主测评、查阅档案、听取意见 summed up). */
    public void investigate(Map<UUID, String> reports, String by, Instant at) {
        requireAllowed(Command.INVESTIGATE);
        for (Candidate c : candidates) {
            String report = reports.get(c.cadreId);
            if (report == null || report.isBlank()) {
                throw ProblemException.invalidField("reports." + c.cadreId, "每名考察对象都要有考察报告 / a report for every"
                        + " candidate");
            }
        }
        move(Command.INVESTIGATE, by, at, null);
        candidates.forEach(c -> c.report = reports.get(c.cadreId).strip());
    }

    /** 凡提四必: the four checks of every candidate requested. */
    public void openJointReview(String by, Instant at) {
        move(Command.REVIEW, by, at, null);
        for (Candidate c : candidates) {
            for (JointReview.Check kind : JointReview.Check.values()) {
                checks.add(new Check(c.cadreId, kind, by, at));
            }
        }
    }

    /** One check answered, while the joint review is under way; a negative answer says why. */
    public void answer(UUID cadreId, JointReview.Check kind, JointReview.Answer answer, String note, String by, Instant at) {
        if (stage != Stage.JOINT_REVIEW) {
            throw ProblemException.conflict("invalid-transition", "checks are answered during the joint review / 仅在"
                    + "凡提四必阶段答复核查");
        }
        checks.stream().filter(c -> c.cadreId.equals(cadreId) && c.kind == kind).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Check of candidate", cadreId)).answer(answer, note, by, at);
    }

    /** The answers of a candidate's four checks. */
    public Map<JointReview.Check, JointReview.Answer> answers(UUID cadreId) {
        Map<JointReview.Check, JointReview.Answer> answers = new EnumMap<>(JointReview.Check.class);
        checks.stream().filter(c -> c.cadreId.equals(cadreId)).forEach(c -> answers.put(c.kind, c.answer));
        return answers;
    }

    /** 讨论决定 by the meeting's vote: 422 unless all four checks clear the candidate and the vote is adopted. */
    public void decide(UUID cadreId, LocalDate meetingOn, int members, int present, int inFavour, SelectionPolicy policy,
            String by, Instant at) {
        requireAllowed(Command.DECIDE);
        if (candidates.stream().noneMatch(c -> c.cadreId.equals(cadreId))) {
            throw ProblemException.invalidField("cadreId", "不是考察对象 / not a candidate: " + cadreId);
        }
        List<JointReview.Refusal> refusals = JointReview.refusals(answers(cadreId));
        if (!refusals.isEmpty()) {
            throw ProblemException.ruleViolated("joint-review-open", "凡提四必未全部通过 / the joint review has not cleared"
                    + " the candidate: " + refusals, List.of());
        }
        DecisionVote.Outcome outcome = DecisionVote.outcome(members, present, inFavour, policy);
        if (outcome != DecisionVote.Outcome.ADOPTED) {
            throw ProblemException.ruleViolated("decision-not-adopted", outcome == DecisionVote.Outcome.NO_QUORUM
                    ? "到会成员不足三分之二 / fewer than two thirds of the members present"
                    : "同意票未超过应到会成员半数 / not more than half of the members in favour", List.of());
        }
        move(Command.DECIDE, by, at, null);
        decidedCadreId = cadreId;
        this.meetingOn = meetingOn;
        this.members = members;
        this.present = present;
        this.inFavour = inFavour;
    }

    /** 任前公示 from {@code start} for the policy's working days. */
    public void publish(LocalDate start, WorkingCalendar calendar, SelectionPolicy policy, String by, Instant at) {
        move(Command.PUBLISH, by, at, null);
        publicityStart = start;
        publicityLastDay = Publicity.lastDay(start, calendar, policy);
    }

    /** An objection raised during the publicity, or one looked into; recorded as a step with its note. */
    public void objection(boolean raised, String note, String by, Instant at) {
        if (stage != Stage.PUBLICITY || !raised && objectionsOpen == 0) {
            throw ProblemException.conflict("invalid-transition", "an objection is raised during the publicity and looked"
                    + " into while open / 仅在公示期间登记反映、核查待核查的反映");
        }
        objectionsOpen += raised ? 1 : -1;
        steps.add(new Step(Stage.PUBLICITY, by, at, (raised ? "反映 / objection: " : "核查 / looked into: ") + note.strip()));
    }

    /** 任职: after the publicity's last day, with no objection open. */
    public void appoint(LocalDate appointedOn, WorkingCalendar calendar, SelectionPolicy policy, String by, Instant at) {
        requireAllowed(Command.APPOINT);
        Publicity.Refusal refusal = Publicity.refusal(publicityStart, appointedOn, objectionsOpen, calendar, policy);
        if (refusal == Publicity.Refusal.PERIOD_RUNS) {
            throw ProblemException.ruleViolated("publicity-running", "公示期至 " + publicityLastDay + " / the publicity runs"
                    + " until " + publicityLastDay, List.of());
        }
        if (refusal == Publicity.Refusal.OBJECTION_OPEN) {
            throw ProblemException.ruleViolated("objection-open", "尚有反映未核查 / an objection is not yet looked into",
                    List.of());
        }
        move(Command.APPOINT, by, at, null);
        this.appointedOn = appointedOn;
    }

    /** 终止, with the reason. */
    public void withdraw(String reason, String by, Instant at) {
        move(Command.WITHDRAW, by, at, reason);
        withdrawnReason = reason.strip();
    }

    public boolean allows(Command command) {
        return AppointmentWorkflow.allowed(stage, command);
    }

    private void move(Command command, String by, Instant at, String note) {
        requireAllowed(command);
        stage = AppointmentWorkflow.apply(stage, command);
        steps.add(new Step(stage, by, at, note));
    }

    /** 409 when the stage does not allow the command (asked by the service before it checks what needs the database). */
    public void requireAllowed(Command command) {
        if (!allows(command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase().replace('_', ' ')
                    + " a trail at " + stage.name().toLowerCase().replace('_', ' ') + " / 当前阶段不能执行该操作");
        }
    }
}
