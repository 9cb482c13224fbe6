package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.Opening;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.CandidateRanking;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.rest.api.CandidateView;
import org.benling.rotation.rest.api.Candidates;
import org.benling.rotation.rest.api.OpeningRequest;
import org.benling.rotation.rest.api.OpeningView;
import org.benling.rotation.rest.api.PostingRequest;

/** Open postings a host offers, and the ranked candidates for them (gap fit, tenure, region balance). */
@ApplicationScoped
public class OpeningService {

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject CadreStanding standing;
    @Inject HostUnits hostUnits;
    @Inject PostingCommands postings;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject RotationPolicy policy;
    @Inject Clock clock;

    @Transactional
    public Opening create(OpeningRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        Optional<HostUnits.HostUnit> host = hostUnits.find(r.hostUnitId());
        if (r.hostUnitId() != null && host.isEmpty()) {
            violations.add(new Problem.Violation("hostUnitId", "no such unit: " + r.hostUnitId()));
        }
        if (!r.plannedEnd().isAfter(r.plannedStart())) {
            violations.add(new Problem.Violation("plannedEnd", "must be after plannedStart"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the opening is incomplete or invalid / 岗位信息不完整或有误", violations);
        }
        if (hostUnits.find(r.unitId()).isEmpty() || !scope.mayRead(r.unitId())) {
            throw ProblemException.invalidField("unitId", "no such unit in your scope: " + r.unitId());
        }
        if (!scope.mayWrite(r.unitId())) {
            throw ProblemException.forbidden("HR of the unit offers openings");
        }
        Opening o = new Opening();
        o.id = UUID.randomUUID();
        o.unitId = r.unitId();
        o.type = r.type();
        o.hostUnitId = r.hostUnitId();
        o.hostOrganisation = r.hostOrganisation() != null && !r.hostOrganisation().isBlank() ? r.hostOrganisation().strip()
                : host.map(HostUnits.HostUnit::name).orElseThrow();
        o.region = host.flatMap(h -> policy.region(h.code())).orElse(r.region());
        o.capabilities = EnumSetColumn.toArray(r.capabilities() == null ? Set.of() : r.capabilities());
        o.plannedStart = r.plannedStart();
        o.plannedEnd = r.plannedEnd();
        o.places = r.places();
        o.description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        o.createdBy = caller.name();
        o.createdAt = clock.instant();
        o.persist();
        return o;
    }

    public Opening readable(UUID id) {
        Opening o = Opening.findById(id);
        if (o == null || !scope.mayRead(o.unitId)) {
            throw ProblemException.notFound("Opening", id);
        }
        return o;
    }

    /** The openings of the caller's scope, one page: the count, then the page with its unit names and filled places. */
    public PageResult<OpeningView> list(Opening.Status status, PageQuery page) {
        return new NativeFilter(" FROM opening o JOIN unit_view u ON u.id = o.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .and("o.status = :status", "status", status == null ? null : status.name())
                .pageOf(em, Opening.class, "o.id", "u.name, (SELECT count(*) FROM posting p WHERE p.opening_id = o.id"
                        + " AND p.status <> 'CANCELLED')", page, (o, row) -> view(o, (String) row[1], ((Number) row[2]).longValue()));
    }

    public OpeningView view(Opening o) {
        return view(o, hostUnits.find(o.unitId).map(HostUnits.HostUnit::name).orElse(null), filled(o));
    }

    private static OpeningView view(Opening o, String unitName, long filled) {
        return new OpeningView(o.id, o.unitId, unitName, o.type, o.hostUnitId, o.hostOrganisation, o.region,
                EnumSetColumn.toSet(o.capabilities, Capability.class), o.plannedStart, o.plannedEnd, o.places, filled,
                o.description, o.status, o.createdBy, o.version);
    }

    private long filled(Opening o) {
        return Posting.count("openingId = ?1 and status <> ?2", o.id, Status.CANCELLED);
    }

    /** Eligible cadres of the opening unit's subtree, not already on a posting, ranked with their reasons. */
    public Candidates candidates(UUID openingId, int limit) {
        Opening o = readable(openingId);
        String path = cadres.unitPath(o.unitId).orElseThrow();
        List<CadreRef> pool = cadres.inSubtree(path).stream()
                .filter(c -> o.hostUnitId == null || !o.hostUnitId.equals(c.unitId())).toList();
        List<UUID> ids = pool.stream().map(CadreRef::id).toList();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<EligibilityReason>> refusals = standing.refusals(ids, today, o.type);
        Set<UUID> busy = new java.util.HashSet<>(Posting.<Posting>list("cadreId in ?1 and status in ?2", ids,
                EnumSet.of(Status.PROPOSED, Status.APPROVED, Status.ACTIVE)).stream().map(p -> p.cadreId).toList());
        Map<UUID, List<CandidateRanking.OpenGap>> gaps = standing.openGaps(ids);
        Map<UUID, CadreRef> byId = new HashMap<>();
        Map<UUID, Optional<Region>> regions = new HashMap<>();
        List<CandidateRanking.Candidate> eligible = new ArrayList<>();
        int notEligible = 0;
        for (CadreRef c : pool) {
            if (busy.contains(c.id())) {
                continue;
            }
            if (!refusals.get(c.id()).isEmpty()) {
                notEligible++;
                continue;
            }
            byId.put(c.id(), c);
            eligible.add(new CandidateRanking.Candidate(c.id(), c.postSince(), policy.keyPost(c.positionTitle()),
                    regions.computeIfAbsent(c.unitId(), hostUnits::region), gaps.getOrDefault(c.id(), List.of())));
        }
        List<CandidateRanking.Ranked> ranked = CandidateRanking.rank(new CandidateRanking.Opening(
                EnumSetColumn.toSet(o.capabilities, Capability.class), Optional.ofNullable(o.region)), eligible, today, policy);
        List<CandidateView> top = ranked.stream().limit(limit).map(r -> {
            CadreRef c = byId.get(r.cadreId());
            return new CandidateView(r.rank(), c.id(), c.employeeNumber(), c.name(), c.unitName(), c.rankLevel(),
                    r.score(), r.gapFit(), r.tenureFit(), r.regionFit(), r.reasons());
        }).toList();
        return new Candidates(top, pool.size(), notEligible, busy.size());
    }

    /** Propose the chosen candidate for the opening (the opening is filled when its places are taken). */
    @Transactional
    public Posting nominate(UUID openingId, UUID cadreId, String purpose) {
        Opening o = readable(openingId);
        o.requireOpen();
        Posting p = postings.propose(new PostingRequest(cadreId, o.type, o.hostUnitId,
                o.hostUnitId == null ? o.hostOrganisation : null, o.region, o.plannedStart, o.plannedEnd,
                purpose == null ? o.description : purpose), o.id, null);
        o.taken(filled(o));
        return p;
    }
}
