package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.events.PersonnelEventPublisher;
import org.benling.platform.audit.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Many new cadres registered together — a roster import's 10,000 rows, the demo's bureau — in a few statements
 * whatever their number: the cadres, their audit rows under the transaction's own Envers revision (who, when, the
 * request id, as for any change), and their {@code CadreRegistered} events in the outbox, in the caller's transaction.
 *
 * <p>Through the entity manager, 10,000 cadres took 760 ms to flush and 350 ms more for Envers' audit rows at commit,
 * for SQL that takes about 300 ms as one {@code INSERT … SELECT} (docs/benchmarks.md, "Roster import"). The cadres come
 * decided and complete (the import has checked every row); nothing here decides. They are not managed entities
 * afterwards: their ids and fields are what the caller reports.
 */
@ApplicationScoped
public class CadreBatch {

    @Inject EntityManager em;
    @Inject PersonnelEventPublisher events;

    /**
     * Writes the cadres (version 0, created and updated {@code at}), their audit rows as additions, and their events in
     * list order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerAll(List<Cadre> cadres, Instant at) {
        if (cadres.isEmpty()) {
            return;
        }
        for (Cadre c : cadres) {
            if (c.id == null) {
                c.id = UUID.randomUUID();
            }
            c.createdAt = at;
            c.updatedAt = at;
        }
        UUID[] ids = column(cadres, c -> c.id, UUID[]::new);
        em.createNativeQuery("""
                INSERT INTO cadre (id, employee_number, name, gender, birth_date, unit_id, position_title, rank_level,
                                   post_since, rank_since, joined_work_on, categories, political_status, education,
                                   status, retired_on, created_at, updated_at, version)
                SELECT c.id, c.employee_number, c.name, c.gender, c.birth_date, c.unit_id, c.position_title,
                       c.rank_level, c.post_since, c.rank_since, c.joined_work_on,
                       string_to_array(c.categories, ','), c.political_status, c.education, c.status, c.retired_on,
                       CAST(:at AS timestamptz), CAST(:at AS timestamptz), 0
                FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS text[]), CAST(:names AS text[]),
                            CAST(:genders AS text[]), CAST(:births AS date[]), CAST(:units AS uuid[]),
                            CAST(:titles AS text[]), CAST(:ranks AS text[]), CAST(:postSince AS date[]),
                            CAST(:rankSince AS date[]), CAST(:joined AS date[]), CAST(:categories AS text[]),
                            CAST(:political AS text[]), CAST(:education AS text[]), CAST(:statuses AS text[]),
                            CAST(:retiredOn AS date[]))
                     AS c(id, employee_number, name, gender, birth_date, unit_id, position_title, rank_level,
                          post_since, rank_since, joined_work_on, categories, political_status, education, status,
                          retired_on)""")
                .setParameter("ids", ids)
                .setParameter("numbers", column(cadres, c -> c.employeeNumber, String[]::new))
                .setParameter("names", column(cadres, c -> c.name, String[]::new))
                .setParameter("genders", column(cadres, c -> name(c.gender), String[]::new))
                .setParameter("births", column(cadres, c -> c.birthDate, LocalDate[]::new))
                .setParameter("units", column(cadres, c -> c.unitId, UUID[]::new))
                .setParameter("titles", column(cadres, c -> c.positionTitle, String[]::new))
                .setParameter("ranks", column(cadres, c -> name(c.rankLevel), String[]::new))
                .setParameter("postSince", column(cadres, c -> c.postSince, LocalDate[]::new))
                .setParameter("rankSince", column(cadres, c -> c.rankSince, LocalDate[]::new))
                .setParameter("joined", column(cadres, c -> c.joinedWorkOn, LocalDate[]::new))
                // a cadre's categories as one text each (enum names hold no comma), split again in SQL
                .setParameter("categories", column(cadres, c -> String.join(",", c.categories), String[]::new))
                .setParameter("political", column(cadres, c -> name(c.politicalStatus), String[]::new))
                .setParameter("education", column(cadres, c -> name(c.education), String[]::new))
                .setParameter("statuses", column(cadres, c -> name(c.status), String[]::new))
                .setParameter("retiredOn", column(cadres, c -> c.retiredOn, LocalDate[]::new))
                .setParameter("at", at)
                .executeUpdate();
        // the transaction's revision, made by Envers as for an entity's change (its listener names the actor), and
        // shared with whatever else the transaction changes
        AuditRevision revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true);
        // revtype 0: an addition, as Envers writes it
        em.createNativeQuery("""
                INSERT INTO cadre_aud (id, rev, revtype, employee_number, name, gender, birth_date, unit_id,
                                       position_title, rank_level, post_since, rank_since, joined_work_on, categories,
                                       political_status, education, status, retired_on)
                SELECT id, :rev, 0, employee_number, name, gender, birth_date, unit_id, position_title, rank_level,
                       post_since, rank_since, joined_work_on, categories, political_status, education, status,
                       retired_on
                FROM cadre WHERE id = ANY(CAST(:ids AS uuid[]))""")
                .setParameter("rev", revision.id).setParameter("ids", ids).executeUpdate();
        events.registered(cadres);
    }

    private static <T> T[] column(List<Cadre> cadres, Function<Cadre, T> value, IntFunction<T[]> array) {
        return cadres.stream().map(value).toArray(array);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
