package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.assessment.GapClosed;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.PostingProposal;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.rest.api.HostView;
import org.benling.rotation.rest.api.PostingRequest;
import org.benling.rotation.rest.api.ProposalView;

/**
 * Closes the loop on the practice side (DOMAIN.md): a capability gap that postings build proposes posting types
 * and host units for the cadre; HR turns a proposal into a proposed posting or dismisses it; a closed gap makes
 * an undecided proposal obsolete. Also keeps the last grades for the eligibility rule.
 */
@ApplicationScoped
public class ProposalService {

    /** Who made a proposal obsolete whose development-plan task was withdrawn. */
    static final String WITHDRAWN_BY = "selection: task withdrawn";

    /** How many host units a proposal suggests. */
    static final int HOSTS = 3;

    public record ProposalFilter(UUID unitId, PostingProposal.Status status, UUID cadreId) {
    }

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject HostUnits hostUnits;
    @Inject PostingCommands postings;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject RotationPolicy policy;
    @Inject CandidateStandings standings;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onGap(UUID eventId, CapabilityGapIdentified gap) {
        em.createNativeQuery("""
                INSERT INTO gap_view (gap_id, cadre_id, capability, score, threshold, open)
                VALUES (:id, :cadre, :capability, :score, :threshold, TRUE)
                ON CONFLICT (gap_id) DO UPDATE SET score = EXCLUDED.score, threshold = EXCLUDED.threshold""")
                .setParameter("id", gap.gapId()).setParameter("cadre", gap.cadreId())
                .setParameter("capability", gap.capability().name()).setParameter("score", gap.score())
                .setParameter("threshold", gap.threshold()).executeUpdate();
        Set<PostingType> types = policy.practiceBuilds().getOrDefault(gap.capability(), Set.of());
        Optional<CadreRef> cadre = cadres.find(gap.cadreId()).filter(CadreRef::active);
        if (types.isEmpty() || cadre.isEmpty() || PostingProposal.count("gapId", gap.gapId()) > 0) {
            return;
        }
        PostingProposal p = propose(cadre.get(), gap.capability(), types, eventId);
        p.gapId = gap.gapId();
        p.score = gap.score();
        p.threshold = gap.threshold();
        p.persist();
    }

