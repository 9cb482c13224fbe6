package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.KeyPost;
import org.benling.selection.domain.Successor;
import org.benling.selection.domain.rules.Readiness;
import org.benling.selection.rest.api.SuccessionRequests;

/**
 * Key posts and their successors (后备人选): HR of the unit (or above) names the post with what it asks, and names as
 * successors cadres of the unit's subtree at the post's level or the one below (a successor for whom the post is no
 * next step is refused, 400 on cadreId), each once; taking one off says why.
 */
@ApplicationScoped
public class SuccessionCommands {

    static final String REFUSAL = "only HR of the unit (or above) keeps its key posts' succession";

    @Inject UnitScope scope;
    @Inject UnitReach reach;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject Clock clock;

    @Transactional
    public KeyPost create(SuccessionRequests.KeyPost r) {
        scope.requireWritableUnit(r.unitId(), REFUSAL);
        KeyPost p = KeyPost.create(r.unitId(), r.title(), r.level(), r.minimumScores(),
                r.experience() == null ? Set.of() : r.experience(), r.description(), caller.name(), clock.instant());
        p.persist();
        return p;
    }

    @Transactional
    public Successor name(UUID postId, SuccessionRequests.Successor r) {
        KeyPost post = writable(postId);
        CadreRef cadre = cadres.find(r.cadreId()).filter(CadreRef::active)
                .filter(c -> reach.within(c.unitId(), post.unitId))
                .orElseThrow(() -> ProblemException.invalidField("cadreId", "不是本单位及下级单位的在职干部 / not an active cadre"
                        + " of the unit's subtree: " + r.cadreId()));
        if (Readiness.stepTo(cadre.rankLevel(), post.level).isEmpty()) {
            throw ProblemException.invalidField("cadreId", "须为该岗位职务层次或低一层次 / must hold the post's level or the"
                    + " one below");
        }
        if (Successor.count("keyPostId = ?1 and cadreId = ?2 and active = true", postId, cadre.id()) > 0) {
            throw ProblemException.conflict("already-successor", "已是该岗位后备人选 / a successor to the post already");
        }
        Successor s = Successor.name(postId, cadre.id(), r.note(), caller.name(), clock.instant());
        s.persist();
        return s;
    }

    @Transactional
    public Successor remove(UUID postId, UUID successorId, SuccessionRequests.Removal r) {
        writable(postId);
        Successor s = Successor.<Successor>findByIdOptional(successorId).filter(x -> x.keyPostId.equals(postId))
                .orElseThrow(() -> ProblemException.notFound("Successor", successorId));
        s.remove(r.reason(), caller.name(), clock.instant());
        return s;
    }

    /** A key post in reach: 404 outside it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyPost readable(UUID id) {
        return reach.readable(KeyPost.<KeyPost>findByIdOptional(id), p -> p.unitId, "Key post", id);
    }

    private KeyPost writable(UUID id) {
        return reach.writable(KeyPost.<KeyPost>findByIdOptional(id), p -> p.unitId, "Key post", id, REFUSAL);
    }
}
