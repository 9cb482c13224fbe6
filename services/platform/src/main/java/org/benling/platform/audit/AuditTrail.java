package org.benling.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads the Envers history of one entity as a list of changes, oldest first. */
@ApplicationScoped
public class AuditTrail {

    private static final Set<String> IGNORED = Set.of("version", "persistent");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @SuppressWarnings("unchecked")
    public List<AuditEntry> history(Class<?> entity, Object id) {
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Object[] r : revisions) {
            AuditRevision revision = (AuditRevision) r[1];
            RevisionType type = (RevisionType) r[2];
            Map<String, Object> after = type == RevisionType.DEL ? Map.of() : mapper.convertValue(r[0], Map.class);
            entries.add(new AuditEntry(revision.id, Instant.ofEpochMilli(revision.atMillis), revision.actor,
                    revision.requestId, kind(type), diff(before, after)));
            before = after;
        }
        return entries;
    }

    private static AuditEntry.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.Kind.CREATED;
            case MOD -> AuditEntry.Kind.CHANGED;
            case DEL -> AuditEntry.Kind.DELETED;
        };
    }

    private static List<AuditEntry.FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.removeAll(IGNORED);
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
