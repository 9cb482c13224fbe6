package org.benling.platform.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The answer to a create: 201 with the new record's address in {@code Location} (the collection's path and the
 * record's id; JAX-RS makes it absolute against the request) and the record's view as the body.
 */
public final class Created {

    private Created() {
    }

    public static Response at(String collection, UUID id, Object view) {
        return Response.created(URI.create(collection + "/" + id)).entity(view).build();
    }
}
