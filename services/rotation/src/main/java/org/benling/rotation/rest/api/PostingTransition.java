package org.benling.rotation.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A command on a posting with the version the caller read (a stale one is refused). */
@Schema(name = "PostingTransition")
public record PostingTransition(Long version) {
}