    /**
     * A development plan's posting task (培养计划): the posting types that build the capability (a temporary post when
     * practice is not said to build it) and host units, due by the task's day; a withdrawn task makes its undecided
     * proposal obsolete (a posting HR already proposed from it stays).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDevelopmentTask(UUID eventId, DevelopmentTaskChanged task) {
        if (task.kind() != DevelopmentTaskChanged.Kind.POSTING) {
            return;
        }
        if (task.status() == DevelopmentTaskChanged.Status.WITHDRAWN) {
            PostingProposal.<PostingProposal>list("developmentTaskId = ?1 and status = ?2", task.taskId(),
                    PostingProposal.Status.PROPOSED).forEach(p -> p.obsolete(WITHDRAWN_BY, clock.instant()));
            return;
        }
        Optional<CadreRef> cadre = cadres.find(task.cadreId()).filter(CadreRef::active);
        if (cadre.isEmpty() || PostingProposal.count("developmentTaskId", task.taskId()) > 0) {
            return;
        }
        Set<PostingType> types = policy.practiceBuilds().getOrDefault(task.capability(), Set.of(PostingType.TEMPORARY_POST));
        PostingProposal p = propose(cadre.get(), task.capability(), types, eventId);
        p.developmentTaskId = task.taskId();
        p.dueOn = task.dueOn();
        p.persist();
    }

    private PostingProposal propose(CadreRef cadre, Capability capability, Set<PostingType> types, UUID eventId) {
        PostingProposal p = new PostingProposal();
        p.id = UUID.randomUUID();
        p.cadreId = cadre.id();
        p.capability = capability;
        p.postingTypes = EnumSetColumn.toArray(types);
        p.hostUnitIds = hosts(hostUnits.region(cadre.unitId()), types).toArray(UUID[]::new);
        p.sourceEventId = eventId;
        p.createdAt = clock.instant();
        return p;
    }

    /**
     * Host suggestions: provincial administrations in other regions than the cadre's (the west first for
     * poverty-alleviation posts), those that hosted the fewest postings first, so that exchanges stay balanced.
     */
    private List<UUID> hosts(Optional<Region> home, Set<PostingType> types) {
        List<Region> order = new ArrayList<>(types.contains(PostingType.POVERTY_ALLEVIATION)
                ? List.of(Region.WEST, Region.CENTRAL, Region.EAST) : List.of(Region.CENTRAL, Region.WEST, Region.EAST));
        home.ifPresent(order::remove);
        Set<UUID> hosts = new LinkedHashSet<>();
        for (Region region : order) {
            hostUnits.provincesOf(region).stream().limit(HOSTS).forEach(u -> hosts.add(u.id()));
        }
        return hosts.stream().limit(HOSTS).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onGapClosed(GapClosed closed) {
        em.createNativeQuery("UPDATE gap_view SET open = FALSE, score = :score WHERE gap_id = :id")
                .setParameter("score", closed.score()).setParameter("id", closed.gapId()).executeUpdate();
        PostingProposal.<PostingProposal>list("gapId = ?1 and status = ?2", closed.gapId(), PostingProposal.Status.PROPOSED)
                .forEach(p -> p.obsolete("assessment: gap closed", clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReviewFinalized(ReviewFinalized r) {
        standings.recordGrade(r);
    }

    public PostingProposal readable(UUID id) {
        PostingProposal p = PostingProposal.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Proposal", id);
        }
        cadres.find(p.cadreId).filter(c -> scope.mayReadCadre(c.id(), c.unitId()))
                .orElseThrow(() -> ProblemException.notFound("Proposal", id));
        return p;
    }

    /** HR turns the proposal into a proposed posting (eligibility and the other rules of a proposal apply). */
    @Transactional
    public Posting accept(UUID id, PostingRequest request) {
        PostingProposal proposal = readable(id);
        proposal.requireUndecided();
        Posting posting = postings.propose(new PostingRequest(proposal.cadreId, request.type(),
                request.hostUnitId(), request.hostOrganisation(), request.region(), request.plannedStart(),
                request.plannedEnd(), request.purpose() == null || request.purpose().isBlank()
                        ? defaultPurpose(proposal) : request.purpose()),
                null, proposal.id);
        proposal.accept(posting.id, caller.name(), clock.instant());
        return posting;
    }

    /** What the posting is for, unless HR says: the gap it closes, or the capability the plan builds (no pool named). */
    private static String defaultPurpose(PostingProposal p) {
        return p.origin() == PostingProposal.Origin.CAPABILITY_GAP
                ? "补齐" + p.capability.chineseName() + "短板（" + p.score + " 分）"
                : "组织培养安排：提升" + p.capability.chineseName() + "，" + p.dueOn + " 前";
    }

    @Transactional
    public PostingProposal dismiss(UUID id) {
        PostingProposal proposal = readable(id);
        proposal.requireUndecided();
        CadreRef cadre = cadres.find(proposal.cadreId).orElseThrow();
        if (!scope.mayWrite(cadre.unitId())) {
            throw ProblemException.forbidden("HR of the cadre's unit decides on proposals");
        }
        proposal.dismiss(caller.name(), clock.instant());
        return proposal;
    }

    public PageResult<ProposalView> list(ProposalFilter f, PageQuery page) {
        return new NativeFilter(" FROM posting_proposal p JOIN cadre_view c ON c.id = p.cadre_id"
                + " JOIN unit_view u ON u.id = c.unit_id")
                .scope(scope.readScope(), "u.path", "p.cadre_id")
                .and("p.status = :status", "status", f.status() == null ? null : f.status().name())
                .inSubtreeOf("u.path", f.unitId())
                .and("p.cadre_id = :cadre", "cadre", f.cadreId())
                .pageRows(em, "p.id, c.employee_number, c.name, c.unit_id, u.name", "p.id", page, this::views);
    }

    /** A page's proposals in one statement and their hosts in another. */
    private List<ProposalView> views(List<Object[]> rows) {
        Map<UUID, PostingProposal> proposals = PostingProposal.<PostingProposal>list("id in ?1",
                rows.stream().map(r -> (UUID) r[0]).toList()).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        Map<UUID, HostUnits.HostUnit> hosts = hostUnits.findAll(proposals.values().stream()
                .flatMap(p -> Arrays.stream(p.hostUnitIds)).collect(Collectors.toSet()));
        return rows.stream().map(r -> view(proposals.get((UUID) r[0]), (String) r[1], (String) r[2], (UUID) r[3],
                (String) r[4], hosts)).toList();
    }

    public ProposalView view(PostingProposal p) {
        Optional<CadreRef> c = cadres.find(p.cadreId);
        return view(p, c.map(CadreRef::employeeNumber).orElse(null), c.map(CadreRef::name).orElse(null),
                c.map(CadreRef::unitId).orElse(null), c.map(CadreRef::unitName).orElse(null),
                hostUnits.findAll(Arrays.asList(p.hostUnitIds)));
    }

    private ProposalView view(PostingProposal p, String employeeNumber, String name, UUID unitId, String unitName,
            Map<UUID, HostUnits.HostUnit> units) {
        List<HostView> hosts = Arrays.stream(p.hostUnitIds).map(units::get).filter(Objects::nonNull)
                .map(u -> new HostView(u.id(), u.name(), policy.region(u.code()).orElse(null))).toList();
        List<PostingType> types = new ArrayList<>(EnumSetColumn.toSet(p.postingTypes, PostingType.class));
        return new ProposalView(p.id, p.cadreId, employeeNumber, name, unitId, unitName, p.origin(), p.capability,
                p.score, p.threshold, p.dueOn, types, hosts, p.status, p.createdAt, p.decidedBy, p.decidedAt, p.postingId,
                p.version);
    }
}
