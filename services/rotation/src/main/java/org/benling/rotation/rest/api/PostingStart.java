package org.benling.rotation.rest.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The day the cadre took up the posting (today when none is given) and the version the caller read. */
@Schema(name = "PostingStart")
public record PostingStart(LocalDate startedOn, Long version) {
}
