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

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;

    /** One audited record of a joined history: a label for it ({@code enrolment:<id>}), its entity class and id. */
    public record Subject(String label, Class<?> entity, Object id) {
    }

    public List<AuditEntry> history(Class<?> entity, Object id) {
        return history(entity, id, null);
    }

    /** The histories of several records as one, in the order the changes were made, each entry with its subject. */
    public List<AuditEntry> history(List<Subject> subjects) {
        List<AuditEntry> all = new ArrayList<>();
        for (Subject s : subjects) {
            all.addAll(history(s.entity(), s.id(), s.label()));
        }
        all.sort(java.util.Comparator.comparingLong(AuditEntry::revision));
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> history(Class<?> entity, Object id, String subject) {
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
            Map<String, Object> after = type == RevisionType.DEL ? Map.of() : fields(r[0]);
            entries.add(new AuditEntry(revision.id, Instant.ofEpochMilli(revision.atMillis), revision.actor,
                    revision.requestId, kind(type), diff(before, after), subject));
            before = after;
        }
        return entries;
    }

    /**
     * The entity's persistent values by field name, as JSON would show them: a reference to another entity as that
     * entity's id (never the entity, whose own history says how it changed), collections of child entities left
     * out (each child is audited on its own).
     */
    private Map<String, Object> fields(Object entity) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                // Panache turns an entity's public fields into protected ones behind generated getters
                if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isPrivate(modifiers)
                        || f.getName().startsWith("$$") || f.isSynthetic() || f.isAnnotationPresent(jakarta.persistence.Transient.class) || childEntities(f)) {
                    continue;
                }
                Object value = read(entity, f);
                if (f.getType().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                    embedded(f, value).forEach(values::putIfAbsent);
                    continue;
                }
                if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
                    value = proxy.getHibernateLazyInitializer().getIdentifier();
                } else if (value != null && value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    value = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
                }
                values.putIfAbsent(f.getName(), mapper.convertValue(value, Object.class));
            }
        }
        return values;
    }

    /**
     * An embedded value (a {@code Decision}) as the fields it is stored in, each named after its column as the
     * record's other fields are ({@code cancel_reason} → {@code cancelReason}), so that the history reads the
     * same as when they were fields of the record; nothing while the value is null.
     */
    private Map<String, Object> embedded(java.lang.reflect.Field field, Object value) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (value == null) {
            return values;
        }
        for (java.lang.reflect.Field part : field.getType().getDeclaredFields()) {
            jakarta.persistence.Column column = part.getAnnotation(jakarta.persistence.Column.class);
            if (column == null) {
                continue;
            }
            String name = column.name();
            for (jakarta.persistence.AttributeOverride override : field.getAnnotationsByType(
                    jakarta.persistence.AttributeOverride.class)) {
                if (override.name().equals(part.getName())) {
                    name = override.column().name();
                }
            }
            try {
                part.setAccessible(true);
                values.put(camelCase(name), mapper.convertValue(part.get(value), Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + part.getName() + " of " + field.getName(), e);
            }
        }
        return values;
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Through Panache's generated getter (it loads what a plain field read would miss); no getter, no value. */
    private static Object read(Object entity, java.lang.reflect.Field f) {
        String name = f.getName();
        try {
            return entity.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                    .invoke(entity);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + entity.getClass().getSimpleName(), e);
        }
    }

    private static boolean childEntities(java.lang.reflect.Field f) {
        return java.util.Collection.class.isAssignableFrom(f.getType())
                && f.getGenericType() instanceof java.lang.reflect.ParameterizedType type
                && type.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isAnnotationPresent(jakarta.persistence.Entity.class);
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
