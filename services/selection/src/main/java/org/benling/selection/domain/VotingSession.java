package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.benling.selection.domain.rules.VoterCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An online voting session of a unit: 民主推荐 (each voter recommends up to {@code places} people of the list) or
 * 民主测评 (each voter grades the people of the list). Drafted with its list and voter categories, given its one-time
 * codes once (shown to the organiser that once, kept as digests), opened, and closed, when the ballot box is counted.
 */
@Entity
@Table(name = "voting_session")
public class VotingSession extends PanacheEntityBase {

    @Schema(name = "VotingKind", description = "RECOMMENDATION 民主推荐、EVALUATION 民主测评")
    public enum Kind { RECOMMENDATION, EVALUATION }

    @Schema(name = "VotingStatus", description = "DRAFT 准备中、OPEN 投票中、CLOSED 已结束")
    public enum Status { DRAFT, OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    /** 民主推荐: how many may be recommended on one ballot; null for 民主测评. */
    public Integer places;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "candidate_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] candidateIds = new UUID[0];

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voter_category", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<VoterCategory> categories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    /** The salt of the codes' digests, never shown. */
    @Column(nullable = false)
    public byte[] secret;

    @Column(name = "codes_issued", nullable = false)
    public boolean codesIssued;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    public static VotingSession draft(UUID unitId, Kind kind, String title, Integer places, List<UUID> candidates,
            List<VoterCategory> categories, byte[] secret, String by, Instant at) {
        VotingSession s = new VotingSession();
        s.id = UUID.randomUUID();
        s.unitId = unitId;
        s.kind = kind;
        s.title = title.strip();
        s.places = kind == Kind.RECOMMENDATION ? places : null;
        s.candidateIds = candidates.toArray(UUID[]::new);
        s.categories = new ArrayList<>(categories);
        s.secret = secret.clone();
        s.createdBy = by;
        s.createdAt = at;
        return s;
    }

    /**
     * The codes of every category, drawn once while the session is a draft: the organiser prints or sends them; the
     * session keeps their digests only ({@link #digest}).
     */
    public Map<VoterCategory, List<String>> issueCodes(RandomGenerator random) {
        if (status != Status.DRAFT || codesIssued) {
            throw new IllegalStateException("codes are issued once, before the session opens");
        }
        int total = categories.stream().mapToInt(c -> c.voters).sum();
        List<String> codes = VoterCodes.issue(total, random);
        Map<VoterCategory, List<String>> byCategory = new LinkedHashMap<>();
        int next = 0;
        for (VoterCategory c : categories) {
            byCategory.put(c, codes.subList(next, next + c.voters));
            next += c.voters;
        }
        codesIssued = true;
        return byCategory;
    }

    public String digest(String code) {
        return VoterCodes.digest(secret, code);
    }

    public void open(String by, Instant at) {
        if (status != Status.DRAFT || !codesIssued) {
            throw new IllegalStateException("a draft with its codes issued opens");
        }
        status = Status.OPEN;
        openedBy = by;
        openedAt = at;
    }

    public void close(String by, Instant at) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("an open session closes");
        }
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public List<UUID> candidates() {
        return List.of(candidateIds);
    }

    public VoterCategory category(String code) {
        return categories.stream().filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + code));
    }
}
