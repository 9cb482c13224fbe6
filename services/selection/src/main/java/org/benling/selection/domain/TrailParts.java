package org.benling.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.selection.domain.rules.AppointmentWorkflow.Stage;
import org.benling.selection.domain.rules.JointReview;

/** The parts an {@link Appointment} keeps in tables of its own: candidates, checks and the steps of its record. */
public final class TrailParts {

    private TrailParts() {
    }

    /** A candidate (考察对象) with the investigation report (考察报告) once written. */
    @Embeddable
    public static class Candidate {
        @Column(name = "cadre_id", nullable = false)
        public UUID cadreId;

        public String report;

        protected Candidate() {
        }

        Candidate(UUID cadreId) {
            this.cadreId = cadreId;
        }
    }

    /** One of the four checks of a candidate: asked by whom and when, answered by whom, when and how, with a note. */
    @Embeddable
    public static class Check {
        @Column(name = "cadre_id", nullable = false)
        public UUID cadreId;

        @Enumerated(EnumType.STRING)
        @Column(name = "check_kind", nullable = false)
        public JointReview.Check kind;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public JointReview.Answer answer;

        public String note;

        @Column(name = "requested_by", nullable = false)
        public String requestedBy;

        @Column(name = "requested_at", nullable = false)
        public Instant requestedAt;

        @Column(name = "answered_by")
        public String answeredBy;

        @Column(name = "answered_at")
        public Instant answeredAt;

        protected Check() {
        }

        /** The answer, CLEAR or NEGATIVE; a negative one says why. */
        void answer(JointReview.Answer given, String text, String by, Instant at) {
            if (given == JointReview.Answer.REQUESTED) {
                throw ProblemException.invalidField("answer", "CLEAR or NEGATIVE / 请答复无问题或有问题");
            }
            if (given == JointReview.Answer.NEGATIVE && (text == null || text.isBlank())) {
                throw ProblemException.invalidField("note", "a negative answer says why / 有问题的须说明");
            }
            answer = given;
            note = text == null || text.isBlank() ? null : text.strip();
            answeredBy = by;
            answeredAt = at;
        }

        Check(UUID cadreId, JointReview.Check kind, String by, Instant at) {
            this.cadreId = cadreId;
            this.kind = kind;
            this.answer = JointReview.Answer.REQUESTED;
            this.requestedBy = by;
            this.requestedAt = at;
        }
    }

    /** A step of the record (纪实): the stage reached, who moved it there, when, and what they wrote. */
    @Embeddable
    public static class Step {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Stage stage;

        @Column(nullable = false)
        public String actor;

        @Column(nullable = false)
        public Instant at;

        public String note;

        protected Step() {
        }

        Step(Stage stage, String actor, Instant at, String note) {
            this.stage = stage;
            this.actor = actor;
            this.at = at;
            this.note = note == null || note.isBlank() ? null : note.strip();
        }
    }
}
