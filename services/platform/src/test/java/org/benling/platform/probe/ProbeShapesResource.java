package org.benling.platform.probe;

import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Test-only: views with properties that are always there and some that may be null, as the services' views are. */
@Path("/probe/shapes")
@RolesAllowed({"admin", "hr"})
public class ProbeShapesResource {

    public enum Tint {
        RED, BLUE
    }

    @Schema(name = "ProbeShape")
    public record ShapeView(UUID id, String name, @Nullable String note, Tint tint, @Nullable Tint faded,
            @Nullable LocalDate endedOn, List<String> tags, int count, @Nullable Detail detail) {
    }

    public record Detail(String label, @Nullable Integer rank) {
    }

    static final ShapeView ONE = new ShapeView(UUID.randomUUID(), "一", null, Tint.RED, null, null, List.of(), 1,
            new Detail("细节", null));

    @GET
    @Path("/one")
    public ShapeView one() {
        return ONE;
    }

    @GET
    public PageResult<ShapeView> page() {
        return PageResult.of(List.of(ONE), new PageQuery(0, 20, "name", false), 1);
    }
}
