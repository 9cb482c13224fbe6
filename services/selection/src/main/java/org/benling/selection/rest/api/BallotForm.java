package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import org.benling.selection.domain.VotingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the ballot page shows for a valid, unused code of an open session. */
@Schema(name = "BallotForm")
public record BallotForm(String title, VotingSession.Kind kind, @Nullable Integer places, String category,
        List<VotingSessionView.Person> candidates) {
}
