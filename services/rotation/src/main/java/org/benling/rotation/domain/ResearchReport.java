package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A leader's research report (大调研): what was studied, the capabilities it bears on, and its follow-up — what was
 * done with it and whether its findings were adopted (成果转化运用). Audited.
 */
@Entity
@Table(name = "research_report")
@Audited
public class ResearchReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] capabilities = new String[0];

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(nullable = false)
    public boolean adopted;

    /** The follow-up: who recorded it, when, and what was done with the report. */
    @Embedded
    public Decision followUp;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Version
    public long version;

    public static ResearchReport file(UUID cadreId, UUID unitId, String title, String summary, Set<Capability> capabilities,
            LocalDate submittedOn, String by, Instant at, LocalDate today) {
        if (submittedOn.isAfter(today)) {
            throw ProblemException.invalidField("submittedOn", "must not be in the future / 报送日期不能晚于今天");
        }
        ResearchReport r = new ResearchReport();
        r.id = UUID.randomUUID();
        r.cadreId = cadreId;
        r.unitId = unitId;
        r.title = title.strip();
        r.summary = summary.strip();
        r.capabilities = EnumSetColumn.toArray(capabilities);
        r.submittedOn = submittedOn;
        r.filedBy = by;
        r.filedAt = at;
        return r;
    }

    public Set<Capability> capabilitySet() {
        return EnumSetColumn.toSet(capabilities, Capability.class);
    }

    /** What was done with the report, and whether its findings were adopted; recorded again as it goes on. */
    public void followUp(String note, boolean adopted, String by, Instant at) {
        followUp = Decision.of(by, at, note);
        this.adopted = adopted;
    }
}
