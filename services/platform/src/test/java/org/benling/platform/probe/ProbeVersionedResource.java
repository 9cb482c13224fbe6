package org.benling.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.preconditions.Versioned;

/** Test-only: a versioned resource read with its ETag and renamed under If-Match, as the services' commands are. */
@Path("/probe/versioned/{id}")
@RolesAllowed({"admin", "hr"})
public class ProbeVersionedResource {

    public record ItemView(long id, String code, long version) implements Versioned {
    }

    @Inject ProbeItems items;

    @GET
    @Transactional
    public ItemView get(@PathParam("id") long id) {
        return view(items.found(id));
    }

    /** Renames the item; {@code refuse} makes the command refuse itself as a state rule would (409). */
    @POST
    @Idempotent
    @IfMatch(ProbeItem.class)
    @Path("/rename")
    public ItemView rename(@PathParam("id") long id, @QueryParam("code") String code, @QueryParam("refuse") boolean refuse) {
        return view(items.rename(id, code, refuse));
    }

    /** The same, in the resource method's own transaction (as some resources hold one to read lazy fields). */
    @POST
    @IfMatch(ProbeItem.class)
    @Path("/rename-in-resource")
    @Transactional
    public ItemView renameInResource(@PathParam("id") long id, @QueryParam("code") String code) {
        return view(items.rename(id, code, false));
    }

    private static ItemView view(ProbeItem item) {
        return new ItemView(item.id, item.code, item.version);
    }
}
