package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.benling.inspection.domain.rules.SpotCheckSample;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A year's random spot-check of a unit's subtree (随机抽查), kept as published: the seed, the ordered list of the
 * reporters and its digest, the rate and the sample ({@link SpotCheckSample}); anyone given these recomputes it.
 * Never changed after it is drawn.
 */
@Entity
@Table(name = "spot_check_draw")
public class SpotCheckDraw extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String seed;

    @Column(name = "list_digest", nullable = false)
    public String listDigest;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] reporters;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] sample;

    @Column(nullable = false)
    public BigDecimal rate;

    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    /** The draw of {@code year} for the unit's subtree, as the rule made it. */
    public static SpotCheckDraw of(int year, UUID unitId, SpotCheckSample.Draw draw, BigDecimal rate, String by,
            Instant at) {
        SpotCheckDraw d = new SpotCheckDraw();
        d.id = UUID.randomUUID();
        d.year = year;
        d.unitId = unitId;
        d.seed = draw.seed();
        d.listDigest = draw.listDigest();
        d.reporters = draw.reporters().toArray(UUID[]::new);
        d.sample = draw.sample().toArray(UUID[]::new);
        d.rate = rate;
        d.drawnBy = by;
        d.drawnAt = at;
        return d;
    }
}
