package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;

/**
 * A cadre named as a successor to a key post (后备人选), by whom and when, until taken off with a reason (the decision);
 * the record stays.
 */
@Entity
@Table(name = "successor")
public class Successor extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID keyPostId;
    public UUID cadreId;
    public boolean active;
    public String note;
    public String addedBy;
    public Instant addedAt;
    /** 调整出后备人选: by whom, when, why. */
    @Embedded
    public Decision removal;
    @Version
    public long version;

    public static Successor name(UUID keyPostId, UUID cadreId, String note, String by, Instant at) {
        Successor s = new Successor();
        s.id = UUID.randomUUID();
        s.keyPostId = keyPostId;
        s.cadreId = cadreId;
        s.active = true;
        s.note = note == null || note.isBlank() ? null : note.strip();
        s.addedBy = by;
        s.addedAt = at;
        return s;
    }

    /** Taken off the post's successors, saying why. */
    public void remove(String reason, String by, Instant at) {
        if (!active) {
            throw ProblemException.conflict("invalid-transition", "no longer a successor / 已不是后备人选");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "须说明理由 / say why");
        }
        active = false;
        removal = Decision.of(by, at, reason);
    }
}
