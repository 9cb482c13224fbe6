package org.benling.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A decision taken on a record: who took it, when, and what they wrote with it (a reason, a verdict's note, a
 * remark). Its three columns live in the record's table as {@code decided_by}, {@code decided_at} and
 * {@code decision_note}; a table that named them before this class existed maps its own names with
 * {@code @AttributeOverride}. The record holds null while nothing is decided. The audit history shows the columns
 * as the record's own fields ({@code decidedBy}, {@code cancelReason}, ...; see {@code AuditTrail}).
 */
@Embeddable
public class Decision {

    @Column(name = "decided_by")
    private String by;

    @Column(name = "decided_at")
    private Instant at;

    @Column(name = "decision_note")
    private String note;

    /** For Hibernate. */
    protected Decision() {
    }

    private Decision(String by, Instant at, String note) {
        this.by = by;
        this.at = at;
        this.note = note;
    }

    /** A decision by {@code by} at {@code at}; a blank note is none, a note is kept without surrounding blanks. */
    public static Decision of(String by, Instant at, String note) {
        return new Decision(by, at, note == null || note.isBlank() ? null : note.strip());
    }

    /** What a view shows of a decision that may not be taken yet: the decision, or one with nothing in it. */
    public static Decision orNone(Decision decision) {
        return decision == null ? new Decision(null, null, null) : decision;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
