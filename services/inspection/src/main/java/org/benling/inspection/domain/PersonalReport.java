package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A cadre's 个人有关事项报告: the yearly one (due by 31 January) or a change (a marriage, a family member moving
 * abroad: within 30 days of it). Late when filed after its due day. Audited: every revision, who and when. Once a
 * spot-check takes it up, it is what was checked and stays as it is.
 */
@Entity
@Table(name = "personal_report")
@Audited
public class PersonalReport extends PanacheEntityBase {

    @Schema(name = "PersonalReportKind")
    public enum Kind { ANNUAL, CHANGE }

    /** What a change report is about (规定 article 5: 本人婚姻变化, 配偶、子女移居国（境）外 …). */
    @Schema(name = "PersonalChangeKind")
    public enum ChangeKind { MARRIAGE, FAMILY_ABROAD }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    public ChangeKind changeKind;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PersonalMatters content;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    /** When a spot-check took it up (it is then kept as checked). */
    @Column(name = "checked_at")
    public Instant checkedAt;

    @Version
    public long version;

    /** The yearly report of {@code year}, filed on {@code today}: only in its own year. */
    public static PersonalReport annual(UUID cadreId, UUID unitId, int year, LocalDate dueOn, PersonalMatters content,
            String by, Instant at, LocalDate today) {
        if (year != today.getYear()) {
            throw ProblemException.invalidField("year", "the yearly report is filed in its year (" + today.getYear()
                    + ") / 仅可填报本年度报告");
        }
        PersonalReport r = new PersonalReport();
        r.id = UUID.randomUUID();
        r.cadreId = cadreId;
        r.unitId = unitId;
        r.year = year;
        r.kind = Kind.ANNUAL;
        r.dueOn = dueOn;
        r.write(content, by, at, today);
        return r;
    }

    /** A change that happened on {@code changedOn} (not after today), reported by {@code dueOn}. */
    public static PersonalReport change(UUID cadreId, UUID unitId, ChangeKind changeKind, LocalDate changedOn,
            LocalDate dueOn, PersonalMatters content, String by, Instant at, LocalDate today) {
        if (changedOn.isAfter(today)) {
            throw ProblemException.invalid("the change is incomplete or invalid / 变化事项有误",
                    List.of(new Problem.Violation("changedOn", "a change that has happened: not after " + today)));
        }
        PersonalReport r = new PersonalReport();
        r.id = UUID.randomUUID();
        r.cadreId = cadreId;
        r.unitId = unitId;
        r.year = today.getYear();
        r.kind = Kind.CHANGE;
        r.changeKind = changeKind;
        r.changedOn = changedOn;
        r.dueOn = dueOn;
        r.write(content, by, at, today);
        return r;
    }

    /** The cadre corrects the yearly report, until a spot-check takes it up. */
    public void revise(PersonalMatters newContent, String by, Instant at, LocalDate today) {
        if (checkedAt != null) {
            throw ProblemException.conflict("report-under-check",
                    "the report is being checked and stays as filed / 报告已被抽查核实，不能修改");
        }
        write(newContent, by, at, today);
    }

    private void write(PersonalMatters newContent, String by, Instant at, LocalDate today) {
        content = newContent;
        filedBy = by;
        filedAt = at;
        filedOn = today;
    }

    /** Filed after its due day. */
    public boolean late() {
        return filedOn.isAfter(dueOn);
    }

    /** A spot-check takes it up (the first one: a second check finds it taken already). */
    public void takeUp(Instant at) {
        if (checkedAt == null) {
            checkedAt = at;
        }
    }
}
