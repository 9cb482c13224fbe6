package org.benling.gateway.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.benling.gateway.web.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue of problem types every Benling answer may carry (RFC 9457): a problem's {@code type} is
 * {@code https://benling.org/problems/<slug>}, and {@code GET /problems/<slug>} on the gateway describes it, so the
 * path of every type URI resolves on the deployment that sent it. Public, like the OpenAPI document: it is the
 * contract's error half. The list is {@code problems.json}; {@code services/architecture} fails the build on a slug the
 * code uses that it lacks.
 */
@Path("/problems")
@Tag(name = "错误类型 Problems")
public class ProblemCatalogue {

    @Schema(name = "ProblemType", description = "错误类型 / A problem type: its slug, status and meaning")
    public record ProblemType(String slug, String type, int status, String title, String zh, String en) {
    }

    @Schema(name = "ProblemCatalogue")
    public record Catalogue(String base, List<ProblemType> problems) {
    }

    private record Entry(String slug, int status, String title, String zh, String en) {
    }

    private record Source(String base, List<Entry> problems) {
    }

    private final Catalogue catalogue;

    @Inject
    ProblemCatalogue(ObjectMapper mapper) {
        try (InputStream in = ProblemCatalogue.class.getResourceAsStream("/problems.json")) {
            Source source = mapper.readValue(in, Source.class);
            catalogue = new Catalogue(source.base(), source.problems().stream()
                    .map(e -> new ProblemType(e.slug(), source.base() + e.slug(), e.status(), e.title(), e.zh(), e.en()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("problems.json unreadable", e);
        }
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ProblemCatalogue_all", summary = "错误类型目录 / Every problem type, with its status and meaning")
    public Catalogue all() {
        return catalogue;
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ProblemCatalogue_one", summary = "一个错误类型 / One problem type: what it means and what to do")
    @APIResponse(responseCode = "200", description = "错误类型 / The problem type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemType.class)))
    @APIResponse(responseCode = "404", description = "没有此错误类型 / No such problem type",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response one(@PathParam("slug") String slug) {
        return catalogue.problems().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .map(p -> Response.ok(p).build())
                .orElseGet(() -> Response.status(404).type(Problems.MEDIA_TYPE).entity(Problems.body(404, "not-found",
                        "Not found", "no problem type " + slug, "/problems/" + slug, null)).build());
    }
}
