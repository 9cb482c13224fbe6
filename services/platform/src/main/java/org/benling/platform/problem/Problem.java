package org.benling.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.benling.contracts.text.Reason;
import org.benling.contracts.text.ReasonText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 *
 * @param type       stable URI naming the kind of problem; clients switch on it
 * @param violations the offending fields, for validation problems and refused rows
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "错误详情 (RFC 9457) / Problem details (RFC 9457)")
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://benling.org/problems/";

    /**
     * One offending field: its path in the request (e.g. {@code birthDate}, {@code rows[3].unitCode}), what is wrong in
     * the caller's language, and — where a rule refused — the reason's code and parameters, for clients that word it
     * themselves.
     */
    @Schema(name = "Violation")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Violation(String field, String message,
            @Schema(description = "规则理由代码 / the rule's reason code") String code,
            @Schema(description = "理由参数 / the reason's parameters") Map<String, Object> params) {

        public Violation(String field, String message) {
            this(field, message, null, null);
        }

        /** A rule's reason on {@code field}; its message is written in the caller's language when answered. */
        public static Violation of(String field, Reason reason) {
            return new Violation(field, reason.text(null), reason.code(), reason.params());
        }

        /** The message in {@code language} ({@code zh}, {@code en}, null for both) where a code says what it is. */
        public Violation in(String language) {
            return code == null || !ReasonText.knows(code) ? this
                    : new Violation(field, new Reason(code, params).text(language), code, params);
        }
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
