package org.benling.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.persistence.EnumSetColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A leading cadre (干部) in the registry. The rules of its life cycle are the methods below. */
@Entity
@Table(name = "cadre")
@Audited
public class Cadre extends PanacheEntityBase {

    @Schema(name = "CadreStatus")
    public enum Status { ACTIVE, RETIRED }

    @Id
    public UUID id;

    @Column(name = "employee_number", nullable = false, unique = true)
    public String employeeNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "position_title", nullable = false)
    public String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "rank_level", nullable = false)
    public RankLevel rankLevel;

    @Column(name = "post_since")
    public LocalDate postSince;

    @Column(name = "rank_since")
    public LocalDate rankSince;

    @Column(name = "joined_work_on")
    public LocalDate joinedWorkOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] categories = new String[0];

    /**
     * The single characters and character pairs of the name and the employee number, computed by the database (V2):
     * what the search's index reads. Never written from here.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_grams", columnDefinition = "varchar[]", insertable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    String[] searchGrams;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status")
    public PoliticalStatus politicalStatus;

    @Enumerated(EnumType.STRING)
    public Education education;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Set<CadreCategory> categorySet() {
        return EnumSetColumn.toSet(categories, CadreCategory.class);
    }

    public void categories(Set<CadreCategory> values) {
        categories = EnumSetColumn.toArray(values);
    }

    public boolean isRetired() {
        return status == Status.RETIRED;
    }

    /**
     * Moves the cadre to {@code toUnit} with a new position title; the post starts on {@code effectiveOn}.
     *
     * @return the history row to keep
     * @throws CadreRuleException when the cadre is retired or already in that unit
     */
    public CadreTransfer transferTo(UUID toUnit, String newPositionTitle, LocalDate effectiveOn, String reason,
            String recordedBy, Instant recordedAt) {
        if (isRetired()) {
            throw new CadreRuleException("cadre-retired", "status", "a retired cadre cannot be transferred");
        }
        if (toUnit.equals(unitId)) {
            throw new CadreRuleException("same-unit", "toUnitId", "the cadre already belongs to this unit");
        }
        if (postSince != null && effectiveOn.isBefore(postSince)) {
            throw new CadreRuleException("transfer-before-current-post", "effectiveOn",
                    "the transfer cannot take effect before the current post began (" + postSince + ")");
        }
        CadreTransfer transfer = CadreTransfer.record(this, toUnit, newPositionTitle, effectiveOn, reason, recordedBy, recordedAt);
        unitId = toUnit;
        positionTitle = newPositionTitle;
        postSince = effectiveOn;
        return transfer;
    }

    /**
     * 任职 at the end of a selection: the post of {@code unit} from {@code on}, with {@code rank} (and its date when
     * the rank changes); a post in another unit is a transfer, whose history row is returned (null otherwise).
     *
     * @throws CadreRuleException when the cadre is retired or the day is before the current post began
     */
    public CadreTransfer appoint(UUID unit, String postTitle, RankLevel rank, LocalDate on, String reason, String by,
            Instant at) {
        if (isRetired()) {
            throw new CadreRuleException("cadre-retired", "status", "a retired cadre cannot be appointed");
        }
        if (postSince != null && on.isBefore(postSince)) {
            throw new CadreRuleException("transfer-before-current-post", "appointedOn",
                    "the appointment cannot take effect before the current post began (" + postSince + ")");
        }
        CadreTransfer transfer = null;
        if (unit.equals(unitId)) {
            positionTitle = postTitle;
            postSince = on;
        } else {
            transfer = transferTo(unit, postTitle, on, reason, by, at);
        }
        if (rank != rankLevel) {
            rankLevel = rank;
            rankSince = on;
        }
        return transfer;
    }

    /** Retires the cadre: kept in the registry for history, out of the active roster. */
    public void retire(LocalDate on) {
        if (isRetired()) {
            throw new CadreRuleException("cadre-retired", "status", "the cadre is already retired");
        }
        if (on.isBefore(birthDate.plusYears(CadreDates.MIN_WORKING_AGE))) {
            throw new CadreRuleException("retirement-date", "retiredOn", "the retirement date is before working age");
        }
        status = Status.RETIRED;
        retiredOn = on;
    }
}
