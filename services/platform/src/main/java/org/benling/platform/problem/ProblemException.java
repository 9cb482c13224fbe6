package org.benling.platform.problem;

import java.util.List;
import org.benling.contracts.text.Reason;

/**
 * An error the caller can act on, rendered as problem details. Business rules throw it with a stable
 * {@code slug} (the last segment of the problem type URI).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Reason reason;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        this(status, slug, title, detail, null, violations);
    }

    private ProblemException(int status, String slug, String title, String detail, Reason reason,
            List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.reason = reason;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist or is not"
                + " visible to you", List.of());
    }

    /**
     * A report asked about a unit outside the caller's scope: 404, as for every keyed read (the unit does not exist
     * for the caller); asked about none, where the default (the whole bureau) is outside it, a 400 on {@code unitId}.
     */
    public static ProblemException unitOutOfScope(java.util.UUID unitId) {
        return unitId != null ? notFound("Unit", unitId)
                : invalidField("unitId", "choose a unit in your scope / 请选择本单位范围内的单位");
    }

    public static ProblemException invalid(String detail, List<Problem.Violation> violations) {
        return new ProblemException(400, "validation", "Invalid request", detail, violations);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(message, List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    /** A business rule refused the request (422): the input is well-formed but not allowed. */
    public static ProblemException ruleViolated(String slug, String detail, List<Problem.Violation> violations) {
        return new ProblemException(422, slug, "Rule violated", detail, violations);
    }

    /** A business rule refused the request (422), for a reason the answer words in the caller's language. */
    public static ProblemException ruleViolated(String slug, Reason detail, List<Problem.Violation> violations) {
        return new ProblemException(422, slug, "Rule violated", detail.text(null), detail, violations);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** The detail in {@code language} ({@code zh}, {@code en}, null for both): a coded reason's, or the message. */
    public String detail(String language) {
        return reason == null ? getMessage() : reason.text(language);
    }
}
