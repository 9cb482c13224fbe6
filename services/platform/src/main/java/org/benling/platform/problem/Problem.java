package org.benling.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
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

    /** One offending field: its path in the request (e.g. {@code birthDate}, {@code rows[3].unitCode}). */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
