package org.benling.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.benling.selection.domain.rules.Tally;

/** A voter category of a session (班子成员, 中层干部, 职工代表 …): its weight in the result and how many codes it gets. */
@Embeddable
public class VoterCategory {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public BigDecimal weight;

    @Column(nullable = false)
    public int voters;

    /** For Hibernate. */
    protected VoterCategory() {
    }

    public VoterCategory(String code, String name, BigDecimal weight, int voters) {
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.voters = voters;
    }

    public Tally.Category forTally() {
        return new Tally.Category(code, weight, voters);
    }
}
