package org.benling.selection.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;

/**
 * What makes a ballot valid. A 民主推荐 ballot names at most as many people as there are places, each from the list
 * and once; naming nobody is an abstention. A 民主测评 ballot gives each person of the list at most one grade; a person
 * left out is not graded by that voter. Each refusal names the offending entry as the request does ({@code chosen[2]},
 * {@code grades.<id>}).
 */
public final class Ballots {

    /** One thing wrong with a ballot: where, and why. */
    public record Violation(String field, String message) {
    }

    private Ballots() {
    }

    public static List<Violation> recommendation(List<UUID> chosen, Set<UUID> candidates, int places) {
        List<Violation> violations = new ArrayList<>();
        if (chosen.size() > places) {
            violations.add(new Violation("chosen", "at most " + places + " / 推荐人数不得超过职位数 " + places));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            UUID id = chosen.get(i);
            if (id == null || !candidates.contains(id)) {
                violations.add(new Violation("chosen[" + i + "]", "not on the list / 不在推荐名单中"));
            } else if (!seen.add(id)) {
                violations.add(new Violation("chosen[" + i + "]", "named twice / 重复推荐"));
            }
        }
        return violations;
    }

    public static List<Violation> evaluation(Map<UUID, Grade> grades, Set<UUID> candidates) {
        List<Violation> violations = new ArrayList<>();
        grades.forEach((id, grade) -> {
            if (!candidates.contains(id)) {
                violations.add(new Violation("grades." + id, "not on the list / 不在测评名单中"));
            } else if (grade == null) {
                violations.add(new Violation("grades." + id, "a grade or nothing / 请选择等次或不填"));
            }
        });
        violations.sort(java.util.Comparator.comparing(Violation::field));
        return violations;
    }
}
