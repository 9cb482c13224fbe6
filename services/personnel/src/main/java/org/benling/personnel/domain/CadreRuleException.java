package org.benling.personnel.domain;

import java.util.List;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;

/** A registry rule refused the change (422, with the field the rule is about). */
public class CadreRuleException extends ProblemException {

    public CadreRuleException(String slug, String field, String message) {
        super(422, slug, "Rule violated", message, List.of(new Problem.Violation(field, message)));
    }
}
