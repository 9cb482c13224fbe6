package org.benling.inspection.rest.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many measures of each of the four forms (四种形态) a unit's subtree had in a term. */
@Schema(name = "FormCounts")
public record FormCounts(UUID unitId, String name, long form1, long form2, long form3, long form4) {
}
