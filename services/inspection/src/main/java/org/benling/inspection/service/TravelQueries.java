package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.PersonalMatters.PassportKind;
import org.benling.inspection.domain.Trip;
import org.benling.inspection.domain.rules.TravelPolicy;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.inspection.rest.api.PassportView;
import org.benling.inspection.rest.api.TripView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;

/** The passports and trips the caller may read, a page in two statements (the rows with names, the entities). */
@ApplicationScoped
public class TravelQueries {

    public static final Map<String, String> PASSPORT_SORTABLE = Map.of("registeredAt", "p.registered_at",
            "expiresOn", "p.expires_on", "name", "c.name", "unitName", "u.name");
    public static final Map<String, String> TRIP_SORTABLE = Map.of("departOn", "t.depart_on", "requestedAt",
            "t.requested_at", "passportDue", "t.passport_due", "name", "c.name", "unitName", "u.name");

    public record PassportFilter(UUID unitId, UUID cadreId, Passport.Status status, String q) {
    }

    public record TripFilter(UUID unitId, UUID cadreId, TripWorkflow.Status status, Boolean overdue, String q) {
    }

    private static final String PASSPORT_FROM = " FROM passport p JOIN unit_view u ON u.id = p.unit_id"
            + " LEFT JOIN cadre_view c ON c.id = p.cadre_id";
    private static final String PASSPORT_COLUMNS = "c.employee_number, c.name, u.name, (SELECT t.id FROM trip_abroad t"
            + " WHERE t.passport_id = p.id AND t.status = 'ISSUED' LIMIT 1)";
    private static final String TRIP_FROM = " FROM trip_abroad t JOIN passport p ON p.id = t.passport_id"
            + " JOIN unit_view u ON u.id = t.unit_id LEFT JOIN cadre_view c ON c.id = t.cadre_id";

    @Inject EntityManager em;
    @Inject TravelAccess access;
    @Inject Clock clock;

    public PageResult<PassportView> passports(PassportFilter f, PageQuery page) {
        return passportFilter(f).pageOf(em, Passport.class, "p.id", PASSPORT_COLUMNS, page, this::view);
    }

    public PassportView view(Passport p) {
        return passportFilter(new PassportFilter(null, null, null, null)).and("p.id = :id", "id", p.id)
                .oneOf(em, Passport.class, "p.id", PASSPORT_COLUMNS, this::view).orElseThrow();
    }

    private NativeFilter passportFilter(PassportFilter f) {
        return new NativeFilter(PASSPORT_FROM)
                .scope(access.readScope(), "u.path", "p.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("p.cadre_id = :cadre", "cadre", f.cadreId())
                .and("p.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("(c.name ILIKE :q OR c.employee_number ILIKE :q OR p.number ILIKE :q)", "q", Like.contains(f.q()));
    }

    private PassportView view(Passport p, Object[] row) {
        Decision cancelled = Decision.orNone(p.cancellation);
        return new PassportView(p.id, p.cadreId, (String) row[1], (String) row[2], p.unitId, (String) row[3], p.kind,
                p.number, p.expiresOn, p.status, p.expiresOn.isBefore(LocalDate.now(clock)), (UUID) row[4],
                p.registeredBy, p.registeredAt, cancelled.by(), cancelled.at(), cancelled.note(), p.version);
    }

    public PageResult<TripView> trips(TripFilter f, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        return tripFilter(f, null, today).pageOf(em, Trip.class, "t.id", TRIP_COLUMNS, page,
                (t, row) -> view(t, row, today));
    }

    public TripView view(Trip t) {
        LocalDate today = LocalDate.now(clock);
        return tripFilter(new TripFilter(null, null, null, null, null), t.id, today)
                .oneOf(em, Trip.class, "t.id", TRIP_COLUMNS, (trip, row) -> view(trip, row, today)).orElseThrow();
    }

    private static final String TRIP_COLUMNS = "c.employee_number, c.name, u.name, p.kind, p.number";

    private NativeFilter tripFilter(TripFilter f, UUID id, LocalDate today) {
        NativeFilter filter = new NativeFilter(TRIP_FROM)
                .scope(access.readScope(), "u.path", "t.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("t.id = :id", "id", id)
                .and("t.cadre_id = :cadre", "cadre", f.cadreId())
                .and("t.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("(c.name ILIKE :q OR c.employee_number ILIKE :q OR t.destination ILIKE :q)", "q", Like.contains(f.q()));
        if (f.overdue() != null) {
            filter.andIf(true, (f.overdue() ? "" : "NOT ") + "(t.status = 'ISSUED' AND t.passport_due < :today)")
                    .bind("today", today);
        }
        return filter;
    }

    private TripView view(Trip t, Object[] row, LocalDate today) {
        Decision d = Decision.orNone(t.decision);
        return new TripView(t.id, t.cadreId, (String) row[1], (String) row[2], t.unitId, (String) row[3], t.passportId,
                PassportKind.valueOf((String) row[4]), (String) row[5],
                t.destination, t.purpose, t.departOn, t.returnOn, t.status, t.requestedBy, t.requestedAt, d.by(), d.at(),
                d.note(), t.issuedOn, t.passportDue, t.returnedOn, t.overdueOn(today),
                t.passportDue != null && TravelPolicy.late(t.passportDue, t.returnedOn),
                List.copyOf(access.actions(t)), t.version);
    }

}
