package org.benling.rotation.rest.api;

import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionFlow")
public record Flow(Region from, Region to, long postings) {
}
