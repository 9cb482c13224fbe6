package org.benling.selection.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.text.Reason;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.selection.domain.KeyPost;
import org.benling.selection.domain.rules.Readiness;
import org.benling.selection.rest.api.SuccessionViews;
import org.benling.selection.rest.api.VotingSessionView;

/** How a person fits a key post, as the succession lists show it: the gaps in words, the shortfall, the mean score. */
final class PostFit {

    private PostFit() {
    }

    /** How many points short of the post's minimums, summed (a capability without a score: the whole minimum). */
    static int shortfall(KeyPost post, Map<Capability, Integer> scored) {
        int total = 0;
        for (Map.Entry<Capability, Integer> required : post.minimumScores.entrySet()) {
            Integer score = scored == null ? null : scored.get(required.getKey());
            total += Math.max(0, required.getValue() - (score == null ? 0 : score));
        }
        return total;
    }

    /** The mean score over the capabilities the post asks (all eight when it asks none in particular). */
    static Optional<Integer> requiredScore(KeyPost post, Map<Capability, Integer> scored) {
        if (scored == null || scored.isEmpty()) {
            return Optional.empty();
        }
        Collection<Capability> asked = post.minimumScores.isEmpty() ? scored.keySet() : post.minimumScores.keySet();
        return Optional.of((int) Math.round(asked.stream().mapToInt(cap -> scored.getOrDefault(cap, 0)).average()
                .orElse(0)));
    }

    static List<SuccessionViews.Gap> gaps(Readiness.Assessment a, String language) {
        return a.gaps().stream().map(g -> {
            Reason r = switch (g.kind()) {
                case TENURE -> Reason.of("readiness.TENURE", "from", g.from());
                case INELIGIBLE -> g.from() == null ? Reason.of("readiness.INELIGIBLE_OPEN")
                        : Reason.of("readiness.INELIGIBLE", "from", g.from());
                case CAPABILITY -> g.score() == null
                        ? Reason.of("readiness.CAPABILITY_NONE", "capability", g.capability(), "minimum", g.minimum())
                        : Reason.of("readiness.CAPABILITY", "capability", g.capability(), "score", g.score(),
                                "minimum", g.minimum());
                case EXPERIENCE -> Reason.of("readiness.EXPERIENCE", "experience", g.experience());
            };
            return new SuccessionViews.Gap(g.kind(), r.code(), r.params(), r.text(language));
        }).toList();
    }

    static VotingSessionView.Person person(UUID id, CadreRef c) {
        return new VotingSessionView.Person(id, c == null ? null : c.employeeNumber(), c == null ? null : c.name(),
                c == null ? null : c.unitName());
    }
}
