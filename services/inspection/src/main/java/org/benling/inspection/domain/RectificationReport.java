package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.platform.persistence.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** A rectification report (整改报告) the responsible unit files for a finding, and the inspector's verdict. */
@Entity
@Table(name = "rectification_report")
@Audited
public class RectificationReport extends PanacheEntityBase {

    @Schema(name = "ReportVerdict")
    public enum Verdict { ACCEPTED, RETURNED }

    @Id
    public UUID id;

    @Column(name = "finding_id", nullable = false)
    public UUID findingId;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String measures;

    /** Evidence: document numbers, file references or links. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] evidence = new String[0];

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    /** The inspector who gave the verdict, when, and the note that explains it. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "judged_by"))
    @AttributeOverride(name = "at", column = @Column(name = "judged_at"))
    @AttributeOverride(name = "note", column = @Column(name = "verdict_note"))
    public Decision judgement;

    /** The inspector's verdict on the report, with the note that explains it. */
    public void judge(Verdict verdict, String note, String by, Instant at) {
        this.verdict = verdict;
        judgement = Decision.of(by, at, note);
    }

    /** The latest report filed for a finding (the one awaiting or having the verdict), or null. */
    public static RectificationReport latestOf(UUID findingId) {
        return find("findingId = ?1 order by filedAt desc", findingId).firstResult();
    }
}
